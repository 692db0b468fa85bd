/**
 * The search service's own reading of "looks like an identity number", for refusing such a
 * search. The same rule as the app's box (src/lib/identity-number-like.ts), written again on
 * purpose and another way (a scan instead of a pattern): a backend decides what it accepts by
 * itself, so the two can disagree and a test (identity-number-rule.test.ts) shows it when they do.
 *
 * The rule: 10 or 12 digits in pairs (18, 19 or 20 in front of a 12-digit one), at most three
 * separators (any space, ".", "+", any dash or minus) between two pairs, the pairs a possible
 * date (month 00–12, day 01–31 or 60–91), with no digit right before or after, and no dash or
 * dot that joins it to more digits. Fullwidth digits count; invisible characters are skipped.
 */

const INVISIBLE = new Set(['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF']);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isSeparator = (c: string | undefined) =>
  c !== undefined && (/\s/u.test(c) || c === '.' || c === '+' || isJoiner(c));
const isJoiner = (c: string | undefined) =>
  c !== undefined && (c === '.' || c === '\u2212' || /\p{Pd}/u.test(c));

/** The pairs read from `start`, or null; `end` is where the last pair stops. */
function readPairs(chars: string[], start: number, count: number) {
  const pairs: number[] = [];
  let at = start;
  while (pairs.length < count) {
    if (pairs.length > 0) {
      let gap = 0;
      while (isSeparator(chars[at]) && gap <= 3) {
        at++;
        gap++;
      }
      if (gap > 3) return null;
    }
    if (!isDigit(chars[at]) || !isDigit(chars[at + 1])) return null;
    pairs.push(Number(`${chars[at]}${chars[at + 1]}`));
    at += 2;
  }
  return { pairs, end: at };
}

const possibleDate = (month: number, day: number) =>
  month <= 12 && ((day >= 1 && day <= 31) || (day >= 60 && day <= 91));

function numberAt(chars: string[], start: number): boolean {
  for (const count of [6, 5]) {
    const read = readPairs(chars, start, count);
    if (!read) continue;
    const [century, ...rest] = read.pairs;
    if (count === 6 && ![18, 19, 20].includes(century!)) continue;
    const [, month, day] = count === 6 ? rest : read.pairs;
    if (!possibleDate(month!, day!)) continue;
    const next = chars[read.end];
    if (isDigit(next) || (isJoiner(next) && isDigit(chars[read.end + 1]))) continue;
    return true;
  }
  return false;
}

export function looksLikeIdentityNumber(text: string): boolean {
  const chars = [...text.normalize('NFKC')].filter((c) => !INVISIBLE.has(c));
  return chars.some((c, i) => {
    if (!isDigit(c)) return false;
    const before = chars[i - 1];
    if (isDigit(before) || (isJoiner(before) && isDigit(chars[i - 2]))) return false;
    return numberAt(chars, i);
  });
}
