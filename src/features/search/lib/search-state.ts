import { paths, type SearchHrefParams } from '@/config/paths';
import { containsIdentityNumber } from '@/lib/identity-number-like';
import {
  FACET_KEYS,
  type FacetKey,
  type FacetSelection,
  type SearchRequest,
  type SearchSort,
} from '../engine/types';

/** Everything the search page shows, as it stands in the URL. */
export type SearchState = {
  q: string;
  filters: FacetSelection;
  sort: SearchSort;
  /** 1 and up; page n shows the first n × PAGE_SIZE hits ("Visa fler"). */
  page: number;
};

export const PAGE_SIZE = 20;

/** The facets' Swedish URL parameters. */
export const FACET_PARAMS = {
  source: 'kalla',
  publisherType: 'avsandartyp',
  contentType: 'innehall',
  audience: 'malgrupp',
  region: 'region',
  icd10Chapter: 'diagnos',
  updated: 'uppdaterad',
  patientMaterial: 'patientmaterial',
} as const satisfies Record<FacetKey, keyof SearchHrefParams>;

const SORT_PARAM: Record<SearchSort, string | undefined> = {
  relevance: undefined,
  updated: 'senast',
};

export const EMPTY_STATE: SearchState = { q: '', filters: {}, sort: 'relevance', page: 1 };

export function parseSearchState(params: URLSearchParams): SearchState {
  const filters: FacetSelection = {};
  for (const key of FACET_KEYS) {
    const values = [...new Set(params.getAll(FACET_PARAMS[key]).filter(Boolean))];
    if (values.length > 0) filters[key] = values;
  }
  const page = Number.parseInt(params.get('sida') ?? '', 10);
  return {
    q: params.get('q') ?? '',
    filters,
    sort: params.get('sortering') === SORT_PARAM.updated ? 'updated' : 'relevance',
    page: Number.isFinite(page) && page > 1 ? Math.min(page, 50) : 1,
  };
}

/**
 * What the search API is asked for a state of the page, with the reader's region lifting its
 * own texts: the same for the page and its route's loader, so they share one answer. Null when
 * the words look like an identity number: those are never sent.
 */
export function searchRequestOf(state: SearchState, regionId: string | null): SearchRequest | null {
  if (containsIdentityNumber(state.q)) return null;
  return {
    query: state.q,
    filters: state.filters,
    sort: state.sort,
    offset: 0,
    limit: state.page * PAGE_SIZE,
    ...(regionId ? { boostRegion: regionId } : {}),
  };
}

export function searchHref(state: SearchState): string {
  const params: SearchHrefParams = { q: state.q.trim() ? state.q : undefined };
  for (const key of FACET_KEYS) params[FACET_PARAMS[key]] = state.filters[key];
  params.sortering = SORT_PARAM[state.sort];
  params.sida = state.page > 1 ? String(state.page) : undefined;
  return paths.search.getHref(params);
}

export const activeFilterCount = (filters: FacetSelection) =>
  FACET_KEYS.reduce((sum, key) => sum + (filters[key]?.length ?? 0), 0);

/** Adds or removes one value of one facet. */
export function toggleFilter(
  filters: FacetSelection,
  key: FacetKey,
  value: string,
): FacetSelection {
  const current = filters[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const result: FacetSelection = { ...filters, [key]: next };
  if (next.length === 0) delete result[key];
  return result;
}
