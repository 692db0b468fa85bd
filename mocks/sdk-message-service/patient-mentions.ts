/**
 * Which patients a message names, as the message service reads it: the Swedish personal identity
 * numbers and coordination numbers in its text. SDK messages carry no patient field, so the text
 * is all there is. Only numbers whose check digit is right count: the service writes an access
 * event for each, and an event about a phone number would mislead the log review.
 *
 * The service's own reading (a backend does not borrow the app's rules).
 */

// 12 digits (century first) or 10, with an optional "-" or "+" (100 years or older) before the
// last four; no digit right before or after.
const CANDIDATE = /(?<!\d)(18|19|20)?(\d{2})(\d{2})(\d{2}) ?([-+‐‑–])? ?(\d{4})(?!\d)/gu;

function luhnValid(tenDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < tenDigits.length; i += 1) {
    let digit = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (digit > 9) digit -= 9;
    sum += digit;
  }
  return sum % 10 === 0;
}

const possibleDate = (month: number, day: number) =>
  month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));

/** The century of a ten-digit number: the latest one that does not put the birth ahead. */
function centuryOf(yy: number, plus: boolean, now: Date): number {
  const year = now.getUTCFullYear();
  let full = Math.floor(year / 100) * 100 + yy;
  if (full > year) full -= 100;
  if (plus) full -= 100;
  return Math.floor(full / 100);
}

/** The identity numbers (12 digits, each once) the text names. */
export function patientsNamedIn(text: string, now = new Date()): string[] {
  const found = new Set<string>();
  for (const match of text.normalize('NFKC').matchAll(CANDIDATE)) {
    const [, century, yy, mm, dd, separator, last] = match;
    if (!possibleDate(Number(mm), Number(dd))) continue;
    const ten = `${yy}${mm}${dd}${last}`;
    if (!luhnValid(ten)) continue;
    const prefix = century ?? String(centuryOf(Number(yy), separator === '+', now));
    found.add(`${prefix}${ten}`);
  }
  return [...found];
}
