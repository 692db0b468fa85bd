import type { KnowledgeDocument, KnowledgeSource } from '../../src/lib/knowledge/schema';

/** The validated corpus (approved sources and their documents only). */
export type KnowledgeCorpus = {
  sources: KnowledgeSource[];
  documents: KnowledgeDocument[];
};

/** A document without its body and history: what lists carry. */
export type DocumentSummary = Omit<KnowledgeDocument, 'body' | 'history'>;

export type CorpusIndex = { sources: KnowledgeSource[]; documents: DocumentSummary[] };

/** Where the backend reads the corpus: the built files, or a corpus a test hands it. */
export type KnowledgeStore = {
  /** The approved sources alone: small, so a text's page need not load the whole index. */
  sources: () => Promise<KnowledgeSource[]>;
  index: () => Promise<CorpusIndex>;
  document: (id: string) => Promise<KnowledgeDocument | null>;
};

export const toSummary = ({ body: _body, history: _history, ...rest }: KnowledgeDocument) => rest;

export function storeFromCorpus(corpus: KnowledgeCorpus): KnowledgeStore {
  const index = { sources: corpus.sources, documents: corpus.documents.map(toSummary) };
  return {
    sources: () => Promise.resolve(corpus.sources),
    index: () => Promise.resolve(index),
    document: (id) => Promise.resolve(corpus.documents.find((d) => d.id === id) ?? null),
  };
}
