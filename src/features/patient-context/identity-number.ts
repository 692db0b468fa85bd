/**
 * Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer).
 *
 * Accepted forms: 12 digits (ÅÅÅÅMMDDNNNN), 12 digits with a hyphen (ÅÅÅÅMMDD-NNNN), 10 digits
 * (ÅÅMMDDNNNN), 10 digits with a hyphen (ÅÅMMDD-NNNN) and with a plus for people aged 100 or more
 * (ÅÅMMDD+NNNN). The plus belongs to the 10-digit form only: with the century written out it
 * says nothing, so ÅÅÅÅMMDD+NNNN is refused. The check digit is Luhn over the last ten digits.
 * A samordningsnummer has the day plus 60; when the date of birth is not fully known the Tax
 * Agency leaves the day (day 60) or the month (00) unknown, and such numbers are accepted too.
 * A number is "in the future" only when even its earliest possible date is: a samordningsnummer
 * with the day unknown in the current month (or the month unknown in the current year) is not.
 *
 * The parser never throws and its messages never repeat the number: they end up on screen and
 * may end up in support tickets.
 */

export type IdentityNumberKind = 'personnummer' | 'samordningsnummer';

export type IdentityNumber = {
  /** The canonical form: twelve digits, no separator. The only form we store or send. */
  value: string;
  kind: IdentityNumberKind;
  birthYear: number;
  /** 1–12, or null when unknown (samordningsnummer only). */
  birthMonth: number | null;
  /** 1–31, or null when unknown (samordningsnummer only). */
  birthDay: number | null;
};

export type IdentityNumberError =
  'empty' | 'characters' | 'plus' | 'length' | 'date' | 'future' | 'checksum';

export type IdentityNumberResult =
  | { ok: true; identityNumber: IdentityNumber }
  | { ok: false; error: IdentityNumberError; message: string };

export const IDENTITY_NUMBER_MESSAGES: Record<IdentityNumberError, string> = {
  empty: 'Personnummer saknas.',
  characters:
    'Personnumret får bara innehålla siffror och ett bindestreck eller plustecken före de fyra sista siffrorna.',
  plus: 'Plustecken används bara med 10 siffror (ÅÅMMDD+NNNN), för den som fyllt 100 år. Med 12 siffror skrivs ett bindestreck: ÅÅÅÅMMDD-NNNN.',
  length:
    'Personnumret har fel antal siffror. Ange 12 siffror (ÅÅÅÅMMDD-NNNN) eller 10 siffror (ÅÅMMDD-NNNN).',
  date: 'Personnumret innehåller inget giltigt födelsedatum.',
  future: 'Personnumret har ett födelsedatum i framtiden.',
  checksum: 'Personnumrets kontrollsiffra stämmer inte. Kontrollera numret i journalsystemet.',
};

const fail = (error: IdentityNumberError): IdentityNumberResult => ({
  ok: false,
  error,
  message: IDENTITY_NUMBER_MESSAGES[error],
});

/** Luhn over ten digits (the check digit included): the weighted sum is a multiple of 10. */
export function luhnValid(tenDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < tenDigits.length; i++) {
    let digit = tenDigits.charCodeAt(i) - 48;
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The check digit that completes nine digits. */
export function luhnCheckDigit(nineDigits: string): number {
  for (let digit = 0; digit <= 9; digit++) {
    if (luhnValid(`${nineDigits}${digit}`)) return digit;
  }
  return 0; // unreachable: one digit always completes the sum
}

const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The date with unknown parts as early as they can be: a birth is in the future only if even
 * this is, so an unknown day in the current month (or month in the current year) is no reason
 * to refuse a number.
 */
const earliestPossibleDate = (year: number, month: number | null, day: number | null): Date =>
  new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));

const startOfTodayUtc = (today: Date): Date =>
  new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()));

const MAX_INPUT_LENGTH = 32;

/**
 * Parses what a journal system or a person typed. `today` decides the century of a 10-digit
 * number and what counts as the future.
 */
export function parseIdentityNumber(
  input: unknown,
  today: Date = new Date(),
): IdentityNumberResult {
  if (typeof input !== 'string') return fail('empty');
  const trimmed = input.trim();
  if (trimmed === '') return fail('empty');
  if (trimmed.length > MAX_INPUT_LENGTH) return fail('length');
  if (!/^[0-9+-]+$/.test(trimmed)) return fail('characters');

  const match = /^(\d{2})?(\d{6})([-+])?(\d{4})$/.exec(trimmed);
  if (!match) {
    const digits = trimmed.replace(/[-+]/g, '');
    const separators = trimmed.length - digits.length;
    // Right number of digits but the separator in the wrong place (or two of them).
    if (separators > 0 && (digits.length === 10 || digits.length === 12)) {
      return fail('characters');
    }
    return fail('length');
  }
  const [, century, yymmdd, separator, last4] = match as unknown as [
    string,
    string | undefined,
    string,
    string | undefined,
    string,
  ];
  if (century !== undefined && separator === '+') return fail('plus');

  const yy = Number(yymmdd.slice(0, 2));
  const month = Number(yymmdd.slice(2, 4));
  const rawDay = Number(yymmdd.slice(4, 6));
  const kind: IdentityNumberKind = rawDay >= 60 ? 'samordningsnummer' : 'personnummer';
  const day = kind === 'samordningsnummer' ? rawDay - 60 : rawDay;

  // Unknown parts exist only in samordningsnummer: day 60 (day unknown), month 00 with it.
  const monthKnown = month !== 0;
  const dayKnown = day !== 0;
  if (kind === 'personnummer' && (!monthKnown || !dayKnown)) return fail('date');
  if (!monthKnown && dayKnown) return fail('date');
  if (month > 12) return fail('date');

  const todayUtc = startOfTodayUtc(today);
  const knownMonth = monthKnown ? month : null;
  const knownDay = dayKnown ? day : null;
  let year: number;
  if (century !== undefined) {
    year = Number(century) * 100 + yy;
    if (year < 1800) return fail('date');
  } else {
    // The latest year ending in yy that puts the birth on or before today; a plus sign (100
    // years or older) means a hundred years earlier.
    const thisYear = todayUtc.getUTCFullYear();
    year = thisYear - ((((thisYear - yy) % 100) + 100) % 100);
    if (earliestPossibleDate(year, knownMonth, knownDay) > todayUtc) year -= 100;
    if (separator === '+') year -= 100;
  }

  if (monthKnown && dayKnown && day > daysInMonth(year, month)) return fail('date');
  if (earliestPossibleDate(year, knownMonth, knownDay) > todayUtc) return fail('future');

  if (!luhnValid(`${yymmdd}${last4}`)) return fail('checksum');

  return {
    ok: true,
    identityNumber: {
      value: `${year}${yymmdd.slice(2)}${last4}`,
      kind,
      birthYear: year,
      birthMonth: knownMonth,
      birthDay: knownDay,
    },
  };
}

/** ÅÅÅÅMMDD-NNNN: the app's one formatter (src/lib/format.ts), here beside the parser. */
export { formatIdentityNumber } from '@/lib/format';

/** Age in whole years today; with an unknown day or month, the youngest the person can be. */
export function ageOf(identityNumber: IdentityNumber, today: Date = new Date()): number {
  const { birthYear, birthMonth, birthDay } = identityNumber;
  const month = birthMonth ?? 12;
  const day = birthDay ?? daysInMonth(birthYear, month);
  const todayMonth = today.getMonth() + 1;
  const hadBirthday = todayMonth > month || (todayMonth === month && today.getDate() >= day);
  return today.getFullYear() - birthYear - (hadBirthday ? 0 : 1);
}
