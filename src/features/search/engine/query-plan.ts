import { queryTerm } from './synonyms';
import type { SynonymDictionary, Variant } from './synonyms';
import { fold, queryWords } from './text';

/** One part of a query that must match: a word, or a dictionary phrase with its synonyms. */
export type Clause = { alternatives: { variant: Variant; quality: number; original: boolean }[] };

/** One word as written (`raw`), as a term, and whether it is still being typed. */
export type WordPlan = { raw: string; term: string; typing: boolean };

/** Split the query into clauses: a word, or a dictionary phrase with all its synonyms. */
export function planQuery(
  synonyms: SynonymDictionary,
  query: string,
  prefix: boolean,
): { clauses: Clause[]; words: WordPlan[] } {
  const raw = queryWords(query);
  const terms = raw.map(queryTerm);
  // A query that ends in a space has its last word finished.
  const typing = prefix && !/\s$/.test(query);
  const words: WordPlan[] = raw.map((w, i) => ({
    raw: w,
    term: terms[i]!,
    typing: typing && i === raw.length - 1,
  }));
  const clauses: Clause[] = [];
  for (let i = 0; i < raw.length;) {
    const match = synonyms.find(terms, i);
    const own: Variant = {
      words: raw.slice(i, match ? match.end : i + 1),
      terms: terms.slice(i, match ? match.end : i + 1),
      text: raw.slice(i, match ? match.end : i + 1).join(' '),
    };
    const alternatives = [{ variant: own, quality: 1, original: true }];
    if (match) {
      const ownKey = own.terms.map(fold).join(' ');
      for (const variant of match.variants) {
        if (variant.terms.map(fold).join(' ') === ownKey) continue;
        alternatives.push({ variant, quality: 0.9, original: false });
      }
      i = match.end;
    } else {
      i += 1;
    }
    clauses.push({ alternatives });
  }
  return { clauses, words };
}
