export { SearchIndex } from './search-index';
export { FIELDS, INDEX_FORMAT } from './index-payload';
export type { SearchIndexPayload, StoredDoc, StoredSource } from './index-payload';
export { FACET_LABELS, UPDATED_LABELS, UPDATED_VALUES, NATIONAL } from './facets';
export { ICD10_CHAPTERS, icd10Chapter } from './icd10';
export { escapeHtml } from './snippet';
export { FACET_KEYS } from './types';
export type {
  FacetCounts,
  FacetKey,
  FacetSelection,
  FacetValueCount,
  HeadingLink,
  SearchHit,
  SearchRequest,
  SearchResponse,
  SearchSort,
} from './types';
