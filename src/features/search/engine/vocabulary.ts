import { fold, hasDiacritics } from './text';

/** How a vocabulary term was reached from a query word; the quality weighs its score. */
export type Expansion = { term: string; quality: number };

export const QUALITY = {
  exact: 1,
  folded: 0.92,
  prefix: 0.7,
  compound: 0.6,
  typo1: 0.5,
  typo2: 0.35,
} as const;

// Three rows reused by every call: the typo scan compares a word with thousands of terms.
let rowBefore = new Int32Array(64);
let rowPrevious = new Int32Array(64);
let rowCurrent = new Int32Array(64);

/** Optimal string alignment distance, giving up as soon as it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = b.length + 1;
  if (rows > rowPrevious.length) {
    rowBefore = new Int32Array(rows * 2);
    rowPrevious = new Int32Array(rows * 2);
    rowCurrent = new Int32Array(rows * 2);
  }
  let before = rowBefore;
  let previous = rowPrevious;
  let current = rowCurrent;
  for (let j = 0; j < rows; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < rows; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = previous[j]! + 1;
      const insert = current[j - 1]! + 1;
      if (insert < value) value = insert;
      const replace = previous[j - 1]! + (ai === bj ? 0 : 1);
      if (replace < value) value = replace;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        const swap = before[j - 2]! + 1;
        if (swap < value) value = swap;
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return previous[b.length]!;
}

/** Typos allowed for a word of this length: none for short words, two for long ones. */
export function allowedTypos(length: number): number {
  if (length >= 8) return 2;
  if (length >= 5) return 1;
  return 0;
}

/**
 * Every term of the index with its document frequency, and the lookups flexsearch does not
 * have: diacritic-insensitive keys, prefixes (typing, compounds) and near spellings (typos).
 */
export class Vocabulary {
  readonly df = new Map<string, number>();
  private readonly byFold = new Map<string, string[]>();
  /** Folded keys, sorted, with their terms: prefix ranges by binary search. */
  private readonly sortedKeys: string[] = [];
  private readonly sortedTerms: string[] = [];
  /** Folded keys by length, for the typo scan. */
  private readonly byLength = new Map<number, string[]>();

  constructor(terms: readonly string[], frequencies: readonly number[]) {
    const pairs: [string, string][] = [];
    terms.forEach((term, i) => {
      this.df.set(term, frequencies[i] ?? 0);
      const key = fold(term);
      const same = this.byFold.get(key);
      if (same) {
        same.push(term);
      } else {
        this.byFold.set(key, [term]);
        const bucket = this.byLength.get(key.length);
        if (bucket) bucket.push(key);
        else this.byLength.set(key.length, [key]);
      }
      pairs.push([key, term]);
    });
    pairs.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    for (const [key, term] of pairs) {
      this.sortedKeys.push(key);
      this.sortedTerms.push(term);
    }
  }

  get size(): number {
    return this.df.size;
  }

  frequency(term: string): number {
    return this.df.get(term) ?? 0;
  }

  /** The word itself, and (typed without å/ä/ö) the words it stands for: "sar" → "sår". */
  exact(word: string): Expansion[] {
    const out: Expansion[] = [];
    if (this.df.has(word)) out.push({ term: word, quality: QUALITY.exact });
    if (!hasDiacritics(word)) {
      for (const term of this.byFold.get(word) ?? []) {
        if (term !== word) out.push({ term, quality: QUALITY.folded });
      }
    }
    return out;
  }

  /**
   * Terms that start with the word and are at least `minExtra` letters longer. Typed with
   * å/ä/ö the letters must match; typed without, either matches. The most common come first.
   */
  startingWith(word: string, minExtra: number, quality: number, cap = 40): Expansion[] {
    const key = fold(word);
    const strict = hasDiacritics(word);
    let low = 0;
    let high = this.sortedKeys.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.sortedKeys[mid]! < key) low = mid + 1;
      else high = mid;
    }
    const found: string[] = [];
    for (let i = low; i < this.sortedKeys.length; i++) {
      const candidate = this.sortedKeys[i]!;
      if (!candidate.startsWith(key)) break;
      if (candidate.length - key.length < minExtra) continue;
      const term = this.sortedTerms[i]!;
      if (strict && !term.startsWith(word)) continue;
      found.push(term);
    }
    if (found.length > cap) {
      found.sort((a, b) => this.frequency(b) - this.frequency(a));
      found.length = cap;
    }
    return found.map((term) => ({ term, quality }));
  }

  private readonly nearCache = new Map<string, (Expansion & { distance: number })[]>();

  /** Terms within one or two edits (by word length), compared without diacritics. */
  nearSpellings(word: string, cap = 12): (Expansion & { distance: number })[] {
    const cacheKey = `${word}|${cap}`;
    const cached = this.nearCache.get(cacheKey);
    if (cached) return cached;
    const found = this.scanNear(word, cap);
    // A small cache: someone correcting a typo types the same words again.
    if (this.nearCache.size > 500) this.nearCache.clear();
    this.nearCache.set(cacheKey, found);
    return found;
  }

  private scanNear(word: string, cap: number): (Expansion & { distance: number })[] {
    const key = fold(word);
    const max = allowedTypos(key.length);
    if (max === 0) return [];
    const found: (Expansion & { distance: number })[] = [];
    for (let length = key.length - max; length <= key.length + max; length++) {
      for (const candidate of this.byLength.get(length) ?? []) {
        if (candidate === key) continue;
        const distance = editDistance(key, candidate, max);
        if (distance > max) continue;
        for (const term of this.byFold.get(candidate) ?? []) {
          found.push({
            term,
            distance,
            quality: distance === 1 ? QUALITY.typo1 : QUALITY.typo2,
          });
        }
      }
    }
    found.sort(
      (a, b) => a.distance - b.distance || this.frequency(b.term) - this.frequency(a.term),
    );
    return found.slice(0, cap);
  }
}
