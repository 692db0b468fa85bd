/**
 * npm run search:index – builds the prebuilt search index from mocks/data/knowledge and writes
 * it as a static asset (public/search-index.json, git-ignored) for the search worker to load.
 * Runs before `npm run dev` and `npm run build`; run it by hand after editing the corpus.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CorpusError, indexFolder } from './load-index';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpusDir = join(root, 'mocks', 'data', 'knowledge');
export const SEARCH_INDEX_FILE = join(root, 'public', 'search-index.json');

try {
  const started = performance.now();
  const index = await indexFolder(corpusDir);
  const json = JSON.stringify(index.toJSON());
  mkdirSync(dirname(SEARCH_INDEX_FILE), { recursive: true });
  writeFileSync(SEARCH_INDEX_FILE, json);
  console.info(
    `Sökindex: ${index.size} dokument från ${index.sources.length} godkända källor, ` +
      `${index.vocabulary.size} termer, ${(json.length / 1024).toFixed(0)} kB ` +
      `på ${(performance.now() - started).toFixed(0)} ms → public/search-index.json`,
  );
} catch (error) {
  console.error(error instanceof CorpusError ? error.message : error);
  process.exit(1);
}
