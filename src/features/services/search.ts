import type { Service } from './api/services';

/** Lower case without diacritics, so "hogkostnad" finds "Högkostnadsskydd" and "FK" finds "fk". */
const fold = (text: string) => text.toLocaleLowerCase('sv').normalize('NFD').replace(/\p{M}/gu, '');

/** Between words: anything but letters, digits and the hyphen inside a word ("e-frikort"). */
const WORD_BREAK = /[^\p{L}\p{N}-]+/u;

/**
 * The words of a text, folded. A hyphenated word also counts written together, so "e-remiss",
 * "e remiss" and "eremiss" all find it.
 */
function words(text: string): string[] {
  return fold(text)
    .split(WORD_BREAK)
    .flatMap((word) => [...word.split('-'), word.replaceAll('-', '')])
    .filter(Boolean);
}

/**
 * Shorter words must begin a word ("FK", "bvc", "sil"), so they do not turn up inside others;
 * longer ones may also sit inside a compound ("intyg" in "läkarintyg", "kostnad" in
 * "högkostnadsskydd"), as Swedish makes them.
 */
const MIN_INSIDE_LENGTH = 4;

const matchesWord = (haystack: readonly string[], wanted: string) =>
  haystack.some((word) =>
    wanted.length >= MIN_INSIDE_LENGTH ? word.includes(wanted) : word.startsWith(wanted),
  );

/**
 * Whether a service answers what a person typed: every word of the query must begin (or, if
 * long enough, sit inside) a word of the name, the description or the catalog's keywords. Not the
 * category: "remiss" should not find Hjälpmedelstjänsten because it shares "Remisser och
 * hjälpmedel". Case and diacritics do not matter. An empty query matches everything.
 */
export function matchesQuery(
  service: Pick<Service, 'name' | 'description' | 'keywords'>,
  query: string,
): boolean {
  const wanted = fold(query)
    .split(WORD_BREAK)
    .map((word) => word.replaceAll('-', ''))
    .filter(Boolean);
  if (wanted.length === 0) return true;
  const haystack = words([service.name, service.description, ...service.keywords].join(' '));
  return wanted.every((word) => matchesWord(haystack, word));
}
