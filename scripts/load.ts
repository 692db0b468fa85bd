/**
 * One load run for the benchmarks (bench:api, bench:search): autocannon with every response's
 * time kept, so p50/p95/p99 are exact (autocannon's own summary has no p95).
 */
import autocannon, { type Options, type Result } from 'autocannon';

export type LoadFigures = { result: Result; p50: number; p95: number; p99: number };

/** The value at fraction `p` (0–1) of sorted numbers. */
export const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

export async function runLoad(options: Options): Promise<LoadFigures> {
  const latencies: number[] = [];
  const result = await new Promise<Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, ms: number) => latencies.push(ms));
  });
  latencies.sort((a, b) => a - b);
  return {
    result,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
  };
}
