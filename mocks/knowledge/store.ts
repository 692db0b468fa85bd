import type {
  KnowledgeCorpus,
  KnowledgeDocument,
  KnowledgeRegion,
  KnowledgeSource,
} from '../../src/lib/knowledge/schema';

export type { KnowledgeCorpus };

/** A document without its body and history: what lists carry. */
export type DocumentSummary = Omit<KnowledgeDocument, 'body' | 'history'>;

export type CorpusIndex = { sources: KnowledgeSource[]; documents: DocumentSummary[] };

/** Where the backend reads the corpus: the built files, or a corpus a test hands it. */
export type KnowledgeStore = {
  /** The approved sources alone: small, so a text's page need not load the whole index. */
  sources: () => Promise<KnowledgeSource[]>;
  /** The corpus's regions (regions.json): the picker, the additions and the facet follow them. */
  regions: () => Promise<KnowledgeRegion[]>;
  index: () => Promise<CorpusIndex>;
  document: (id: string) => Promise<KnowledgeDocument | null>;
};

export const toSummary = ({ body: _body, history: _history, ...rest }: KnowledgeDocument) => rest;

export function storeFromCorpus(corpus: KnowledgeCorpus): KnowledgeStore {
  const index = { sources: corpus.sources, documents: corpus.documents.map(toSummary) };
  const byId = new Map(corpus.documents.map((doc) => [doc.id, doc]));
  return {
    sources: () => Promise.resolve(corpus.sources),
    regions: () => Promise.resolve(corpus.regions),
    index: () => Promise.resolve(index),
    document: (id) => Promise.resolve(byId.get(id) ?? null),
  };
}
