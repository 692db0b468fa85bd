import { queryOptions, useQuery } from '@tanstack/react-query';
// zod/mini: the header's region choice is part of the first download.
import { z } from 'zod/mini';
import { apiRequest } from '@/lib/http-client';
import { KNOWLEDGE_API } from './knowledge-api';

const regionsResponseSchema = z.object({
  regions: z.array(z.object({ id: z.string(), name: z.string() })),
});

export type Region = z.infer<typeof regionsResponseSchema>['regions'][number];

/** The corpus's regions (its regions.json): any region with sources of its own. */
export const getRegions = (signal?: AbortSignal) =>
  apiRequest(`${KNOWLEDGE_API}/regions`, regionsResponseSchema, { signal }).then(
    (response) => response.regions,
  );

export const getRegionsQueryOptions = () =>
  queryOptions({
    queryKey: ['knowledge', 'regions'],
    queryFn: ({ signal }) => getRegions(signal),
    staleTime: 60 * 60_000,
  });

export const useRegions = () => useQuery(getRegionsQueryOptions());

/** A region's name as the corpus gives it (its id until the list has arrived). */
export function useRegionName(id: string | null): string | null {
  const regions = useRegions();
  if (!id) return null;
  return regions.data?.find((region) => region.id === id)?.name ?? id;
}
