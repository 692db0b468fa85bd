import { normalize, termsOfToken, tokenize } from './text';

/**
 * Snippets with the matched words highlighted. The text is escaped first and only our own
 * <mark> is added, so nothing from a document can ever become markup.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/**
 * Tells whether a word of a text (as written) stands for one of the matched terms. Terms keep
 * the first letters of their words, so most words are ruled out without stemming them.
 */
export class TermMatcher {
  private readonly heads = new Set<string>();
  private readonly seen = new Map<string, boolean>();

  constructor(readonly terms: ReadonlySet<string>) {
    for (const term of terms) this.heads.add(term.slice(0, 2));
  }

  test(word: string): boolean {
    return this.testNormalized(normalize(word));
  }

  /** For a word that is already lower case (a token of a lower-cased text). */
  testNormalized(lower: string): boolean {
    if (!this.heads.has(lower.slice(0, 2))) return false;
    let known = this.seen.get(lower);
    if (known === undefined) {
      known = termsOfToken(lower).some((term) => this.terms.has(term));
      this.seen.set(lower, known);
    }
    return known;
  }
}

/** Escape `text` and wrap the words that match in <mark>. */
export function highlight(text: string, matched: TermMatcher): string {
  // Lower-casing keeps offsets for the letters we use (Swedish, Latin), so tokens of the
  // normalised text point into the original.
  const lower = text.toLowerCase();
  const tokens = lower.length === text.length ? tokenize(lower) : [];
  let out = '';
  let last = 0;
  for (const token of tokens) {
    if (!matched.testNormalized(token.text.toLowerCase())) continue;
    out += escapeHtml(text.slice(last, token.start));
    out += `<mark>${escapeHtml(text.slice(token.start, token.end))}</mark>`;
    last = token.end;
  }
  return out + escapeHtml(text.slice(last));
}

const WORD = /[a-z]\d{2}\.\d{1,2}|[\p{L}\p{N}]+/gu;

/**
 * About `words` words of `text` from just before the first matched word, escaped and
 * highlighted, with an ellipsis where text was cut. Reads the text only as far as it needs.
 */
export function makeSnippet(text: string, matched: TermMatcher, words = 30): string {
  const lower = text.toLowerCase();
  const source = lower.length === text.length ? lower : text;
  const starts: number[] = [];
  const ends: number[] = [];
  let firstHit = -1;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(source); match; match = WORD.exec(source)) {
    starts.push(match.index);
    ends.push(match.index + match[0].length);
    const i = starts.length - 1;
    if (firstHit < 0 && matched.testNormalized(match[0].toLowerCase())) firstHit = i;
    if (firstHit >= 0 && i >= firstHit + words) break;
    if (firstHit < 0 && i >= 2000) break;
  }
  if (starts.length === 0) return '';
  const first = firstHit < 0 ? 0 : Math.max(0, firstHit - 4);
  const last = Math.min(starts.length - 1, first + words - 1);
  const start = first === 0 ? 0 : starts[first]!;
  const reachedEnd = last === starts.length - 1 && WORD.lastIndex === 0;
  const end = reachedEnd ? text.length : ends[last]!;
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < text.length ? ' …' : '';
  return prefix + highlight(text.slice(start, end), matched) + suffix;
}
