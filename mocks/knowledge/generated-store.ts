import type { KnowledgeDocument, KnowledgeSource } from '../../src/lib/knowledge/schema';
import type { CorpusIndex, KnowledgeStore } from './store';

// Globs, not imports: the files are generated (npm run knowledge:build) and git-ignored, and a
// missing build must give a clear message rather than a type error. Vite makes each file its
// own chunk, so a page loads the index and the texts it shows – never the whole corpus.
const sourcesFile = import.meta.glob<KnowledgeSource[]>('./generated/sources.json', {
  import: 'default',
});
const indexFile = import.meta.glob<CorpusIndex>('./generated/index.json', { import: 'default' });
const documentFiles = import.meta.glob<KnowledgeDocument>('./generated/documents/*.json', {
  import: 'default',
});

const notBuilt = () =>
  Promise.reject(new Error('Kunskapskorpusen är inte byggd. Kör npm run knowledge:build.'));

let sourcesLoading: Promise<KnowledgeSource[]> | null = null;
let indexLoading: Promise<CorpusIndex> | null = null;

export const generatedStore: KnowledgeStore = {
  sources() {
    const load = sourcesFile['./generated/sources.json'];
    if (!load) return notBuilt();
    sourcesLoading ??= load();
    return sourcesLoading;
  },
  index() {
    const load = indexFile['./generated/index.json'];
    if (!load) return notBuilt();
    indexLoading ??= load();
    return indexLoading;
  },
  async document(id) {
    const load = documentFiles[`./generated/documents/${id}.json`];
    return load ? load() : null;
  },
};
