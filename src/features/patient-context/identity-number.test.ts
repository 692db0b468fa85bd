import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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

type Generated = {
  birth: Date;
  serial: string;
  coordination: boolean;
  /** The twelve digits the parser must return. */
  canonical: string;
};

/** A real birth date up to 135 years back, a serial, a correct check digit. */
const validNumber = fc
  .record({
    birth: fc.date({
      min: new Date(Date.UTC(1891, 0, 1)),
      max: new Date(TODAY_UTC),
      noInvalidDate: true,
    }),
    serial: fc.integer({ min: 0, max: 999 }).map((n) => pad(n, 3)),
    coordination: fc.boolean(),
  })
  .map(({ birth, serial, coordination }): Generated => {
    const day = birth.getUTCDate() + (coordination ? 60 : 0);
    const yymmdd = `${pad(birth.getUTCFullYear() % 100)}${pad(birth.getUTCMonth() + 1)}${pad(day)}`;
    const check = luhnCheckDigit(`${yymmdd}${serial}`);
    return {
      birth,
      serial,
      coordination,
      canonical: `${birth.getUTCFullYear()}${yymmdd.slice(2)}${serial}${check}`,
    };
  });

/** Every way a valid number may be written. 10 digits: "+" from the 100th birthday on. */
function writtenForms({ birth, canonical }: Generated): string[] {
  const ten = canonical.slice(2);
  const hundredOrOlder = birth.getTime() <= HUNDRED_YEARS_AGO;
  return [
    canonical,
    `${canonical.slice(0, 8)}-${canonical.slice(8)}`,
    ...(hundredOrOlder
      ? [`${ten.slice(0, 6)}+${ten.slice(6)}`]
      : [ten, `${ten.slice(0, 6)}-${ten.slice(6)}`]),
  ];
}

describe('parseIdentityNumber – properties', () => {
  it('accepts every valid number in every form, with the right twelve digits and kind', () => {
    fc.assert(
      fc.property(validNumber, (generated) => {
        for (const written of writtenForms(generated)) {
          const result = parseIdentityNumber(written, TODAY);
          expect(result, written).toMatchObject({
            ok: true,
            identityNumber: {
              value: generated.canonical,
              kind: generated.coordination ? 'samordningsnummer' : 'personnummer',
              birthYear: generated.birth.getUTCFullYear(),
            },
          });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('rejects every wrong check digit, in every form', () => {
    fc.assert(
      fc.property(validNumber, fc.integer({ min: 1, max: 9 }), (generated, offset) => {
        const wrongCheck = (Number(generated.canonical[11]) + offset) % 10;
        const wrong = {
          ...generated,
          canonical: `${generated.canonical.slice(0, 11)}${wrongCheck}`,
        };
        for (const written of writtenForms(wrong)) {
          expect(parseIdentityNumber(written, TODAY), written).toEqual({
            ok: false,
            error: 'checksum',
            message: IDENTITY_NUMBER_MESSAGES.checksum,
          });
        }
      }),
      { numRuns: 300 },
    );
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

  it('rejects every date in the future', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(TODAY_UTC + 86_400_000),
          max: new Date(Date.UTC(2099, 11, 31)),
          noInvalidDate: true,
        }),
        (birth) => {
          const yymmdd = `${pad(birth.getUTCFullYear() % 100)}${pad(birth.getUTCMonth() + 1)}${pad(birth.getUTCDate())}`;
          const number = `${birth.getUTCFullYear()}${yymmdd.slice(2)}123${luhnCheckDigit(`${yymmdd}123`)}`;
          expect(parseIdentityNumber(number, TODAY)).toMatchObject({ ok: false, error: 'future' });
        },
      ),
    );
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
  ])('%j is refused: %s', (input, error) => {
    const result = parseIdentityNumber(input, TODAY);
    expect(result).toMatchObject({ ok: false, error });
    if (!result.ok)
      expect(result.message).toBe(
        IDENTITY_NUMBER_MESSAGES[result.error as keyof typeof IDENTITY_NUMBER_MESSAGES],
      );
  });

  it('gives each kind of error its own message', () => {
    expect(new Set(Object.values(IDENTITY_NUMBER_MESSAGES)).size).toBe(6);
  });

  it('formats and ages', () => {
    expect(formatIdentityNumber('191212121212')).toBe('19121212-1212');
    const tolvan = parseIdentityNumber('19121212-1212', TODAY);
    expect(tolvan.ok && ageOf(tolvan.identityNumber, TODAY)).toBe(113);
    const elsa = parseIdentityNumber('190606+9123', TODAY);
    expect(elsa.ok && ageOf(elsa.identityNumber, TODAY)).toBe(107);
  });
});
