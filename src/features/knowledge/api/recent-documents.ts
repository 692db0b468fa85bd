import { queryOptions, useQuery } from '@tanstack/react-query';
// zod/mini and only the fields the start page shows: this is part of the first download.
import { z } from 'zod/mini';
import { apiRequest } from '@/lib/http-client';
import { CONTENT_TYPES } from '@/lib/knowledge/vocabulary';
import { KNOWLEDGE_API } from './knowledge-api';

const recentResponseSchema = z.object({
  documents: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      contentType: z.enum(CONTENT_TYPES),
      updated: z.string(),
    }),
  ),
});

export const recentDocumentKeys = {
  all: ['knowledge', 'recent'] as const,
  list: (region: string | null, limit: number) =>
    ['knowledge', 'recent', { region, limit }] as const,
};

/** Recently updated national texts, and the region's own when a region is chosen. */
export function getRecentDocuments(region: string | null, limit: number, signal?: AbortSignal) {
  const query = new URLSearchParams({ limit: String(limit), ...(region ? { region } : {}) });
  return apiRequest(`${KNOWLEDGE_API}/recent?${query}`, recentResponseSchema, { signal }).then(
    (response) => response.documents,
  );
}

/** The start page's loader asks first (src/app/routes/home-page.loader.ts): no retry on mount. */
export const recentDocumentsQueryOptions = (region: string | null, limit = 6) =>
  queryOptions({
    queryKey: recentDocumentKeys.list(region, limit),
    queryFn: ({ signal }) => getRecentDocuments(region, limit, signal),
    retryOnMount: false,
  });

export const useRecentDocuments = (region: string | null, limit?: number) =>
  useQuery(recentDocumentsQueryOptions(region, limit));
