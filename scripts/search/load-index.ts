/**
 * Builds the search index from a knowledge folder (sources.json + <source>.ndjson), validated
 * by the knowledge build's own validator: one loader, one set of rules, approved sources only.
 */
import { SearchIndex } from '../../src/features/search/engine/search-index';
import { validateCorpus } from '../knowledge/validate-corpus';

export class CorpusError extends Error {
  constructor(readonly problems: string[]) {
    super(`Kunskapsmappen har ${problems.length} fel:\n${problems.join('\n')}`);
    this.name = 'CorpusError';
  }
}

export async function indexFolder(dir: string): Promise<SearchIndex> {
  const { corpus, problems } = validateCorpus(dir);
  if (problems.length > 0) throw new CorpusError(problems);
  return SearchIndex.build(corpus.documents, corpus.sources);
}
