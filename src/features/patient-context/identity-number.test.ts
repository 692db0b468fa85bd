import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsIdentityNumber, containsIdentityNumberPart } from '@/lib/identity-number-like';
import {
  ageOf,
  formatIdentityNumber,
  IDENTITY_NUMBER_MESSAGES,
  luhnCheckDigit,
  parseIdentityNumber,
} from './identity-number';

// A fixed "today" so the century of 10-digit numbers and "the future" are reproducible.
const TODAY = new Date(2026, 10, 21); // 21 November 2026
const TODAY_UTC = Date.UTC(2026, 10, 21);
const HUNDRED_YEARS_AGO = Date.UTC(1926, 10, 21);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** What of the date of birth the number tells: all of it, or (samordningsnummer) less. */
type Unknown = 'nothing' | 'day' | 'monthAndDay';

type Generated = {
  birth: Date;
  unknown: Unknown;
  coordination: boolean;
  /** The twelve digits the parser must return. */
  canonical: string;
};

/** ÅÅMMDD as the number writes it: day + 60 for a samordningsnummer, 60 or 0060 for unknowns. */
function yymmddOf(birth: Date, coordination: boolean, unknown: Unknown): string {
  const yy = pad(birth.getUTCFullYear() % 100);
  if (unknown === 'monthAndDay') return `${yy}0060`;
  if (unknown === 'day') return `${yy}${pad(birth.getUTCMonth() + 1)}60`;
  return `${yy}${pad(birth.getUTCMonth() + 1)}${pad(birth.getUTCDate() + (coordination ? 60 : 0))}`;
}

/** The earliest date the number allows: what decides the century and "the future". */
function earliestBirth({ birth, unknown }: Generated): number {
  const year = birth.getUTCFullYear();
  if (unknown === 'monthAndDay') return Date.UTC(year, 0, 1);
  if (unknown === 'day') return Date.UTC(year, birth.getUTCMonth(), 1);
  return birth.getTime();
}

/**
 * A real birth date up to 135 years back, today included, a serial and a correct check digit;
 * now and then a samordningsnummer with the day, or the month and the day, unknown (the current
 * month and year included: such a number is not "in the future").
 */
const validNumber = fc
  .record({
    birth: fc.oneof(
      fc.date({
        min: new Date(Date.UTC(1891, 0, 1)),
        max: new Date(TODAY_UTC),
        noInvalidDate: true,
      }),
      // This month and this year, where "latest possible date" used to refuse them.
      fc.date({
        min: new Date(Date.UTC(2026, 0, 1)),
        max: new Date(TODAY_UTC),
        noInvalidDate: true,
      }),
    ),
    serial: fc.integer({ min: 0, max: 999 }).map((n) => pad(n, 3)),
    coordination: fc.boolean(),
    unknown: fc.constantFrom<Unknown>('nothing', 'nothing', 'day', 'monthAndDay'),
  })
  .map(({ birth, serial, coordination, unknown: wanted }): Generated => {
    const unknown = coordination ? wanted : 'nothing';
    const yymmdd = yymmddOf(birth, coordination, unknown);
    const check = luhnCheckDigit(`${yymmdd}${serial}`);
    return {
      birth,
      unknown,
      coordination,
      canonical: `${birth.getUTCFullYear()}${yymmdd.slice(2)}${serial}${check}`,
    };
  });

/** Every way a valid number may be written. 10 digits: "+" from the 100th birthday on. */
function writtenForms(generated: Generated): string[] {
  const { canonical } = generated;
  const ten = canonical.slice(2);
  const hundredOrOlder = earliestBirth(generated) <= HUNDRED_YEARS_AGO;
  return [
    canonical,
    `${canonical.slice(0, 8)}-${canonical.slice(8)}`,
    ...(hundredOrOlder
      ? [`${ten.slice(0, 6)}+${ten.slice(6)}`]
      : [ten, `${ten.slice(0, 6)}-${ten.slice(6)}`]),
  ];
}

/**
 * How people and journal systems also write a number, which the validator does not take but
 * which must never slip into an address: other dashes and minus, spaces, dots, pairs.
 */
function otherSpellings({ canonical }: Generated): string[] {
  const [cc, yy, mm, dd, n1, n2] = canonical.match(/\d\d/g)!;
  const ten = canonical.slice(2);
  return [
    ...['\u2013', '\u2011', '\u2212', '\u2010', '\u2014', ' ', '\u00A0', ' - '].flatMap((dash) => [
      `${canonical.slice(0, 8)}${dash}${canonical.slice(8)}`,
      `${ten.slice(0, 6)}${dash}${ten.slice(6)}`,
    ]),
    `${cc}${yy} ${mm} ${dd}-${n1}${n2}`,
    `${cc} ${yy} ${mm} ${dd}-${n1} ${n2}`,
    `${yy} ${mm} ${dd}-${n1} ${n2}`,
    `${cc}${yy}.${mm}.${dd}-${n1}${n2}`,
    `${yy}.${mm}.${dd}-${n1}${n2}`,
    `${cc}${yy}${mm}${dd}\u00AD${n1}${n2}`,
  ];
}

/** Text staff might write around a number. */
const around = fc.tuple(
  fc.constantFrom('', 'pnr ', 'Patient: ', 'remiss för ', '(', 'provsvar 2026-11-20, '),
  fc.constantFrom('', ' ', '.', ', ring tillbaka', ' – provsvar', ')'),
);

describe('parseIdentityNumber – properties', () => {
  it('accepts every valid number in every form, with the right twelve digits, kind and date', () => {
    fc.assert(
      fc.property(validNumber, (generated) => {
        const known = generated.unknown === 'nothing';
        for (const written of writtenForms(generated)) {
          const result = parseIdentityNumber(written, TODAY);
          expect(result, written).toMatchObject({
            ok: true,
            identityNumber: {
              value: generated.canonical,
              kind: generated.coordination ? 'samordningsnummer' : 'personnummer',
              birthYear: generated.birth.getUTCFullYear(),
              birthMonth:
                generated.unknown === 'monthAndDay' ? null : generated.birth.getUTCMonth() + 1,
              birthDay: known ? generated.birth.getUTCDate() : null,
            },
          });
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips: the twelve digits and their display form parse back to the same number', () => {
    fc.assert(
      fc.property(validNumber, (generated) => {
        for (const written of writtenForms(generated)) {
          const first = parseIdentityNumber(written, TODAY);
          if (!first.ok) throw new Error(`${written}: ${first.error}`);
          const { value } = first.identityNumber;
          for (const again of [value, formatIdentityNumber(value)]) {
            expect(parseIdentityNumber(again, TODAY)).toEqual(first);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('accepts a samordningsnummer with the day unknown this month, or the month unknown this year', () => {
    for (const nine of ['261160123', '260060123', '261060123']) {
      const number = `20${nine}${luhnCheckDigit(nine)}`;
      expect(parseIdentityNumber(number, TODAY), number).toMatchObject({ ok: true });
      // Ten digits: this year, not a hundred years ago.
      expect(parseIdentityNumber(number.slice(2), TODAY), number).toMatchObject({
        ok: true,
        identityNumber: { birthYear: 2026 },
      });
    }
    // Next month with the day unknown has not begun: that is the future.
    const december = '261260123';
    expect(parseIdentityNumber(`20${december}${luhnCheckDigit(december)}`, TODAY)).toMatchObject({
      ok: false,
      error: 'future',
    });
  });

  it('the one "looks like an identity number" check finds every valid number, however written', () => {
    let spellings = 0;
    fc.assert(
      fc.property(validNumber, around, (generated, [before, after]) => {
        for (const written of [...writtenForms(generated), ...otherSpellings(generated)]) {
          spellings++;
          const text = `${before}${written}${after}`;
          expect(containsIdentityNumber(text), text).toBe(true);
          expect(containsIdentityNumberPart(text), text).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
    console.info(`Identitetsnummer: ${spellings} stavningar av giltiga nummer, alla flaggade.`);
  });

  it('never throws and never repeats the input in its message', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.stringMatching(/^[0-9+\- A-Za-z]{0,16}$/),
          fc.constantFrom(...([null, undefined, 42, {}, []] as unknown[])),
        ),
        (input) => {
          const result = parseIdentityNumber(input, TODAY);
          if (!result.ok && typeof input === 'string' && /\d{4}/.test(input)) {
            expect(result.message).not.toContain(input.trim());
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

/** Nine digits and the check digit that completes them: bad only where the test makes it so. */
const withCheck = (nine: string) => `${nine}${luhnCheckDigit(nine)}`;
const digits = (length: number) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length })
    .map((d) => d.join(''));
const centuryOf = (year: number) => String(Math.floor(year / 100));

describe('parseIdentityNumber – bad forms', () => {
  it('refuses every generated bad form, for its own reason, without repeating it', () => {
    let tried = 0;
    const refuses = (input: string, error?: string) => {
      tried++;
      const result = parseIdentityNumber(input, TODAY);
      expect(result, input).toMatchObject(error ? { ok: false, error } : { ok: false });
      const typed = input.replace(/\D/g, '');
      if (!result.ok && typed.length >= 4) expect(result.message, input).not.toContain(typed);
    };
    const property = <T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => void, numRuns = 1000) =>
      fc.assert(fc.property(arbitrary, check), { numRuns });

    // A wrong check digit, in every form.
    property(fc.tuple(validNumber, fc.integer({ min: 1, max: 9 })), ([generated, offset]) => {
      const wrongCheck = (Number(generated.canonical[11]) + offset) % 10;
      const wrong = { ...generated, canonical: `${generated.canonical.slice(0, 11)}${wrongCheck}` };
      for (const written of writtenForms(wrong)) refuses(written, 'checksum');
    });
    // A plus with the century written out (issue 15: it used to be accepted).
    property(validNumber, ({ canonical }) =>
      refuses(`${canonical.slice(0, 8)}+${canonical.slice(8)}`, 'plus'),
    );
    // Dates that do not exist: month 13–99, day 32–59 or 92–99 (or 00 for a personnummer),
    // the 31st of a short month, 29 February outside a leap year, a known day in month 00.
    const impossible = fc.oneof(
      fc.tuple(fc.integer({ min: 13, max: 99 }), fc.integer({ min: 1, max: 28 })),
      fc.tuple(
        fc.integer({ min: 1, max: 12 }),
        fc.oneof(
          fc.integer({ min: 32, max: 59 }),
          fc.integer({ min: 92, max: 99 }),
          fc.constant(0),
        ),
      ),
      fc.tuple(fc.constantFrom(4, 6, 9, 11), fc.constantFrom(31, 91)),
      fc.tuple(fc.constant(2), fc.constantFrom(30, 31, 90, 91)),
      fc.tuple(fc.constant(0), fc.integer({ min: 1, max: 31 })),
      fc.tuple(fc.constant(0), fc.integer({ min: 61, max: 91 })),
    );
    property(
      fc.tuple(fc.integer({ min: 1900, max: 2025 }), impossible, digits(3)),
      ([year, [month, day], serial]) => {
        const nine = `${pad(year % 100)}${pad(month)}${pad(day)}${serial}`;
        refuses(`${year}${withCheck(nine).slice(2)}`, 'date');
      },
      2000,
    );
    property(
      fc.tuple(
        fc.integer({ min: 1901, max: 2025 }).filter((y) => y % 4 !== 0),
        fc.constantFrom(29, 89),
        digits(3),
      ),
      ([year, day, serial]) =>
        refuses(`${year}${withCheck(`${pad(year % 100)}02${day}${serial}`).slice(2)}`, 'date'),
      500,
    );
    // Born after today, also when the day or the month is unknown.
    property(
      fc.tuple(
        fc.date({
          min: new Date(TODAY_UTC + 86_400_000),
          max: new Date(Date.UTC(2099, 11, 31)),
          noInvalidDate: true,
        }),
        fc.constantFrom<Unknown>('nothing', 'day', 'monthAndDay'),
        digits(3),
      ),
      ([birth, unknown, serial]) => {
        const year = birth.getUTCFullYear();
        // An unknown part is only in the future when the whole month (or year) is.
        if (unknown === 'day' && year === 2026 && birth.getUTCMonth() === 10) return;
        if (unknown === 'monthAndDay' && year === 2026) return;
        const nine = `${yymmddOf(birth, unknown !== 'nothing', unknown)}${serial}`;
        refuses(`${centuryOf(year)}${withCheck(nine)}`, 'future');
      },
      1500,
    );
    // Before 1800.
    property(
      fc.tuple(fc.integer({ min: 1000, max: 1799 }), digits(3)),
      ([year, serial]) =>
        refuses(`${year}${withCheck(`${pad(year % 100)}0101${serial}`).slice(2)}`, 'date'),
      500,
    );
    // Too few or too many digits, with or without a separator.
    property(
      fc
        .tuple(
          fc.integer({ min: 1, max: 20 }).filter((n) => n !== 10 && n !== 12),
          fc.constantFrom('', '-', '+'),
        )
        .chain(([length, separator]) =>
          digits(length).map((d) =>
            separator && d.length > 4 ? `${d.slice(0, -4)}${separator}${d.slice(-4)}` : d,
          ),
        ),
      (input) => refuses(input),
      1500,
    );
    // A valid number with a character changed or put in: another dash, a space, a dot, a letter,
    // a second separator, the separator in the wrong place.
    property(
      fc.tuple(
        validNumber,
        fc.constantFrom('\u2013', '\u2011', '\u2212', ' ', '.', 'A', 'O', 'l', '/', '--', '-', '+'),
        fc.nat(),
      ),
      ([generated, inserted, at]) => {
        for (const written of writtenForms(generated)) {
          const position = at % (written.length + 1);
          const bad = `${written.slice(0, position)}${inserted}${written.slice(position)}`;
          // A separator put exactly where one belongs makes a valid number: not a bad form.
          if (parseIdentityNumber(bad, TODAY).ok) continue;
          refuses(bad);
        }
      },
      1000,
    );

    expect(tried).toBeGreaterThanOrEqual(10_000);
    console.info(`Identitetsnummer: ${tried} felaktiga former prövade, alla avvisade.`);
  });
});

describe('parseIdentityNumber – examples', () => {
  it.each([
    ['19121212-1212', '191212121212', 'personnummer'],
    ['191212121212', '191212121212', 'personnummer'],
    ['121212-1212', '201212121212', 'personnummer'],
    ['121212+1212', '191212121212', 'personnummer'],
    ['19800762-3450', '198007623450', 'samordningsnummer'],
    ['190606+9123', '191906069123', 'personnummer'],
  ])('%s → %s (%s)', (input, value, kind) => {
    expect(parseIdentityNumber(input, TODAY)).toMatchObject({
      ok: true,
      identityNumber: { value, kind },
    });
  });

  it('accepts a samordningsnummer with the day unknown (day 60)', () => {
    const nine = '800760123';
    expect(parseIdentityNumber(`19${nine}${luhnCheckDigit(nine)}`, TODAY)).toMatchObject({
      ok: true,
      identityNumber: { kind: 'samordningsnummer', birthMonth: 7, birthDay: null },
    });
  });

  it('accepts a samordningsnummer with month and day unknown', () => {
    const nine = '800060123';
    const number = `19${nine}${luhnCheckDigit(nine)}`;
    expect(parseIdentityNumber(number, TODAY)).toMatchObject({
      ok: true,
      identityNumber: { kind: 'samordningsnummer', birthMonth: null, birthDay: null },
    });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['1912121A-1212', 'characters'],
    ['19121212 1212', 'characters'],
    ['1912-1212-1212', 'characters'],
    ['191212-121', 'length'],
    ['1912121212123', 'length'],
    ['19990231-1233', 'date'],
    ['19121312-1212', 'date'],
    ['19120012-1212', 'date'],
    ['19121200-1212', 'date'],
    ['20991212-1218', 'future'],
    ['19121212-1213', 'checksum'],
    ['19121212+1212', 'plus'],
    ['191212121212+', 'characters'],
  ])('%j is refused: %s', (input, error) => {
    const result = parseIdentityNumber(input, TODAY);
    expect(result).toMatchObject({ ok: false, error });
    if (!result.ok)
      expect(result.message).toBe(
        IDENTITY_NUMBER_MESSAGES[result.error as keyof typeof IDENTITY_NUMBER_MESSAGES],
      );
  });

  it('gives each kind of error its own message', () => {
    expect(new Set(Object.values(IDENTITY_NUMBER_MESSAGES)).size).toBe(7);
  });

  it('formats and ages', () => {
    expect(formatIdentityNumber('191212121212')).toBe('19121212-1212');
    const tolvan = parseIdentityNumber('19121212-1212', TODAY);
    expect(tolvan.ok && ageOf(tolvan.identityNumber, TODAY)).toBe(113);
    const elsa = parseIdentityNumber('190606+9123', TODAY);
    expect(elsa.ok && ageOf(elsa.identityNumber, TODAY)).toBe(107);
  });
});
