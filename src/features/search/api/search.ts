import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
// zod/mini: the search page's own code stays small (docs/decisions/0013-search-service.md).
import { z } from 'zod/mini';
import { ApiError, apiRequest } from '@/lib/http-client';
import { RequestTimeoutError, withTimeout } from '@/lib/with-timeout';
import { FACET_KEYS, type SearchRequest, type SearchResponse } from '../engine/types';

export const SEARCH_API = '/api/search/v1';

const facetValueSchema = z.object({
  value: z.string(),
  label: z.string(),
  count: z.number(),
  selected: z.boolean(),
});

const hitSchema = z.object({
  id: z.string(),
  title: z.string(),
  source: z.object({ id: z.string(), name: z.string() }),
  publisherType: z.string(),
  contentType: z.string(),
  audience: z.array(z.string()),
  region: z.nullable(z.string()),
  regionName: z.nullable(z.string()),
  updated: z.string(),
  patientMaterial: z.boolean(),
  icd10: z.array(z.string()),
  snippet: z.string(),
  headings: z.array(z.object({ id: z.string(), text: z.string() })),
  score: z.number(),
});

const searchResponseSchema = z.object({
  query: z.string(),
  total: z.number(),
  hits: z.array(hitSchema),
  facets: z.record(z.enum(FACET_KEYS), z.array(facetValueSchema)),
  didYouMean: z.nullable(z.string()),
  matchedTerms: z.array(z.string()),
  diagnosis: z.nullable(z.string()),
});

/** The request as the API's parameters: OR within a facet (repeated), AND across facets. */
export function searchParams(request: SearchRequest): URLSearchParams {
  const params = new URLSearchParams();
  if (request.query) params.set('q', request.query);
  for (const key of FACET_KEYS) {
    for (const value of request.filters?.[key] ?? []) params.append(key, value);
  }
  if (request.sort && request.sort !== 'relevance') params.set('sort', request.sort);
  if (request.offset) params.set('offset', String(request.offset));
  if (request.limit) params.set('limit', String(request.limit));
  if (request.boostRegion) params.set('boostRegion', request.boostRegion);
  return params;
}

/** A slow answer is told as slow, not waited for forever. */
export const SEARCH_TIMEOUT_MS = 8_000;

/**
 * One search. The engine's own types are the contract; the schema checks the answer has that
 * shape. Aborted with `signal` (a newer search replaced it) or after SEARCH_TIMEOUT_MS.
 */
export async function search(
  request: SearchRequest,
  signal?: AbortSignal,
): Promise<SearchResponse> {
  try {
    return await withTimeout(
      SEARCH_TIMEOUT_MS,
      signal,
      (timed) =>
        apiRequest(`${SEARCH_API}/search?${searchParams(request)}`, searchResponseSchema, {
          signal: timed,
        }) as Promise<SearchResponse>,
    );
  } catch (error) {
    if (error instanceof RequestTimeoutError) {
      throw new ApiError(0, 'timeout', 'Söktjänsten svarar inte just nu. Försök igen om en stund.');
    }
    throw error;
  }
}

export const searchKeys = {
  all: ['search'] as const,
  results: (request: SearchRequest) => ['search', 'results', request] as const,
};

export const searchQueryOptions = (request: SearchRequest) =>
  queryOptions({
    queryKey: searchKeys.results(request),
    // The query's signal aborts a request the page has moved past (a newer query replaced it).
    queryFn: ({ signal }) => search(request, signal),
    staleTime: 60_000,
    retry: false,
  });

/**
 * The results for the request; the previous answer stays on screen while the next is on its
 * way, so typing never blanks the list. An answer to a request the page has moved past is
 * never shown: each request is its own query.
 */
export function useSearch(request: SearchRequest | null) {
  return useQuery({
    ...searchQueryOptions(request ?? { query: '' }),
    enabled: request !== null,
    placeholderData: keepPreviousData,
  });
}
