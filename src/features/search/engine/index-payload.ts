import { Encoder, Index } from 'flexsearch';
import type { KnowledgeDocument } from '@/lib/knowledge/schema';
import type { PublisherType } from '@/lib/knowledge/vocabulary';
import type { Section } from './html';

/**
 * What a built index is made of, shared by the build (build-index.ts, at build time) and the
 * index that answers queries (search-index.ts): the fields, the stored documents and the
 * payload that ships as a static asset.
 */

/** Fields and their weights: title and headings weigh more than the body. */
export const FIELDS = [
  { name: 'title', weight: 10, resolution: 3 },
  { name: 'keywords', weight: 7, resolution: 3 },
  { name: 'headings', weight: 5, resolution: 5 },
  { name: 'summary', weight: 3, resolution: 5 },
  { name: 'body', weight: 1, resolution: 9 },
] as const;

export type FieldName = (typeof FIELDS)[number]['name'];

export type StoredSource = {
  id: string;
  name: string;
  publisherType: PublisherType;
  authority: string[];
};

export type StoredRegion = { id: string; name: string };

export type StoredDoc = {
  id: string;
  title: string;
  summary: string;
  source: string;
  publisherType: PublisherType;
  contentType: KnowledgeDocument['contentType'];
  audience: KnowledgeDocument['audience'];
  region: string | null;
  updated: string;
  patientMaterial: boolean;
  icd10: string[];
  keywords: string[];
  intro: string;
  sections: Section[];
};

export type SearchIndexPayload = {
  format: 'vardpersonal-search-index';
  version: 2;
  builtAt: string;
  sources: StoredSource[];
  /** The corpus's regions (its regions.json): the region facet's values and names. */
  regions: StoredRegion[];
  docs: StoredDoc[];
  /** 0 no authority, 0.5 the source leads some area, 1 it leads this document's area. */
  authority: number[];
  vocabulary: { terms: string[]; df: number[]; surface: string[] };
  /** flexsearch's own export, per field: [key, data] pairs for `Index.import`. */
  fields: Record<FieldName, [string, unknown][]>;
};

export const INDEX_FORMAT = 'vardpersonal-search-index';

export function createFieldIndex(resolution: number): Index {
  // Our terms are already normalised, stemmed and filtered: flexsearch must not fold
  // diacritics, dedupe letters or split numbers, only split on the spaces we put in.
  const encoder = new Encoder({
    normalize: false,
    dedupe: false,
    numeric: false,
    split: ' ',
    cache: false,
  });
  return new Index({ tokenize: 'strict', resolution, encoder });
}
