import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/http-client';
import { documentVersionSchema, KNOWLEDGE_API, regionSchema } from './schemas';

const additionsResponseSchema = z.object({
  region: regionSchema,
  additions: z.array(documentVersionSchema),
});

/** A region's own additions to one national text. */
export function getRegionalAdditions(region: string, addsTo: string, signal?: AbortSignal) {
  return apiRequest(
    `${KNOWLEDGE_API}/regions/${encodeURIComponent(region)}/additions?${new URLSearchParams({ addsTo })}`,
    additionsResponseSchema,
    { signal },
  );
}

export const getRegionalAdditionsQueryOptions = (region: string, addsTo: string) =>
  queryOptions({
    queryKey: ['knowledge', 'additions', region, addsTo],
    queryFn: ({ signal }) => getRegionalAdditions(region, addsTo, signal),
  });

export const useRegionalAdditions = (region: string | null, addsTo: string) =>
  useQuery({ ...getRegionalAdditionsQueryOptions(region ?? '', addsTo), enabled: region !== null });
