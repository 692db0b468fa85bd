/**
 * npm run bench:search – figures, not tests. For our engine, MiniSearch and Orama, on the same
 * generated corpus and the same queries: index build time, serialized index size (raw and
 * gzip), load time of the prebuilt index, heap used by the loaded index, and query latency
 * p50/p95/p99 including facet counts and the top-20 snippets. Then a relevance table (recall@10
 * and MRR) on the sample corpus with the labelled query set.
 *
 * Each engine runs in its own Node process so heap figures do not mix. Then the same engine as
 * the search API (scripts/search/bench-service.ts): the mock-API service over a generated folder
 * of 50,000 and 200,000 documents, under load from 50 concurrent connections.
 * Environment: BENCH_DOCS (default 50000), BENCH_ENGINES (default ours,minisearch,orama),
 * BENCH_SERVICE_DOCS (default 50000,200000; empty skips the service).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { create, insertMultiple, load, save, search as oramaSearch } from '@orama/orama';
import MiniSearch from 'minisearch';
import type { SearchResult } from 'minisearch';
import { FacetColumns, dayNumber } from '../../src/features/search/engine/facets';
import { icd10Chapter } from '../../src/features/search/engine/icd10';
import { parseBody } from '../../src/features/search/engine/html';
import { SearchIndex } from '../../src/features/search/engine/search-index';
import { TermMatcher, makeSnippet } from '../../src/features/search/engine/snippet';
import { analyze, termsOfToken } from '../../src/features/search/engine/text';
import type { FacetSelection } from '../../src/features/search/engine/types';
import type { KnowledgeDocument, KnowledgeSource } from '../../src/lib/knowledge/schema';
import { validateCorpus } from '../knowledge/validate-corpus';
import { benchQueries } from './bench-queries';
import type { BenchQuery } from './bench-queries';
import { BENCH_REGIONS, BENCH_SOURCES, generateCorpus } from './generate-corpus';
import { measureService, type ServiceFigures } from './bench-service';
import { RELEVANCE_QUERIES } from './relevance-queries';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const NOW = '2026-06-01';
const ENGINES = ['ours', 'minisearch', 'orama'] as const;
type EngineName = (typeof ENGINES)[number];

// ------------------------------------------------------------------------------ adapters

type Adapter = {
  build(docs: KnowledgeDocument[], sources: KnowledgeSource[]): Promise<void>;
  /** The prebuilt index as JSON, in parts when one string would exceed V8's length limit. */
  serialize(): string[];
  load(parts: string[]): Promise<void>;
  /** Top ids; the call includes facet counts and top-20 snippets. */
  search(q: BenchQuery, limit?: number): Promise<string[]>;
};

function ours(): Adapter {
  let index: SearchIndex | null = null;
  return {
    async build(docs, sources) {
      index = await SearchIndex.build(docs, sources);
    },
    serialize: () => [JSON.stringify(index!.toJSON())],
    async load([raw]) {
      index = SearchIndex.load(JSON.parse(raw!));
    },
    async search(q, limit = 20) {
      return index!
        .search({ query: q.query, filters: q.filters, limit, now: NOW })
        .hits.map((h) => h.id);
    },
  };
}

/** What the two alternatives index: the same fields as ours, text without HTML. */
type FlatDoc = {
  id: string;
  title: string;
  keywords: string;
  headings: string;
  summary: string;
  body: string;
  source: string;
  publisherType: string;
  contentType: string;
  audience: string[];
  region: string;
  icd10: string[];
  chapters: string[];
  updated: string;
  patientMaterial: boolean;
};

function flatten(docs: KnowledgeDocument[], sources: KnowledgeSource[]): FlatDoc[] {
  const approved = new Map(sources.filter((s) => s.approved).map((s) => [s.id, s]));
  return docs
    .filter((d) => approved.has(d.source))
    .map((d) => {
      const body = parseBody(d.body);
      return {
        id: d.id,
        title: d.title,
        keywords: [...d.keywords, ...d.icd10].join(' '),
        headings: body.sections.map((s) => s.heading).join(' '),
        summary: d.summary,
        body: [body.intro, ...body.sections.map((s) => s.text)].join(' '),
        source: d.source,
        publisherType: approved.get(d.source)!.publisherType,
        contentType: d.contentType,
        audience: d.audience,
        region: d.region ?? 'nationell',
        icd10: d.icd10,
        chapters: d.icd10.map((c) => icd10Chapter(c) ?? ''),
        updated: d.updated,
        patientMaterial: d.patientMaterial,
      };
    });
}

const BOOST = { title: 10, keywords: 7, headings: 5, summary: 3, body: 1 };
const TEXT_FIELDS = ['title', 'keywords', 'headings', 'summary', 'body'] as const;

function snippetsFor(texts: string[], words: string[]): void {
  const matcher = new TermMatcher(new Set(words.flatMap((w) => termsOfToken(w))));
  for (const text of texts) makeSnippet(text, matcher);
}

function sourcesOf(flat: FlatDoc[]) {
  return [...new Set(flat.map((d) => d.source))].map((id) => ({ id, name: id }));
}

function facetDocsOf(flat: FlatDoc[]) {
  return flat.map((d) => ({
    ...d,
    region: d.region === 'nationell' ? null : d.region,
  }));
}

function minisearch(): Adapter {
  const options = {
    idField: 'id',
    fields: [...TEXT_FIELDS],
    storeFields: ['title', 'body'],
    searchOptions: { boost: BOOST, combineWith: 'AND' as const },
  };
  let ms: MiniSearch<FlatDoc> | null = null;
  let meta: FlatDoc[] = [];
  let facets: FacetColumns | null = null;
  let position = new Map<string, number>();
  const prepare = (docs: FlatDoc[]) => {
    meta = docs;
    position = new Map(docs.map((d, i) => [d.id, i]));
    facets = new FacetColumns(facetDocsOf(docs), sourcesOf(docs), BENCH_REGIONS);
  };
  return {
    async build(docs, sources) {
      const flat = flatten(docs, sources);
      ms = new MiniSearch<FlatDoc>(options);
      ms.addAll(flat);
      prepare(flat);
    },
    // Facet fields are not searchable in MiniSearch: they ship next to its index.
    serialize: () => [
      JSON.stringify({
        index: ms!.toJSON(),
        meta: meta.map(({ body: _body, title: _title, ...rest }) => rest),
      }),
    ],
    async load([raw]) {
      const parsed = JSON.parse(raw!) as { index: unknown; meta: FlatDoc[] };
      ms = MiniSearch.loadJS(parsed.index as never, options);
      prepare(parsed.meta);
    },
    async search(q, limit = 20) {
      const results: SearchResult[] = ms!.search(q.query, {
        prefix: (_t, i, terms) => i === terms.length - 1,
        fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      });
      const matches = Int32Array.from(results, (r) => position.get(r.id as string)!);
      const { kept } = facets!.apply(matches, q.filters, dayNumber(NOW));
      const keep = new Set(kept);
      const top = results.filter((r) => keep.has(position.get(r.id as string)!)).slice(0, limit);
      snippetsFor(
        top.map((r) => r.body as string),
        top.flatMap((r) => r.terms),
      );
      return top.map((r) => r.id as string);
    },
  };
}

const ORAMA_SCHEMA = {
  id: 'string',
  title: 'string',
  keywords: 'string',
  headings: 'string',
  summary: 'string',
  body: 'string',
  source: 'enum',
  publisherType: 'enum',
  contentType: 'enum',
  audience: 'enum[]',
  region: 'enum',
  chapters: 'enum[]',
  updatedDay: 'number',
  patientMaterial: 'boolean',
} as const;

function orama(): Adapter {
  const make = () => create({ schema: ORAMA_SCHEMA, language: 'swedish' });
  let db: ReturnType<typeof make> | null = null;
  const today = dayNumber(NOW);
  const monthAgo = today - 30;
  const yearAgo = today - 365;
  const facetParams = {
    source: {},
    publisherType: {},
    contentType: {},
    audience: {},
    region: {},
    chapters: {},
    patientMaterial: { true: true, false: true },
    updatedDay: {
      ranges: [
        { from: monthAgo, to: today + 1 },
        { from: yearAgo, to: today + 1 },
        { from: 0, to: yearAgo - 1 },
      ],
    },
  };
  type Where = Record<string, unknown>;
  const whereOf = (filters: FacetSelection, skip?: string): Where => {
    const where: Where = {};
    for (const [key, values] of Object.entries(filters)) {
      if (!values || values.length === 0 || key === skip) continue;
      if (key === 'audience') where.audience = { containsAny: values };
      else if (key === 'icd10Chapter') where.chapters = { containsAny: values };
      else if (key === 'patientMaterial') where.patientMaterial = values.includes('true');
      else if (key === 'updated') {
        const from = values.includes('older') ? 0 : values.includes('year') ? yearAgo : monthAgo;
        where.updatedDay = { gte: from };
      } else where[key] = { in: values };
    }
    return where;
  };
  return {
    async build(docs, sources) {
      db = make();
      const flat = flatten(docs, sources).map((d) => ({
        ...d,
        icd10: undefined,
        updated: undefined,
        updatedDay: dayNumber(d.updated),
      }));
      await insertMultiple(db, flat as never, 1000);
    },
    // At 50,000 documents Orama's saved state is longer than one JS string can be: one part
    // per top-level key.
    serialize: () => Object.entries(save(db!)).map((entry) => JSON.stringify(entry)),
    async load(parts) {
      db = make();
      load(
        db,
        Object.fromEntries(parts.map((part) => JSON.parse(part) as [string, unknown])) as never,
      );
    },
    async search(q, limit = 20) {
      const params = {
        term: q.query,
        properties: [...TEXT_FIELDS],
        boost: BOOST,
        tolerance: q.query.length >= 5 ? 1 : 0,
        limit,
      };
      const result = await oramaSearch(db!, {
        ...params,
        where: whereOf(q.filters) as never,
        facets: facetParams as never,
      });
      // Orama counts facets within the filtered result: a disjunctive count needs one more
      // search per filtered facet, with that facet's own filter removed.
      for (const key of Object.keys(q.filters)) {
        await oramaSearch(db!, {
          ...params,
          limit: 0,
          where: whereOf(q.filters, key) as never,
          facets: facetParams as never,
        });
      }
      const hits = result.hits;
      snippetsFor(
        hits.map((h) => (h.document as { body: string }).body),
        analyze(q.query),
      );
      return hits.map((h) => (h.document as { id: string }).id);
    },
  };
}

const ADAPTERS: Record<EngineName, () => Adapter> = { ours, minisearch, orama };

// ------------------------------------------------------------------------------ measuring

type PerfFigures = {
  engine: EngineName;
  docs: number;
  buildMs: number;
  rawBytes: number;
  gzipBytes: number;
  loadMs: number;
  heapMB: number;
  p50: number;
  p95: number;
  p99: number;
  queries: number;
  rounds: number;
};

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** Runs in a child process: one engine, the whole lifecycle. */
async function measure(engine: EngineName, count: number, dir: string): Promise<PerfFigures> {
  let adapter: Adapter | null = ADAPTERS[engine]();
  let docs: KnowledgeDocument[] | null = generateCorpus(count);
  let started = performance.now();
  await adapter.build(docs, BENCH_SOURCES);
  const buildMs = performance.now() - started;
  let parts: string[] | null = adapter.serialize();
  const files = parts.map((_, i) => join(dir, `${engine}.${i}.json`));
  let rawBytes = 0;
  let gzipBytes = 0;
  parts.forEach((part, i) => {
    writeFileSync(files[i]!, part);
    rawBytes += Buffer.byteLength(part);
    gzipBytes += gzipSync(part, { level: 6 }).length;
  });
  parts = null;
  docs = null;
  adapter = null;
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const loaded = ADAPTERS[engine]();
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  started = performance.now();
  await loaded.load(texts);
  const loadMs = performance.now() - started;
  gc();
  const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 1e6;

  const queries = benchQueries();
  const timed = async () => {
    const round: number[] = [];
    for (const q of queries) {
      const t = performance.now();
      await loaded.search(q);
      round.push(performance.now() - t);
    }
    return round;
  };
  // The first round warms up; an engine that needs more than 20 s for it is measured on that
  // round alone, so the whole benchmark stays within minutes.
  const warmUp = await timed();
  const warmUpMs = warmUp.reduce((a, b) => a + b, 0);
  const times: number[] = [];
  const rounds = warmUpMs > 20_000 ? 0 : 3;
  for (let round = 0; round < rounds; round++) times.push(...(await timed()));
  if (rounds === 0) times.push(...warmUp);
  console.error(
    `  ${engine}: bygge ${(buildMs / 1000).toFixed(1)} s, laddning ${(loadMs / 1000).toFixed(1)} s, ` +
      `${rounds === 0 ? 'ett varv (uppvärmningen)' : `${rounds} varv`} frågor`,
  );
  times.sort((a, b) => a - b);
  return {
    engine,
    docs: count,
    buildMs,
    rawBytes,
    gzipBytes,
    loadMs,
    heapMB,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    queries: times.length,
    rounds: Math.max(1, rounds),
  };
}

type Relevance = { engine: EngineName; recall: number; mrr: number; perKind: Map<string, number> };

async function relevance(engine: EngineName): Promise<Relevance> {
  const { corpus, problems } = validateCorpus(join(root, 'mocks', 'data', 'knowledge'), { root });
  if (problems.length > 0) throw new Error(`Exempelkorpusen har fel:\n${problems.join('\n')}`);
  const ids = new Set(corpus.documents.map((d) => d.id));
  const adapter = ADAPTERS[engine]();
  await adapter.build(corpus.documents, corpus.sources);
  let recallSum = 0;
  let mrrSum = 0;
  const perKind = new Map<string, number>();
  for (const labelled of RELEVANCE_QUERIES) {
    const relevant = labelled.relevant.filter((id) => ids.has(id));
    if (relevant.length === 0) continue;
    // The whole query is typed: no prefix on the last word for any engine.
    const top = await adapter.search({ query: `${labelled.query} `, kind: '', filters: {} }, 10);
    const found = relevant.filter((id) => top.includes(id)).length;
    const recall = found / Math.min(10, relevant.length);
    const first = top.findIndex((id) => relevant.includes(id));
    recallSum += recall;
    mrrSum += first < 0 ? 0 : 1 / (first + 1);
    perKind.set(labelled.kind, (perKind.get(labelled.kind) ?? 0) + recall);
  }
  const n = RELEVANCE_QUERIES.length;
  return { engine, recall: recallSum / n, mrr: mrrSum / n, perKind };
}

// ------------------------------------------------------------------------------ main

const fmt = (value: number, digits = 1) => value.toFixed(digits);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const child = args.indexOf('--child');
  if (child >= 0) {
    const [engine, count, dir] = args.slice(child + 1);
    const figures = await measure(engine as EngineName, Number(count), dir!);
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    return;
  }
  const count = Number(process.env.BENCH_DOCS ?? 50000);
  const engines = (process.env.BENCH_ENGINES?.split(',') ?? [...ENGINES]) as EngineName[];
  const dir = mkdtempSync(join(tmpdir(), 'bench-search-'));
  const rows: PerfFigures[] = [];
  const failed: string[] = [];
  try {
    for (const engine of engines) {
      console.info(`… ${engine}: ${count} dokument`);
      const started = performance.now();
      let out: string;
      try {
        out = execFileSync(
          process.execPath,
          [
            '--expose-gc',
            '--max-old-space-size=6144',
            '--import',
            'tsx',
            fileURLToPath(import.meta.url),
            '--child',
            engine,
            String(count),
            dir,
          ],
          { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] },
        );
      } catch {
        failed.push(engine);
        continue;
      }
      rows.push(JSON.parse(out.trim().split('\n').at(-1)!) as PerfFigures);
      console.info(`  klar på ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const queries = benchQueries();
  console.info(
    `\nPrestanda: ${count} genererade dokument (~300 ord), ${queries.length} frågor × 3 varv efter ett uppvärmningsvarv ` +
      `(ett ord, två ord, förkortningar, stavfel, prefix; hälften med filter). ` +
      `Latens inklusive facettantal och snippets för topp 20.\n`,
  );
  console.info(
    '| Motor | Bygga index | Index (rått) | Index (gzip) | Ladda | Heap | p50 | p95 | p99 |',
  );
  console.info('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.info(
      `| ${r.engine} | ${fmt(r.buildMs / 1000)} s | ${mb(r.rawBytes)} | ${mb(r.gzipBytes)} | ` +
        `${fmt(r.loadMs / 1000, 2)} s | ${fmt(r.heapMB, 0)} MB | ${fmt(r.p50, 2)} ms | ` +
        `${fmt(r.p95, 2)} ms | ${fmt(r.p99, 2)} ms |${r.rounds === 1 ? ' ¹' : ''}`,
    );
  }
  for (const engine of failed) console.info(`| ${engine} | misslyckades (se felet ovan) |`);
  if (rows.some((r) => r.rounds === 1)) {
    console.info(
      '\n¹ Över 20 s per frågevarv: mätt på ett varv (uppvärmningen) i stället för tre.',
    );
  }
  const serviceSizes = (process.env.BENCH_SERVICE_DOCS ?? '50000,200000')
    .split(',')
    .filter(Boolean)
    .map(Number);
  const serviceRows: ServiceFigures[] = [];
  for (const size of serviceSizes) {
    for (const cache of [false, true]) {
      console.info(
        `… söktjänsten över HTTP: ${size} dokument, ${cache ? 'med' : 'utan'} svarscache`,
      );
      serviceRows.push(await measureService(size, queries, cache));
    }
  }
  if (serviceRows.length > 0) {
    const inProcess = rows.find((r) => r.engine === 'ours');
    console.info(
      `\nSöktjänsten över HTTP (egen process, loopback, gzip): 50 samtidiga anslutningar i 15 s ` +
        `över samma frågor. Start = validera mappen och bygga indexet. Bredvid: vår motor i processen ovan` +
        (inProcess
          ? ` (${inProcess.docs} dokument: p95 ${fmt(inProcess.p95, 2)} ms, en fråga i taget).`
          : '.') +
        '\n',
    );
    console.info(
      '| Dokument | Svarscache | Start | Minne (RSS) | req/s | p50 | p95 | p99 | KB/svar | Fel |',
    );
    console.info('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of serviceRows) {
      console.info(
        `| ${r.docs} | ${r.cache ? 'på' : 'av'} | ${fmt(r.startMs / 1000)} s | ${fmt(r.rssMB, 0)} MB | ${fmt(r.requestsPerSecond, 0)} | ` +
          `${fmt(r.p50)} ms | ${fmt(r.p95)} ms | ${fmt(r.p99)} ms | ${fmt(r.bytesPerAnswer / 1024)} | ${r.failures} |`,
      );
    }
  }
  const relevanceRows: Relevance[] = [];
  for (const engine of engines) relevanceRows.push(await relevance(engine));
  const kinds = [...new Set(RELEVANCE_QUERIES.map((q) => q.kind))];
  console.info(
    `\nRelevans på exempelkorpusen: ${RELEVANCE_QUERIES.length} märkta frågor ` +
      `(scripts/search/relevance-queries.ts).\n`,
  );
  console.info(`| Motor | recall@10 | MRR | ${kinds.join(' | ')} |`);
  console.info(`| --- | ---: | ---: | ${kinds.map(() => '---:').join(' | ')} |`);
  for (const r of relevanceRows) {
    const byKind = kinds.map((kind) => {
      const n = RELEVANCE_QUERIES.filter((q) => q.kind === kind).length;
      return fmt((r.perKind.get(kind) ?? 0) / n, 2);
    });
    console.info(
      `| ${r.engine} | ${fmt(r.recall, 3)} | ${fmt(r.mrr, 3)} | ${byKind.join(' | ')} |`,
    );
  }
}

await main();
