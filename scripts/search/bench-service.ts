/**
 * The search API under load, for npm run bench:search: the search service as its own process
 * over a generated knowledge folder, on loopback, driven by autocannon with 50 concurrent
 * connections over the benchmark's queries. Start time (validating the folder and building the
 * index), the process's memory, requests per second, p50/p95/p99 and bytes per answer.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockApiService } from '../../mocks/server/service-harness';
import type { BenchQuery } from './bench-queries';
import { writeCorpusFolder } from './write-corpus';
import { runLoad } from '../load';

export type ServiceFigures = {
  docs: number;
  cache: boolean;
  startMs: number;
  rssMB: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  bytesPerAnswer: number;
  failures: number;
};

const CONNECTIONS = 50;
const DURATION_S = 15;

/** The API's parameters for a benchmark query (its filters repeated per value). */
function pathOf(query: BenchQuery): string {
  const params = new URLSearchParams({ q: query.query });
  for (const [key, values] of Object.entries(query.filters)) {
    for (const value of values ?? []) params.append(key, value);
  }
  return `/api/search/v1/search?${params}`;
}

/** `cache: false` turns the service's answer cache off: every request runs the engine. */
export async function measureService(
  count: number,
  queries: BenchQuery[],
  cache: boolean,
): Promise<ServiceFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
  try {
    writeCorpusFolder(dir, count);
    const started = performance.now();
    const service = await startMockApiService(
      {
        KNOWLEDGE_DIR: dir,
        NODE_OPTIONS: '--max-old-space-size=16384',
        SEARCH_ANSWER_CACHE: cache ? '5000' : '0',
      },
      'mocks/search/main.ts',
    );
    const startMs = performance.now() - started;
    try {
      const pid = service.pid();
      const paths = queries.map(pathOf);
      let next = 0;
      const { result, p50, p95, p99 } = await runLoad({
        url: service.origin,
        connections: CONNECTIONS,
        duration: DURATION_S,
        // As a browser asks: the answers travel gzipped.
        headers: { 'Accept-Encoding': 'gzip' },
        requests: [
          { setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) },
        ],
      });
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const rssKB = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return {
        docs: count,
        cache,
        startMs,
        rssMB: rssKB / 1024,
        requestsPerSecond: result.requests.average,
        p50,
        p95,
        p99,
        bytesPerAnswer: result.throughput.total / Math.max(1, result.requests.total),
        failures: result.non2xx + result.errors + result.timeouts,
      };
    } finally {
      await service.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
