import type { WordPlan } from './query-plan';
import { normalize } from './text';
import type { Vocabulary } from './vocabulary';

/** What the suggestion needs of the index: its vocabulary and the forms people write. */
export type SuggestionLexicon = {
  vocabulary: Vocabulary;
  surfaceOf: (term: string) => string;
};

/** How many documents contain the term (any field). */
function frequencyOfWord(vocabulary: Vocabulary, word: WordPlan): number {
  let best = 0;
  for (const e of vocabulary.exact(word.term)) best = Math.max(best, vocabulary.frequency(e.term));
  for (const e of vocabulary.exact(word.raw)) best = Math.max(best, vocabulary.frequency(e.term));
  return best;
}

/**
 * "Menade du …?": when the query finds nothing or little and replacing a word by a close
 * spelling would find much more.
 */
export function suggest(
  { vocabulary, surfaceOf }: SuggestionLexicon,
  query: string,
  words: WordPlan[],
  found: number,
  typos: Set<string>,
): string | null {
  if (found > 5 && typos.size === 0) return null;
  let changed = false;
  const replaced = words.map((word) => {
    const own = frequencyOfWord(vocabulary, word);
    // A word being typed that completes to something is not a misspelling.
    if (!typos.has(word.raw) && (own >= 2 || word.typing)) return word.raw;
    const near = vocabulary.nearSpellings(word.term, 8);
    let choice: string | null = null;
    let bestFrequency = Math.max(1, 3 * own);
    for (const candidate of near) {
      const frequency = vocabulary.frequency(candidate.term);
      if (frequency >= bestFrequency) {
        choice = candidate.term;
        bestFrequency = frequency + 1;
      }
    }
    if (choice === null) return word.raw;
    changed = true;
    return surfaceOf(choice);
  });
  if (!changed) return null;
  const suggestion = replaced.join(' ');
  return normalize(suggestion) === normalize(query.trim()) ? null : suggestion;
}
