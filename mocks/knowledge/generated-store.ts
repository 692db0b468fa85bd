import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { KnowledgeDocument, KnowledgeSource } from '../../src/lib/knowledge/schema';
import type { CorpusIndex, KnowledgeStore } from './store';

/**
 * The built corpus (npm run knowledge:build writes it; git-ignored), read from disk when first
 * asked for. Paths are from the project root: the mock-API service, Vitest and the build's
 * prerender all run there. A missing build gives a clear message rather than a crash.
 */
const GENERATED = resolve('mocks/knowledge/generated');

async function readJson<T>(file: string): Promise<T> {
  try {
    return JSON.parse(await readFile(join(GENERATED, file), 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('Kunskapskorpusen är inte byggd. Kör npm run knowledge:build.');
    }
    throw error;
  }
}

let sourcesLoading: Promise<KnowledgeSource[]> | null = null;
let indexLoading: Promise<CorpusIndex> | null = null;
const SAFE_ID = /^[a-z0-9-]{1,120}$/;

export const generatedStore: KnowledgeStore = {
  sources: () => (sourcesLoading ??= readJson<KnowledgeSource[]>('sources.json')),
  index: () => (indexLoading ??= readJson<CorpusIndex>('index.json')),
  async document(id) {
    // The id comes from an address: never let it leave the documents folder.
    if (!SAFE_ID.test(id)) return null;
    try {
      return await readJson<KnowledgeDocument>(`documents/${id}.json`);
    } catch {
      return null;
    }
  },
};
