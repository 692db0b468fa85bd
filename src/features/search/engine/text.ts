/**
 * Swedish text handling for the search engine. The same functions analyse documents at build
 * time and queries at search time, so both sides always agree.
 *
 * - å, ä and ö are letters of their own: terms keep them. `fold()` gives the key under which
 *   a query typed without them ("trycksar") still finds the word ("trycksår").
 * - A light Swedish stemmer joins singular, plural and definite forms ("trycksåren",
 *   "katetrar" → the stems of "trycksår", "kateter").
 * - Stop words are reviewed for clinical Swedish: "var" (pus) is searchable.
 */

/** Lower case and canonical composition, so "å" typed as a + ring is the same letter. */
export function normalize(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

const FOLD: Record<string, string> = {
  å: 'a',
  ä: 'a',
  ö: 'o',
  é: 'e',
  è: 'e',
  ü: 'u',
  á: 'a',
  à: 'a',
  ø: 'o',
  æ: 'a',
};

const FOLDABLE = /[åäöéèüáàøæ]/;

/** The diacritic-free key of a normalised term: "trycksår" → "trycksar". */
export function fold(term: string): string {
  if (!FOLDABLE.test(term)) return term;
  let out = '';
  for (const char of term) out += FOLD[char] ?? char;
  return out;
}

export function hasDiacritics(term: string): boolean {
  return FOLDABLE.test(term);
}

/**
 * Reviewed stop words. Deliberately NOT here although common in general Swedish lists:
 * "var" (pus), "får" (also the verb in "får läkemedel"), "sår", "under", "över", "utan",
 * "mot", "efter" (used in "efter operation"), "inte" (matters in "inte ge"), "ont".
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'och',
  'i',
  'att',
  'det',
  'som',
  'en',
  'ett',
  'på',
  'är',
  'av',
  'för',
  'med',
  'till',
  'den',
  'de',
  'dem',
  'om',
  'han',
  'hon',
  'men',
  'jag',
  'sig',
  'från',
  'vi',
  'så',
  'man',
  'när',
  'eller',
  'detta',
  'denna',
  'dessa',
  'här',
  'där',
  'vid',
  'hos',
  'samt',
  'sin',
  'sitt',
  'sina',
  'hans',
  'hennes',
  'deras',
  'vara',
  'varit',
  'blir',
  'bli',
  'blev',
  'har',
  'hade',
  'kan',
  'ska',
  'skall',
  'skulle',
  'också',
  'även',
  'dvs',
  'the',
  'of',
  'and',
]);

/** A token with its place in the analysed text (for snippets and highlighting). */
export type Token = { text: string; start: number; end: number };

// An ICD-10 code with decimals first ("j44.1"), then any run of letters or digits.
const TOKEN = /[a-z]\d{2}\.\d{1,2}|[\p{L}\p{N}]+/gu;
const ICD_WITH_DECIMALS = /^[a-z]\d{2}\.\d{1,2}$/;

/** Words of a normalised text with offsets. The text must already be normalised. */
export function tokenize(normalized: string): Token[] {
  const tokens: Token[] = [];
  for (const match of normalized.matchAll(TOKEN)) {
    const start = match.index ?? 0;
    tokens.push({ text: match[0], start, end: start + match[0].length });
  }
  return tokens;
}

// Longest first. Inflections and genitives of nouns and adjectives; derivations stay whole.
const SUFFIXES = [
  'arnas',
  'ernas',
  'ornas',
  'arna',
  'erna',
  'orna',
  'ande',
  'ende',
  'ens',
  'ets',
  'are',
  'ast',
  'en',
  'et',
  'ar',
  'er',
  'or',
  'na',
  'el',
  'a',
];
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'å', 'ä', 'ö']);
const MIN_STEM = 3;
const ONLY_LETTERS = /^\p{L}+$/u;

/**
 * Light Swedish stemmer. After the suffix is gone, two rules make the forms meet:
 * a final r/l/n after another consonant is the syncopated ending ("katetr|ar" → "katet",
 * "vattn|et" → "vatt") and a final double consonant is single ("numm" → "num").
 */
export function stem(term: string): string {
  if (term.length < 4 || !ONLY_LETTERS.test(term)) return term;
  let word = term;
  // "katetern", "cykeln": the definite -n after -er/-el.
  if (/e[rl]n$/.test(word)) word = word.slice(0, -1);
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM) {
      word = word.slice(0, -suffix.length);
      break;
    }
  }
  const last = word.at(-1) ?? '';
  const previous = word.at(-2) ?? '';
  if (
    word.length > MIN_STEM &&
    'rln'.includes(last) &&
    !VOWELS.has(previous) &&
    !'rln'.includes(previous)
  ) {
    word = word.slice(0, -1);
  }
  const end = word.at(-1) ?? '';
  if (word.length > MIN_STEM && end === word.at(-2) && !VOWELS.has(end)) {
    word = word.slice(0, -1);
  }
  return word;
}

/** The index terms of one token: its stem, plus the bare code for an ICD-10 code with decimals. */
export function termsOfToken(token: string): string[] {
  if (ICD_WITH_DECIMALS.test(token)) return [token, token.slice(0, 3)];
  return [stem(token)];
}

/** A lone letter ("s" in "KOL:s") is noise; a lone digit may be a dose or a grade. */
function isMeaningful(word: string): boolean {
  return word.length > 1 || /\d/.test(word);
}

/** The index terms of one normalised token; none for a stop word. */
export function indexTermsOf(token: string): string[] {
  if (STOP_WORDS.has(token) || !isMeaningful(token)) return [];
  return termsOfToken(token);
}

/** Analyse free text into index terms (stop words removed, stemmed). */
export function analyze(text: string): string[] {
  return tokenize(normalize(text)).flatMap((token) => indexTermsOf(token.text));
}

/** Query words in order, stop words removed. */
export function queryWords(query: string): string[] {
  return tokenize(normalize(query))
    .map((token) => token.text)
    .filter((word) => !STOP_WORDS.has(word) && isMeaningful(word));
}
