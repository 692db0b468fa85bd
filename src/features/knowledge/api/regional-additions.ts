import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/http-client';
import { documentVersionSchema, KNOWLEDGE_API, regionSchema } from './schemas';

const additionsResponseSchema = z.object({
  region: regionSchema,
  additions: z.array(documentVersionSchema),
});

export const regionalAdditionKeys = {
  all: ['knowledge', 'additions'] as const,
  to: (region: string, addsTo: string) => ['knowledge', 'additions', region, addsTo] as const,
};

/** A region's own additions to one national text. */
export function getRegionalAdditions(region: string, addsTo: string, signal?: AbortSignal) {
  return apiRequest(
    `${KNOWLEDGE_API}/regions/${encodeURIComponent(region)}/additions?${new URLSearchParams({ addsTo })}`,
    additionsResponseSchema,
    { signal },
  );
}

export const regionalAdditionsQueryOptions = (region: string, addsTo: string) =>
  queryOptions({
    queryKey: regionalAdditionKeys.to(region, addsTo),
    queryFn: ({ signal }) => getRegionalAdditions(region, addsTo, signal),
  });

export const useRegionalAdditions = (region: string | null, addsTo: string) =>
  useQuery({ ...regionalAdditionsQueryOptions(region ?? '', addsTo), enabled: region !== null });
