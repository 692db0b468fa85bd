import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/http-client';
import { KNOWLEDGE_API, versionInfoSchema } from './schemas';

const versionsResponseSchema = z.object({ id: z.string(), versions: z.array(versionInfoSchema) });

/** Every version of a text, newest first. */
export function getDocumentVersions(id: string, signal?: AbortSignal) {
  return apiRequest(
    `${KNOWLEDGE_API}/documents/${encodeURIComponent(id)}/versions`,
    versionsResponseSchema,
    { signal },
  ).then((response) => response.versions);
}

export const getDocumentVersionsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['knowledge', 'documents', id, 'versions'],
    queryFn: ({ signal }) => getDocumentVersions(id, signal),
  });

export const useDocumentVersions = (id: string) => useQuery(getDocumentVersionsQueryOptions(id));
