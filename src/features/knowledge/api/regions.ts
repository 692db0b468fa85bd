import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest, type ResponseSchema } from '@/lib/http-client';
import { KNOWLEDGE_API } from './knowledge-api';

export type Region = {
  id: string;
  name: string;
  /** HSA-ids of the care providers in the region: their staff's commissions default to it. */
  careProviderHsaIds?: string[];
};

const isRegion = (value: unknown): value is Region =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Region).id === 'string' &&
  typeof (value as Region).name === 'string' &&
  ((value as Region).careProviderHsaIds === undefined ||
    (Array.isArray((value as Region).careProviderHsaIds) &&
      (value as Region).careProviderHsaIds!.every((id) => typeof id === 'string')));

/**
 * Checked by hand, not with zod: the header's region choice is on every page, and zod would
 * be part of every page's first download for these two strings.
 */
const regionsResponseSchema: ResponseSchema<{ regions: Region[] }> = {
  safeParse(data) {
    const regions = (data as { regions?: unknown } | null)?.regions;
    return Array.isArray(regions) && regions.every(isRegion)
      ? { success: true, data: { regions } }
      : { success: false };
  },
};

/** The corpus's regions (its regions.json): any region with sources of its own. */
export const getRegions = (signal?: AbortSignal) =>
  apiRequest(`${KNOWLEDGE_API}/regions`, regionsResponseSchema, { signal }).then(
    (response) => response.regions,
  );

export const regionKeys = {
  all: ['knowledge', 'regions'] as const,
};

export const regionsQueryOptions = () =>
  queryOptions({
    queryKey: regionKeys.all,
    queryFn: ({ signal }) => getRegions(signal),
    staleTime: 60 * 60_000,
  });

export const useRegions = () => useQuery(regionsQueryOptions());

/** A region's name as the corpus gives it (its id until the list has arrived). */
export function useRegionName(id: string | null): string | null {
  const regions = useRegions();
  if (!id) return null;
  return regions.data?.find((region) => region.id === id)?.name ?? id;
}

/** The region a care provider belongs to, as the corpus's regions.json says (null: none). */
export const regionOfCareProvider = (
  regions: readonly Region[],
  careProviderHsaId: string | null,
): string | null =>
  careProviderHsaId
    ? (regions.find((region) => region.careProviderHsaIds?.includes(careProviderHsaId))?.id ?? null)
    : null;
