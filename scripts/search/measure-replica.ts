/**
 * npx tsx scripts/search/measure-replica.ts – figures for docs/decisions/0012, not tests. What
 * one stateless search replica costs: the index is built once per corpus version, and each
 * replica only parses and loads the prebuilt JSON when it starts. For 10,000, 20,000 and
 * 50,000 generated documents: build time, the prebuilt index's size (raw and gzip), the time
 * to load it (JSON.parse + SearchIndex.load), and the heap and RSS of a process that has just
 * loaded it and answered one query. Then the same per 10,000 documents.
 *
 * Building and loading each run in a fresh Node process (with --expose-gc, gc before each
 * reading), so the loading process holds what a replica holds and nothing from the build.
 * Environment: REPLICA_SIZES (default 10000,20000,50000).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { SearchIndex } from '../../src/features/search/engine/search-index';
import { BENCH_SOURCES, generateCorpus } from './generate-corpus';

type Built = Record<'buildMs' | 'buildCpuMs' | 'rawBytes' | 'gzipBytes', number>;
type Loaded = Record<'parseMs' | 'loadMs' | 'loadCpuMs' | 'baseHeap' | 'heap' | 'rss', number>;
type Row = { docs: number } & Built & Loaded;

/** The columns of the tables: name, value (seconds, MB), decimals. */
const COLUMNS: [string, (r: Row) => number, number][] = [
  ['bygga (s)', (r) => r.buildMs / 1000, 2],
  ['bygga, CPU (s)', (r) => r.buildCpuMs / 1000, 2],
  ['rått (MB)', (r) => r.rawBytes / 1e6, 1],
  ['gzip (MB)', (r) => r.gzipBytes / 1e6, 1],
  ['JSON.parse (s)', (r) => r.parseMs / 1000, 3],
  ['ladda (s)', (r) => r.loadMs / 1000, 3],
  ['ladda, CPU (s)', (r) => r.loadCpuMs / 1000, 3],
  ['heap för index (MB)', (r) => (r.heap - r.baseHeap) / 1e6, 0],
  ['heap (MB)', (r) => r.heap / 1e6, 0],
  ['RSS (MB)', (r) => r.rss / 1e6, 0],
];

const gc = () => (globalThis as { gc?: () => void }).gc?.();
/** CPU time since `since`: wall time misleads on a machine that is busy with other work. */
const cpuMs = (since: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
};

async function build(size: number, file: string): Promise<Built> {
  const docs = generateCorpus(size);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const index = await SearchIndex.build(docs, BENCH_SOURCES);
  const buildMs = performance.now() - started;
  const buildCpuMs = cpuMs(cpu);
  const json = JSON.stringify(index.toJSON());
  writeFileSync(file, json);
  return { buildMs, buildCpuMs, rawBytes: statSync(file).size, gzipBytes: gzipSync(json).length };
}

/** What a replica does at start. The index stays referenced until the heap is read. */
function load(file: string): Loaded {
  gc();
  const baseHeap = process.memoryUsage().heapUsed;
  let text: string | null = readFileSync(file, 'utf8');
  const cpu = process.cpuUsage();
  const started = performance.now();
  const payload = JSON.parse(text) as Parameters<typeof SearchIndex.load>[0];
  const parseMs = performance.now() - started;
  text = null;
  const index = SearchIndex.load(payload);
  const loadMs = performance.now() - started;
  const loadCpuMs = cpuMs(cpu);
  index.search({ query: 'trycksår', limit: 20, now: '2026-06-01' });
  gc();
  const { heapUsed, rss } = process.memoryUsage();
  if (index.size === 0) throw new Error('Indexet laddades tomt.');
  return { parseMs, loadMs, loadCpuMs, baseHeap, heap: heapUsed, rss };
}

const NODE_FLAGS = ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx'];

function child(args: string[]): unknown {
  const result = spawnSync(
    process.execPath,
    [...NODE_FLAGS, fileURLToPath(import.meta.url), ...args],
    { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (result.status !== 0) throw new Error(`Barnprocessen ${args.join(' ')} misslyckades.`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = (name: string) => args[args.indexOf(name) + 1]!;
  if (args.includes('--phase')) {
    const figures =
      at('--phase') === 'build'
        ? await build(Number(at('--size')), at('--file'))
        : load(at('--file'));
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    return;
  }
  const sizes = (process.env.REPLICA_SIZES ?? '10000,20000,50000').split(',').map(Number);
  const dir = mkdtempSync(join(tmpdir(), 'measure-replica-'));
  const rows: Row[] = [];
  try {
    for (const size of sizes) {
      const file = join(dir, `index-${size}.json`);
      console.info(`… ${size} dokument: bygger`);
      const built = child(['--size', String(size), '--phase', 'build', '--file', file]) as Built;
      console.info(`… ${size} dokument: laddar`);
      const loaded = child(['--phase', 'load', '--file', file]) as Loaded;
      rows.push({ docs: size, ...built, ...loaded });
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // Per 10,000 documents: the average at each size, and the slope from the smallest size to
  // the largest (what 10,000 more documents add, without the process's fixed part).
  const perDoc = (r: Row) => 1e4 / r.docs;
  const [first, last] = [rows[0]!, rows.at(-1)!];
  const slope = (f: (r: Row) => number) => ((f(last) - f(first)) / (last.docs - first.docs)) * 1e4;
  const table = (scale: (r: Row) => number) =>
    rows.map((r) =>
      Object.fromEntries([
        ['dokument', r.docs],
        ...COLUMNS.map(([name, f, digits]) => [name, Number((f(r) * scale(r)).toFixed(digits))]),
      ]),
    );
  console.info(
    '\nEn replik: bygga en gång, ladda vid start (ladda = JSON.parse + SearchIndex.load).',
  );
  // eslint-disable-next-line no-console -- a benchmark prints its table
  console.table(table(() => 1));
  console.info('\nPer 10 000 dokument (genomsnitt vid varje storlek):');
  // eslint-disable-next-line no-console -- a benchmark prints its table
  console.table(table(perDoc));
  if (last.docs > first.docs) {
    console.info(`\nPer 10 000 dokument till (lutningen ${first.docs} → ${last.docs}):`);
    // eslint-disable-next-line no-console -- a benchmark prints its table
    console.table([
      Object.fromEntries(
        COLUMNS.map(([name, f, digits]) => [name, Number(slope(f).toFixed(digits))]),
      ),
    ]);
  }
}

await main();
