import type { StoredDoc } from './index-payload';
import type { Clause } from './query-plan';

/**
 * The order of the hits once the postings have scored them: authority and region weights,
 * newest first or by relevance (a code query by diagnosis first), exact phrases re-ranked.
 */

/**
 * How much the chosen region's own texts weigh (`boostRegion`): enough to come before a national
 * text that matches about as well, not enough to push a clearly better match off the top.
 */
export const REGION_BOOST = 1.5;

/**
 * When relevance is close, the source in charge of the area comes first, and the chosen
 * region's own texts before the rest.
 */
export const rankWeight = (
  authority: number,
  region: string | null,
  boostRegion: string | null,
): number =>
  (1 + 0.1 * authority) * (boostRegion !== null && region === boostRegion ? REGION_BOOST : 1);

/** What ranking needs of the index: its documents and the day each was updated. */
export type RankedCorpus = {
  docs: readonly StoredDoc[];
  updatedDayOf: (doc: number) => number;
};

/**
 * The documents of one page and those before it, best first. `rankOf` (a code query) orders
 * by the diagnosis first and by relevance within it.
 */
export function rankDocuments(
  corpus: RankedCorpus,
  kept: Int32Array,
  total: Float32Array,
  clauses: Clause[],
  sort: 'relevance' | 'updated',
  wanted: number,
  rankOf: ((doc: number) => number) | null = null,
): { doc: number; score: number }[] {
  if (sort === 'updated') {
    // Newest first; the day is the whole part of the key, relevance breaks ties.
    let max = 1;
    for (const doc of kept) max = Math.max(max, total[doc]!);
    return topBy(kept, wanted, (doc) => corpus.updatedDayOf(doc) + total[doc]! / (max + 1)).map(
      (doc) => ({ doc, score: total[doc]! }),
    );
  }
  // The best candidates are re-ranked for exact phrases (which postings cannot see).
  let span = 1;
  if (rankOf) for (const doc of kept) span = Math.max(span, 2 * total[doc]! + 1);
  const classOf = rankOf ?? (() => 0);
  const top = topBy(kept, Math.max(100, wanted), (doc) => classOf(doc) * span + total[doc]!).map(
    (doc) => ({ doc, rank: classOf(doc), score: total[doc]! }),
  );
  const phrases = phrasesOf(clauses);
  if (phrases.length > 0) {
    for (const entry of top) entry.score *= phraseBoost(corpus.docs[entry.doc]!, phrases);
  }
  return top.sort((a, b) => b.rank - a.rank || b.score - a.score || a.doc - b.doc);
}

/** An exact phrase weighs more than the same words scattered. */
export function phraseBoost(stored: StoredDoc, phrases: string[]): number {
  const contains = (text: string) => {
    const lower = text.toLowerCase();
    return phrases.some((phrase) => lower.includes(phrase));
  };
  if (contains(stored.title)) return 1.6;
  if (stored.sections.some((s) => contains(s.heading))) return 1.4;
  if (contains(stored.summary) || contains(stored.intro)) return 1.25;
  return stored.sections.some((s) => contains(s.text)) ? 1.25 : 1;
}

/** The phrases whose exact occurrence earns the phrase bonus: multi-word alternatives. */
export function phrasesOf(clauses: Clause[]): string[] {
  const phrases: string[] = [];
  const whole = clauses.flatMap((c) =>
    c.alternatives.filter((a) => a.original).flatMap((a) => a.variant.words),
  );
  if (whole.length > 1) phrases.push(whole.join(' '));
  for (const clause of clauses) {
    for (const { variant } of clause.alternatives) {
      if (variant.words.length > 1) phrases.push(variant.words.join(' '));
    }
  }
  return phrases;
}

/** The `k` documents with the highest key, best first: a bounded min-heap, no full sort. */
export function topBy(docs: Int32Array, k: number, key: (doc: number) => number): number[] {
  const heapDocs = new Int32Array(Math.min(k, docs.length));
  const heapKeys = new Float64Array(heapDocs.length);
  let size = 0;
  // Worse = lower key, or equal key and higher doc number (ties go to the earlier document).
  const worse = (a: number, b: number) =>
    heapKeys[a]! < heapKeys[b]! || (heapKeys[a] === heapKeys[b] && heapDocs[a]! > heapDocs[b]!);
  const swap = (a: number, b: number) => {
    const d = heapDocs[a]!;
    heapDocs[a] = heapDocs[b]!;
    heapDocs[b] = d;
    const v = heapKeys[a]!;
    heapKeys[a] = heapKeys[b]!;
    heapKeys[b] = v;
  };
  const down = (start: number) => {
    let i = start;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let least = i;
      if (left < size && worse(left, least)) least = left;
      if (right < size && worse(right, least)) least = right;
      if (least === i) return;
      swap(i, least);
      i = least;
    }
  };
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i]!;
    const value = key(doc);
    if (size < heapDocs.length) {
      heapDocs[size] = doc;
      heapKeys[size] = value;
      let c = size++;
      while (c > 0) {
        const parent = (c - 1) >> 1;
        if (!worse(c, parent)) break;
        swap(c, parent);
        c = parent;
      }
    } else if (value > heapKeys[0]! || (value === heapKeys[0] && doc < heapDocs[0]!)) {
      heapDocs[0] = doc;
      heapKeys[0] = value;
      down(0);
    }
  }
  const order = Array.from({ length: size }, (_, i) => i);
  order.sort((a, b) => heapKeys[b]! - heapKeys[a]! || heapDocs[a]! - heapDocs[b]!);
  return order.map((i) => heapDocs[i]!);
}
