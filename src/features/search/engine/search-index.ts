import { Encoder, Index } from 'flexsearch';
import type { KnowledgeDocument, KnowledgeSource } from '@/lib/knowledge/schema';
import type { PublisherType } from '@/lib/knowledge/vocabulary';
import synonymData from '../data/synonyms.json';
import { FacetColumns, dayNumber } from './facets';
import { codeCategory, diagnosisCodeOf, diagnosisRank } from './diagnosis';
import { parseBody } from './html';
import type { Section } from './html';
import { ScoreSet } from './score-set';
import { TermMatcher, makeSnippet } from './snippet';
import { SynonymDictionary, queryTerm } from './synonyms';
import type { Variant } from './synonyms';
import { analyze, fold, indexTermsOf, normalize, queryWords, tokenize } from './text';
import type { HeadingLink, SearchHit, SearchRequest, SearchResponse } from './types';
import { QUALITY, Vocabulary } from './vocabulary';
import type { Expansion } from './vocabulary';

/**
 * The search engine: flexsearch holds the postings (one strict, exact-term index per field,
 * fed with our own Swedish terms), everything flexsearch lacks is built around it – field
 * weights and scores, synonyms, diacritics, prefixes/compounds/typos, facets with counts,
 * phrase and authority ranking, snippets. No React, no DOM: the same class runs in the worker,
 * in Node tests, in the benchmark and in the command-line tool.
 */

/** Fields and their weights: title and headings weigh more than the body. */
export const FIELDS = [
  { name: 'title', weight: 10, resolution: 3 },
  { name: 'keywords', weight: 7, resolution: 3 },
  { name: 'headings', weight: 5, resolution: 5 },
  { name: 'summary', weight: 3, resolution: 5 },
  { name: 'body', weight: 1, resolution: 9 },
] as const;

export type FieldName = (typeof FIELDS)[number]['name'];

/**
 * How much the chosen region's own texts weigh (`boostRegion`): enough to come before a national
 * text that matches about as well, not enough to push a clearly better match off the top.
 */
export const REGION_BOOST = 1.5;

export type StoredSource = {
  id: string;
  name: string;
  publisherType: PublisherType;
  authority: string[];
};

export type StoredRegion = { id: string; name: string };

export type StoredDoc = {
  id: string;
  title: string;
  summary: string;
  source: string;
  publisherType: PublisherType;
  contentType: KnowledgeDocument['contentType'];
  audience: KnowledgeDocument['audience'];
  region: string | null;
  updated: string;
  patientMaterial: boolean;
  icd10: string[];
  keywords: string[];
  intro: string;
  sections: Section[];
};

export type SearchIndexPayload = {
  format: 'vardpersonal-search-index';
  version: 2;
  builtAt: string;
  sources: StoredSource[];
  /** The corpus's regions (its regions.json): the region facet's values and names. */
  regions: StoredRegion[];
  docs: StoredDoc[];
  /** 0 no authority, 0.5 the source leads some area, 1 it leads this document's area. */
  authority: number[];
  vocabulary: { terms: string[]; df: number[]; surface: string[] };
  /** flexsearch's own export, per field: [key, data] pairs for `Index.import`. */
  fields: Record<FieldName, [string, unknown][]>;
};

export const INDEX_FORMAT = 'vardpersonal-search-index';

function createFieldIndex(resolution: number): Index {
  // Our terms are already normalised, stemmed and filtered: flexsearch must not fold
  // diacritics, dedupe letters or split numbers, only split on the spaces we put in.
  const encoder = new Encoder({
    normalize: false,
    dedupe: false,
    numeric: false,
    split: ' ',
    cache: false,
  });
  return new Index({ tokenize: 'strict', resolution, encoder });
}

type Clause = { alternatives: { variant: Variant; quality: number; original: boolean }[] };

type WordPlan = { raw: string; term: string; typing: boolean };

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

  /** Build from the knowledge corpus. Documents of sources that are not approved never enter. */
  static async build(
    documents: readonly KnowledgeDocument[],
    sources: readonly KnowledgeSource[],
    options: { synonyms?: SynonymDictionary; builtAt?: string; regions?: StoredRegion[] } = {},
  ): Promise<SearchIndex> {
    const approved = sources.filter((s) => s.approved);
    const approvedIds = new Set(approved.map((s) => s.id));
    const storedSources: StoredSource[] = approved.map((s) => ({
      id: s.id,
      name: s.name,
      publisherType: s.publisherType,
      authority: s.authority,
    }));
    const sourceById = new Map(approved.map((s) => [s.id, s]));
    const docs: StoredDoc[] = [];
    for (const doc of documents) {
      const source = sourceById.get(doc.source);
      if (!source || !approvedIds.has(doc.source)) continue;
      const body = parseBody(doc.body);
      docs.push({
        id: doc.id,
        title: doc.title,
        summary: doc.summary,
        source: doc.source,
        publisherType: source.publisherType,
        contentType: doc.contentType,
        audience: doc.audience,
        region: doc.region,
        updated: doc.updated,
        patientMaterial: doc.patientMaterial,
        icd10: doc.icd10,
        keywords: doc.keywords,
        intro: body.intro,
        sections: body.sections.map((s) => ({ ...s })),
      });
    }

    const fieldIndexes = FIELDS.map((f) => createFieldIndex(f.resolution));
    const df = new Map<string, number>();
    const surfaces = new Map<string, Map<string, number>>();
    const authorityStems = new Map(
      storedSources.map((s) => [s.id, s.authority.flatMap((a) => analyze(a))]),
    );
    const authority: number[] = [];

    docs.forEach((doc, id) => {
      const texts: Record<FieldName, string> = {
        title: doc.title,
        keywords: [...doc.keywords, ...doc.icd10].join(' . '),
        headings: doc.sections.map((s) => s.heading).join(' . '),
        summary: doc.summary,
        body: [doc.intro, ...doc.sections.map((s) => s.text)].join(' '),
      };
      const seen = new Set<string>();
      FIELDS.forEach((field, f) => {
        const terms: string[] = [];
        for (const token of tokenize(normalize(texts[field.name]))) {
          for (const term of indexTermsOf(token.text)) {
            terms.push(term);
            seen.add(term);
            let forms = surfaces.get(term);
            if (!forms) surfaces.set(term, (forms = new Map()));
            forms.set(token.text, (forms.get(token.text) ?? 0) + 1);
          }
        }
        if (terms.length > 0) fieldIndexes[f]!.add(id, terms.join(' '));
      });
      for (const term of seen) df.set(term, (df.get(term) ?? 0) + 1);
      // In charge of this document's area: an authority word begins one of its own terms.
      const stems = authorityStems.get(doc.source) ?? [];
      const own = [...analyze(doc.title), ...doc.keywords.flatMap((k) => analyze(k))];
      authority.push(
        stems.length === 0
          ? 0
          : stems.some((a) => own.some((t) => fold(t).startsWith(fold(a))))
            ? 1
            : 0.5,
      );
    });

    const terms = [...df.keys()].sort();
    const payload: SearchIndexPayload = {
      format: INDEX_FORMAT,
      version: 2,
      builtAt: options.builtAt ?? new Date().toISOString(),
      sources: storedSources,
      // Without a list (a test's small corpus): each region the documents name, by its id.
      regions:
        options.regions ??
        [...new Set(docs.map((d) => d.region).filter((r) => r !== null))].map((id) => ({
          id,
          name: id,
        })),
      docs,
      authority,
      vocabulary: {
        terms,
        df: terms.map((t) => df.get(t) ?? 0),
        surface: terms.map((t) => mostCommon(surfaces.get(t)) ?? t),
      },
      fields: {} as SearchIndexPayload['fields'],
    };
    for (const [f, field] of FIELDS.entries()) {
      const parts: [string, unknown][] = [];
      await fieldIndexes[f]!.export((key: string, data: string) => {
        parts.push([key, JSON.parse(data) as unknown]);
      });
      payload.fields[field.name] = parts;
    }
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
      const match = this.synonyms.find(terms, i);
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
        hits: this.rank(kept, scores, [], 'updated', offset + limit)
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
      // When relevance is close, the source in charge of the area comes first, and the chosen
      // region's own texts before the rest.
      (1 + 0.1 * this.authority[id]!) *
      (boostRegion !== null && this.docs[id]!.region === boostRegion ? REGION_BOOST : 1);
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
    const ranked = this.rank(
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
      didYouMean: this.suggest(request.query, words, kept.length, typos),
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

  /**
   * The documents of one page and those before it, best first. `rankOf` (a code query) orders
   * by the diagnosis first and by relevance within it.
   */
  private rank(
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
      return topBy(
        kept,
        wanted,
        (doc) => this.facets.updatedDayOf(doc) + total[doc]! / (max + 1),
      ).map((doc) => ({ doc, score: total[doc]! }));
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
      for (const entry of top) entry.score *= this.phraseBoost(entry.doc, phrases);
    }
    return top.sort((a, b) => b.rank - a.rank || b.score - a.score || a.doc - b.doc);
  }

  /** An exact phrase weighs more than the same words scattered. */
  private phraseBoost(doc: number, phrases: string[]): number {
    const stored = this.docs[doc]!;
    const contains = (text: string) => {
      const lower = text.toLowerCase();
      return phrases.some((phrase) => lower.includes(phrase));
    };
    if (contains(stored.title)) return 1.6;
    if (stored.sections.some((s) => contains(s.heading))) return 1.4;
    if (contains(stored.summary) || contains(stored.intro)) return 1.25;
    return stored.sections.some((s) => contains(s.text)) ? 1.25 : 1;
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

  /** How many documents contain the term (any field). */
  private frequencyOfWord(word: WordPlan): number {
    let best = 0;
    for (const e of this.vocabulary.exact(word.term))
      best = Math.max(best, this.vocabulary.frequency(e.term));
    for (const e of this.vocabulary.exact(word.raw))
      best = Math.max(best, this.vocabulary.frequency(e.term));
    return best;
  }

  /**
   * "Menade du …?": when the query finds nothing or little and replacing a word by a close
   * spelling would find much more.
   */
  private suggest(
    query: string,
    words: WordPlan[],
    found: number,
    typos: Set<string>,
  ): string | null {
    if (found > 5 && typos.size === 0) return null;
    let changed = false;
    const replaced = words.map((word) => {
      const own = this.frequencyOfWord(word);
      // A word being typed that completes to something is not a misspelling.
      if (!typos.has(word.raw) && (own >= 2 || word.typing)) return word.raw;
      const near = this.vocabulary.nearSpellings(word.term, 8);
      let choice: string | null = null;
      let bestFrequency = Math.max(1, 3 * own);
      for (const candidate of near) {
        const frequency = this.vocabulary.frequency(candidate.term);
        if (frequency >= bestFrequency) {
          choice = candidate.term;
          bestFrequency = frequency + 1;
        }
      }
      if (choice === null) return word.raw;
      changed = true;
      return this.surfaceOf(choice);
    });
    if (!changed) return null;
    const suggestion = replaced.join(' ');
    return normalize(suggestion) === normalize(query.trim()) ? null : suggestion;
  }
}

// ------------------------------------------------------------------------------ helpers

function mostCommon(forms: Map<string, number> | undefined): string | undefined {
  let best: string | undefined;
  let bestCount = -1;
  for (const [form, count] of forms ?? []) {
    if (count > bestCount) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

/** flexsearch's slots for one exact term: slot 0 holds the best-placed documents. */
function postings(index: Index, term: string): (number[] | null | undefined)[] {
  const resolver = index.search(term, { resolve: false }) as unknown as {
    result?: (number[] | null | undefined)[];
  };
  return resolver.result ?? [];
}

/** The phrases whose exact occurrence earns the phrase bonus: multi-word alternatives. */
function phrasesOf(clauses: Clause[]): string[] {
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
function topBy(docs: Int32Array, k: number, key: (doc: number) => number): number[] {
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
