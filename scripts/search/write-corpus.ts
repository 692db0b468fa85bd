/**
 * Writes a generated corpus as a knowledge folder (regions.json, sources.json, one NDJSON file
 * per source), the same shape an editor's folder has, so the search service can be pointed at it
 * with KNOWLEDGE_DIR. Used by the benchmarks: `tsx scripts/search/write-corpus.ts <dir> <count>`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_REGIONS, BENCH_SOURCES, generateCorpus } from './generate-corpus';

export function writeCorpusFolder(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'regions.json'), JSON.stringify(BENCH_REGIONS, null, 2));
  writeFileSync(join(dir, 'sources.json'), JSON.stringify(BENCH_SOURCES, null, 2));
  const lines = new Map<string, string[]>(BENCH_SOURCES.map((source) => [source.id, []]));
  for (const doc of generateCorpus(count)) lines.get(doc.source)!.push(JSON.stringify(doc));
  for (const [source, docs] of lines) {
    writeFileSync(join(dir, `${source}.ndjson`), docs.length > 0 ? `${docs.join('\n')}\n` : '');
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, count] = process.argv.slice(2);
  if (!dir || !count) throw new Error('Användning: write-corpus.ts <mapp> <antal dokument>');
  writeCorpusFolder(dir, Number(count));
}
