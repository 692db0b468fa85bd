import type { Audience, ContentType, PublisherType } from '@/lib/knowledge/vocabulary';

/** The facets, named as the schema's fields (also the CLI's and the URL's keys). */
export const FACET_KEYS = [
  'source',
  'publisherType',
  'contentType',
  'audience',
  'region',
  'icd10Chapter',
  'updated',
  'patientMaterial',
] as const;

export type FacetKey = (typeof FACET_KEYS)[number];

/** Selected values per facet: OR within a facet, AND across facets. */
export type FacetSelection = Partial<Record<FacetKey, readonly string[]>>;

export type SearchSort = 'relevance' | 'updated';

export type SearchRequest = {
  query: string;
  filters?: FacetSelection;
  sort?: SearchSort;
  offset?: number;
  limit?: number;
  /** The last word is still being typed: match it as a prefix. Default true. */
  prefix?: boolean;
  /** "Today" for the updated facet (ISO date or Date); default the current date. */
  now?: string | Date;
  /**
   * The reader's region: its own texts rank higher (REGION_BOOST) among the hits. Not a filter;
   * browsing without words (newest first) is not affected.
   */
  boostRegion?: string | null;
};

export type FacetValueCount = {
  value: string;
  label: string;
  count: number;
  selected: boolean;
};

export type FacetCounts = Record<FacetKey, FacetValueCount[]>;

export type HeadingLink = { id: string; text: string };

export type SearchHit = {
  id: string;
  title: string;
  source: { id: string; name: string };
  publisherType: PublisherType;
  contentType: ContentType;
  audience: Audience[];
  region: string | null;
  /** The region's name, from the corpus's regions. */
  regionName: string | null;
  updated: string;
  patientMaterial: boolean;
  icd10: string[];
  /** Escaped text with the matched words in <mark>: safe to render as HTML. */
  snippet: string;
  /** Sections whose heading matches the query, for links to `#id` in the article. */
  headings: HeadingLink[];
  score: number;
};

export type SearchResponse = {
  query: string;
  total: number;
  hits: SearchHit[];
  facets: FacetCounts;
  /** A close spelling that would find much more, or null. */
  didYouMean: string | null;
  /** The words that were matched, for highlighting elsewhere. */
  matchedTerms: string[];
  /**
   * The ICD-10 code the query consists of, when it does: the hits are then ordered by that
   * diagnosis (main diagnosis first, the care programme first), else null.
   */
  diagnosis: string | null;
};
