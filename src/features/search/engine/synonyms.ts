import { fold, queryWords, stem } from './text';

/**
 * Abbreviations and synonyms, applied in both directions at query time: "CVK" also searches
 * "central venkateter" and the other way round. Flexsearch has no synonyms; expanding the
 * query (not the index) keeps the index small and lets the dictionary change without a
 * rebuild of the postings.
 */

/** One way of saying a concept: its words as typed (normalised) and as terms. */
export type Variant = { words: string[]; terms: string[]; text: string };

export type SynonymMatch = { start: number; end: number; variants: Variant[] };

const ICD_WITH_DECIMALS = /^[a-z]\d{2}\.\d{1,2}$/;

/** The index term a query word is looked up by (ICD-10 codes stay whole). */
export function queryTerm(word: string): string {
  return ICD_WITH_DECIMALS.test(word) ? word : stem(word);
}

function variantOf(text: string): Variant | null {
  const words = queryWords(text);
  if (words.length === 0) return null;
  return { words, terms: words.map(queryTerm), text };
}

const keyOf = (terms: readonly string[]) => terms.map(fold).join(' ');

export class SynonymDictionary {
  /** Variants by the folded key of their first term, longest first. */
  private readonly byFirst = new Map<string, { key: string[]; group: number }[]>();
  private readonly groups: Variant[][] = [];

  constructor(groups: readonly (readonly string[])[]) {
    // Groups that share a variant are one concept: join them (union–find on variant keys).
    const parent: number[] = [];
    const find = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
      return i;
    };
    const owner = new Map<string, number>();
    const parsed = groups.map((group, index) => {
      parent[index] = index;
      const variants = group.map(variantOf).filter((v): v is Variant => v !== null);
      for (const variant of variants) {
        const key = keyOf(variant.terms);
        const other = owner.get(key);
        if (other === undefined) owner.set(key, index);
        else parent[find(index)] = find(other);
      }
      return variants;
    });
    const merged = new Map<number, Map<string, Variant>>();
    parsed.forEach((variants, index) => {
      const root = find(index);
      const into = merged.get(root) ?? new Map<string, Variant>();
      for (const variant of variants) {
        const key = keyOf(variant.terms);
        if (!into.has(key)) into.set(key, variant);
      }
      merged.set(root, into);
    });
    for (const variants of merged.values()) {
      if (variants.size < 2) continue;
      const group = this.groups.length;
      this.groups.push([...variants.values()]);
      for (const variant of variants.values()) {
        const key = variant.terms.map(fold);
        const first = key[0]!;
        const list = this.byFirst.get(first) ?? [];
        list.push({ key, group });
        list.sort((a, b) => b.key.length - a.key.length);
        this.byFirst.set(first, list);
      }
    }
  }

  get size(): number {
    return this.groups.length;
  }

  /** All ways of saying what `text` says, or null when it is not in the dictionary. */
  lookup(text: string): Variant[] | null {
    const variant = variantOf(text);
    if (!variant) return null;
    const match = this.find(variant.terms, 0);
    return match && match.end === variant.terms.length ? match.variants : null;
  }

  /** The longest dictionary phrase that starts at `start` among the query's terms. */
  find(terms: readonly string[], start: number): SynonymMatch | null {
    const candidates = this.byFirst.get(fold(terms[start] ?? ''));
    if (!candidates) return null;
    for (const { key, group } of candidates) {
      if (start + key.length > terms.length) continue;
      if (key.every((part, i) => fold(terms[start + i]!) === part)) {
        return { start, end: start + key.length, variants: this.groups[group]! };
      }
    }
    return null;
  }
}
