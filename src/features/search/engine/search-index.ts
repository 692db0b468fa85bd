import type { Index } from 'flexsearch';
import type { KnowledgeDocument, KnowledgeSource } from '@/lib/knowledge/schema';
import synonymData from '../data/synonyms.json';
import { FacetColumns, dayNumber } from './facets';
import { codeCategory, diagnosisCodeOf, diagnosisRank } from './diagnosis';
import {
  createFieldIndex,
  FIELDS,
  INDEX_FORMAT,
  type SearchIndexPayload,
  type StoredDoc,
  type StoredRegion,
  type StoredSource,
} from './index-payload';
import { planQuery, type Clause, type WordPlan } from './query-plan';
import { rankDocuments, rankWeight, type RankedCorpus } from './ranking';
import { ScoreSet } from './score-set';
import { TermMatcher, makeSnippet } from './snippet';
import { suggest, type SuggestionLexicon } from './suggest';
import { SynonymDictionary } from './synonyms';
import { normalize, tokenize } from './text';
import type { HeadingLink, SearchHit, SearchRequest, SearchResponse } from './types';
import { QUALITY, Vocabulary } from './vocabulary';
import type { Expansion } from './vocabulary';

// What the callers have always imported from here (the service, the tools, the tests).
export { FIELDS, INDEX_FORMAT } from './index-payload';
export type {
  FieldName,
  SearchIndexPayload,
  StoredDoc,
  StoredRegion,
  StoredSource,
} from './index-payload';
export { REGION_BOOST } from './ranking';

/**
 * The search engine: flexsearch holds the postings (one strict, exact-term index per field,
 * fed with our own Swedish terms), everything flexsearch lacks is built around it – field
 * weights and scores, synonyms, diacritics, prefixes/compounds/typos, facets with counts,
 * phrase and authority ranking, snippets. No React, no DOM: the same class runs in the search
 * service, in Node tests, in the benchmark and in the command-line tool.
 *
 * Here: loading an index and answering queries. Beside it: the build (build-index.ts, loaded
 * only when an index is built), the payload's shape (index-payload.ts), the query's clauses
 * (query-plan.ts), the ranking (ranking.ts) and "Menade du …?" (suggest.ts).
 */

export class SearchIndex {
  readonly docs: StoredDoc[];
  readonly sources: StoredSource[];
  readonly facets: FacetColumns;
  readonly vocabulary: Vocabulary;
  readonly synonyms: SynonymDictionary;
  private readonly authority: Float32Array;
  private readonly surface = new Map<string, string>();
  private readonly sourceById: Map<string, StoredSource>;
  private readonly regionById: Map<string, StoredRegion>;
  private readonly fieldIndexes: Index[];
  /** The documents that declare a code in each ICD-10 category ("E11"), for code queries. */
  private readonly byCategory = new Map<string, number[]>();
  /** What ranking (ranking.ts) and the suggestion (suggest.ts) read of the index. */
  private readonly corpus: RankedCorpus;
  private readonly lexicon: SuggestionLexicon;

  private constructor(
    payload: SearchIndexPayload,
    fieldIndexes: Index[],
    synonyms: SynonymDictionary,
  ) {
    this.docs = payload.docs;
    this.sources = payload.sources;
    this.sourceById = new Map(payload.sources.map((s) => [s.id, s]));
    this.authority = Float32Array.from(payload.authority);
    this.vocabulary = new Vocabulary(payload.vocabulary.terms, payload.vocabulary.df);
    payload.vocabulary.terms.forEach((term, i) => {
      const surface = payload.vocabulary.surface[i];
      if (surface && surface !== term) this.surface.set(term, surface);
    });
    this.regionById = new Map(payload.regions.map((r) => [r.id, r]));
    this.facets = new FacetColumns(payload.docs, payload.sources, payload.regions);
    this.fieldIndexes = fieldIndexes;
    this.synonyms = synonyms;
    this.payloadRef = payload;
    this.corpus = { docs: this.docs, updatedDayOf: (doc) => this.facets.updatedDayOf(doc) };
    this.lexicon = { vocabulary: this.vocabulary, surfaceOf: (term) => this.surfaceOf(term) };
    payload.docs.forEach((doc, id) => {
      for (const category of new Set(doc.icd10.map(codeCategory))) {
        const ids = this.byCategory.get(category);
        if (ids) ids.push(id);
        else this.byCategory.set(category, [id]);
      }
    });
  }

  /** Kept to serialise without re-exporting flexsearch. */
  private readonly payloadRef: SearchIndexPayload;

  get size(): number {
    return this.docs.length;
  }

  static defaultSynonyms(): SynonymDictionary {
    return new SynonymDictionary(synonymData.groups);
  }

  /**
   * Build from the knowledge corpus. Documents of sources that are not approved never enter.
   * The build's code is loaded only now: an index that is only loaded never brings it along.
   */
  static async build(
    documents: readonly KnowledgeDocument[],
    sources: readonly KnowledgeSource[],
    options: { synonyms?: SynonymDictionary; builtAt?: string; regions?: StoredRegion[] } = {},
  ): Promise<SearchIndex> {
    const { buildIndex } = await import('./build-index');
    const { payload, fieldIndexes } = await buildIndex(documents, sources, options);
    return new SearchIndex(
      payload,
      fieldIndexes,
      options.synonyms ?? SearchIndex.defaultSynonyms(),
    );
  }

  /** Load a prebuilt index (the static asset) without rebuilding anything but lookups. */
  static load(payload: SearchIndexPayload, options: { synonyms?: SynonymDictionary } = {}) {
    if (payload.format !== INDEX_FORMAT || payload.version !== 2) {
      throw new Error('Sökindexet har ett okänt format. Bygg om det från korpusen.');
    }
    const fieldIndexes = FIELDS.map((field) => {
      const index = createFieldIndex(field.resolution);
      for (const [key, data] of payload.fields[field.name] ?? []) {
        index.import(key, data as string);
      }
      return index;
    });
    return new SearchIndex(
      payload,
      fieldIndexes,
      options.synonyms ?? SearchIndex.defaultSynonyms(),
    );
  }

  /** The payload to ship as a static asset (JSON). */
  toJSON(): SearchIndexPayload {
    return this.payloadRef;
  }

  /** Final scores by document; only entries of the current matches are meaningful. */
  private scoreBuffer: Float32Array | null = null;

  private scores(): Float32Array {
    this.scoreBuffer ??= new Float32Array(this.docs.length);
    return this.scoreBuffer;
  }

  /** The surface form people write for a term ("katet" → "kateter"). */
  surfaceOf(term: string): string {
    return this.surface.get(term) ?? term;
  }

  // ---------------------------------------------------------------- matching and scoring

  /** The vocabulary terms a query word stands for, with how well each matches. */
  expand(word: WordPlan, allowTypos = true): { expansions: Expansion[]; typo: boolean } {
    const best = new Map<string, number>();
    const add = (list: Expansion[]) => {
      for (const e of list) {
        if ((best.get(e.term) ?? 0) < e.quality) best.set(e.term, e.quality);
      }
    };
    add(this.vocabulary.exact(word.term));
    if (word.raw !== word.term) add(this.vocabulary.exact(word.raw));
    // Compounds: "fall" finds "fallprevention" (a real second part of at least 3 letters).
    if (word.raw.length >= 4) {
      add(this.vocabulary.startingWith(word.raw, 3, QUALITY.compound));
    }
    // Typing: the last word is matched as a prefix.
    if (word.typing && word.raw.length >= 2) {
      add(this.vocabulary.startingWith(word.raw, 1, QUALITY.prefix));
    }
    let typo = false;
    if (best.size === 0 && allowTypos) {
      const near = this.vocabulary.nearSpellings(word.term);
      if (near.length > 0) typo = true;
      add(near);
    }
    return { expansions: [...best].map(([term, quality]) => ({ term, quality })), typo };
  }

  /** Score of the documents for one word: Σ over fields of weight × best match in the field. */
  private scoreWord(expansions: Expansion[], out: ScoreSet): void {
    const sets = this.sets();
    FIELDS.forEach((field, f) => {
      const index = this.fieldIndexes[f]!;
      const best = sets.field[f]!;
      const span = Math.max(1, field.resolution - 1);
      for (const { term, quality } of expansions) {
        const slots = postings(index, term);
        for (let slot = 0; slot < slots.length; slot++) {
          const ids = slots[slot];
          if (!ids) continue;
          // flexsearch ranks by position: earlier in the field is a better match.
          const value = quality * (1 - (0.5 * slot) / span);
          for (let i = 0; i < ids.length; i++) best.max(ids[i] as number, value);
        }
      }
      for (let i = 0; i < best.size; i++) {
        const id = best.ids[i]!;
        out.add(id, field.weight * best.get(id));
      }
      best.clear();
    });
  }

  /** Score sets reused by every query (a search runs to the end before the next starts). */
  private pool: {
    field: ScoreSet[];
    word: ScoreSet;
    alt: ScoreSet;
    altNext: ScoreSet;
    clause: ScoreSet;
    total: ScoreSet;
    hits: Uint8Array;
  } | null = null;

  private sets() {
    const n = this.docs.length;
    this.pool ??= {
      field: FIELDS.map(() => new ScoreSet(n)),
      word: new ScoreSet(n),
      alt: new ScoreSet(n),
      altNext: new ScoreSet(n),
      clause: new ScoreSet(n),
      total: new ScoreSet(n),
      hits: new Uint8Array(n),
    };
    return this.pool;
  }

  /** Split the query into clauses: a word, or a dictionary phrase with all its synonyms. */
  plan(query: string, prefix: boolean): { clauses: Clause[]; words: WordPlan[] } {
    return planQuery(this.synonyms, query, prefix);
  }

  search(request: SearchRequest): SearchResponse {
    const today = dayNumber(request.now ?? new Date());
    const limit = request.limit ?? 20;
    const offset = request.offset ?? 0;
    const { clauses, words } = this.plan(request.query, request.prefix ?? true);
    const n = this.docs.length;
    if (clauses.length === 0) {
      // No words: browse everything by the filters, newest first.
      const all = Int32Array.from({ length: n }, (_, d) => d);
      const { kept, counts } = this.facets.apply(all, request.filters ?? {}, today);
      const scores = new Float32Array(n);
      const matcher = new TermMatcher(new Set());
      return {
        query: request.query,
        total: kept.length,
        hits: rankDocuments(this.corpus, kept, scores, [], 'updated', offset + limit)
          .slice(offset, offset + limit)
          .map(({ doc, score }) => this.hit(doc, score, matcher)),
        facets: counts,
        didYouMean: null,
        matchedTerms: [],
        diagnosis: null,
      };
    }

    const matchedTerms = new Set<string>();
    const typos = new Set<string>();
    const sets = this.sets();
    const { word: wordScore, clause: clauseScore, total, hits: clauseHits } = sets;
    const lastWord = words.at(-1);

    clauses.forEach((clause, c) => {
      for (const alternative of clause.alternatives) {
        const { variant } = alternative;
        let alt = sets.alt;
        let next = sets.altNext;
        variant.words.forEach((raw, w) => {
          const plan: WordPlan = {
            raw,
            term: variant.terms[w]!,
            typing:
              (lastWord?.typing ?? false) &&
              c === clauses.length - 1 &&
              alternative.original &&
              w === variant.words.length - 1,
          };
          const { expansions, typo } = this.expand(plan, alternative.original);
          if (typo) typos.add(plan.raw);
          for (const e of expansions) matchedTerms.add(e.term);
          this.scoreWord(expansions, wordScore);
          if (w === 0) {
            for (let i = 0; i < wordScore.size; i++) {
              const id = wordScore.ids[i]!;
              alt.add(id, wordScore.get(id));
            }
          } else {
            // Every word of a phrase must be there: a document missing one drops out.
            for (let i = 0; i < alt.size; i++) {
              const id = alt.ids[i]!;
              if (wordScore.has(id)) next.add(id, alt.get(id) + wordScore.get(id));
            }
            alt.clear();
            [alt, next] = [next, alt];
          }
          wordScore.clear();
        });
        const scale = alternative.quality / variant.words.length;
        for (let i = 0; i < alt.size; i++) {
          const id = alt.ids[i]!;
          clauseScore.max(id, alt.get(id) * scale);
        }
        alt.clear();
      }
      for (let i = 0; i < clauseScore.size; i++) {
        const id = clauseScore.ids[i]!;
        total.add(id, clauseScore.get(id));
        clauseHits[id]!++;
      }
      clauseScore.clear();
    });

    // All clauses must match; if no document has them all, the most that match win.
    let best = 0;
    for (let i = 0; i < total.size; i++) best = Math.max(best, clauseHits[total.ids[i]!]!);
    const needed = Math.min(clauses.length, Math.max(1, best));
    const scores = this.scores();
    const asked = diagnosisCodeOf(words.map((w) => w.raw));
    const ranks = asked ? this.declaring(asked) : null;
    const unmatched = new Set(ranks?.keys());
    const matches = new Int32Array(total.size + unmatched.size);
    let matchCount = 0;
    const boostRegion = request.boostRegion ?? null;
    const weight = (id: number) =>
      rankWeight(this.authority[id]!, this.docs[id]!.region, boostRegion);
    for (let i = 0; i < total.size; i++) {
      const id = total.ids[i]!;
      if (clauseHits[id]! >= needed || unmatched.has(id)) {
        scores[id] = total.get(id) * weight(id);
        matches[matchCount++] = id;
        unmatched.delete(id);
      }
      clauseHits[id] = 0;
    }
    total.clear();
    // A text that declares the code is found even where its words never write it.
    for (const id of unmatched) {
      scores[id] = 0;
      matches[matchCount++] = id;
    }

    const { kept, counts } = this.facets.apply(
      matches.subarray(0, matchCount),
      request.filters ?? {},
      today,
    );
    const ranked = rankDocuments(
      this.corpus,
      kept,
      scores,
      clauses,
      request.sort ?? 'relevance',
      offset + limit,
      ranks && ((doc) => ranks.get(doc) ?? 0),
    );
    const matcher = new TermMatcher(matchedTerms);
    const hits = ranked
      .slice(offset, offset + limit)
      .map(({ doc, score }) => this.hit(doc, score, matcher));

    return {
      query: request.query,
      total: kept.length,
      hits,
      facets: counts,
      didYouMean: suggest(this.lexicon, request.query, words, kept.length, typos),
      matchedTerms: [...matchedTerms],
      diagnosis: asked,
    };
  }

  /**
   * The documents that declare a code related to `asked` (the same, its category or one of its
   * subdivisions), with their diagnosis rank.
   */
  private declaring(asked: string): Map<number, number> {
    const found = new Map<number, number>();
    for (const id of this.byCategory.get(codeCategory(asked)) ?? []) {
      const doc = this.docs[id]!;
      const rank = diagnosisRank(asked, doc.icd10, doc.contentType);
      if (rank > 0) found.set(id, rank);
    }
    return found;
  }

  private hit(doc: number, score: number, matcher: TermMatcher): SearchHit {
    const stored = this.docs[doc]!;
    const source = this.sourceById.get(stored.source);
    const headings: HeadingLink[] = stored.sections
      .filter((s) => tokenize(normalize(s.heading)).some((t) => matcher.testNormalized(t.text)))
      .map((s) => ({ id: s.id, text: s.heading }));
    const bodyText = [stored.intro, ...stored.sections.map((s) => s.text)].join(' ').trim();
    const fromBody = makeSnippet(bodyText, matcher);
    const snippet = fromBody.includes('<mark>') ? fromBody : makeSnippet(stored.summary, matcher);
    return {
      id: stored.id,
      title: stored.title,
      source: { id: stored.source, name: source?.name ?? stored.source },
      publisherType: stored.publisherType,
      contentType: stored.contentType,
      audience: stored.audience,
      region: stored.region,
      regionName: stored.region
        ? (this.regionById.get(stored.region)?.name ?? stored.region)
        : null,
      updated: stored.updated,
      patientMaterial: stored.patientMaterial,
      icd10: stored.icd10,
      snippet,
      headings,
      score: Math.round(score * 1000) / 1000,
    };
  }
}

// ------------------------------------------------------------------------------ helpers

/** flexsearch's slots for one exact term: slot 0 holds the best-placed documents. */
function postings(index: Index, term: string): (number[] | null | undefined)[] {
  const resolver = index.search(term, { resolve: false }) as unknown as {
    result?: (number[] | null | undefined)[];
  };
  return resolver.result ?? [];
}
