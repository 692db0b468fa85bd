/**
 * The app's one rule for "this text holds something that looks like a Swedish personal identity
 * number or coordination number". It guards free text that must never reach an address, a
 * search or a log, so it looks at the shape and not at the check digit: a mistyped number is
 * still a patient's number, and refusing a text too many is the safe mistake.
 *
 * What counts, anywhere in a longer text:
 * - 10 or 12 digits written in pairs (ÅÅ MM DD NN NN, with 18, 19 or 20 in front for 12), with
 *   at most three separators between two pairs: spaces of any kind, dots, "+" and every dash
 *   or minus (hyphen, non-breaking hyphen, en dash, minus sign …). So `19121212–1212`,
 *   `191212 1212`, `19 12 12-12 12`, `1912.12.12-1212` and `121212‑1212` all count.
 * - Fullwidth digits and invisible characters (soft hyphen, zero-width space) count as what
 *   they look like.
 * - The pairs are a possible date: month 00–12, day 01–31 or 60–91 (a coordination number's
 *   day, 60 for an unknown day).
 *
 * What does not, on purpose (ordinary things staff type):
 * - a date (`2026-12-06`, 8 digits) or a date with a time (`2026-12-06 14:00`);
 * - a digit run that goes on with a dash or dot (`2026-12-06–2026-12-24`, a range);
 * - a phone number written the Swedish way, in groups of three and two after the area code
 *   (`08-123 456 78`, `070-123 45 67`): the groups do not fall on pairs. Written as ten digits
 *   in a row it counts when its digits are a possible date (`0701234567`);
 * - an HSA-id (`SE2321000016-…`): an organisation number's "month" is 20 or more;
 * - 11 or 13 digits in a row.
 *
 * The search service keeps its own copy of this rule (mocks/search/identity-number-rule.ts: a
 * backend does not take the app's word for what it accepts); a test holds the two together.
 */

/** Characters that show nothing and may sit inside a pasted number. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** What may stand between two pairs of digits. */
const SEPARATOR = String.raw`[\s.+\p{Pd}\u2212]`;
/** A dash, dot or minus that joins the digits to more digits: a longer number, not this one. */
const JOINER = String.raw`[.\p{Pd}\u2212]`;
const GAP = `${SEPARATOR}{0,3}`;
const MONTH = String.raw`(?:0\d|1[0-2])`;
const DAY = String.raw`(?:0[1-9]|[12]\d|3[01]|[6-8]\d|9[01])`;

const IDENTITY_NUMBER_SHAPE = new RegExp(
  [
    String.raw`(?<!\d|\d${JOINER})`,
    `(?:(?:18|19|20)${GAP})?`,
    String.raw`\d\d${GAP}${MONTH}${GAP}${DAY}${GAP}\d\d${GAP}\d\d`,
    String.raw`(?!\d|${JOINER}\d)`,
  ].join(''),
  'u',
);
const SEPARATORS = new RegExp(SEPARATOR, 'gu');

/** The text as it reads: fullwidth digits as digits, invisible characters gone. */
const readable = (text: string): string => text.normalize('NFKC').replace(INVISIBLE, '');

/** Whether the text holds something shaped like an identity number (see above). */
export const containsIdentityNumber = (text: string): boolean =>
  IDENTITY_NUMBER_SHAPE.test(readable(text));

/**
 * Stricter, for a box whose text goes into the address while someone types a number to find a
 * patient by (the inbox's filter): six or more digits in a row once separators are left out,
 * which is the date-of-birth part of a number or a whole one. Everything
 * `containsIdentityNumber` finds, this finds too.
 */
export const containsIdentityNumberPart = (text: string): boolean =>
  /\d{6,}/.test(readable(text).replace(SEPARATORS, ''));
