import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/http-client';
import { documentVersionSchema, KNOWLEDGE_API, knowledgeSourceSchema } from './schemas';

const documentResponseSchema = z.object({
  document: documentVersionSchema,
  source: knowledgeSourceSchema.nullable(),
  /** False for an earlier version. */
  current: z.boolean(),
});

export type DocumentResponse = z.infer<typeof documentResponseSchema>;

/** The current version of a text, with its source. */
export function getDocument(id: string, signal?: AbortSignal): Promise<DocumentResponse> {
  return apiRequest(
    `${KNOWLEDGE_API}/documents/${encodeURIComponent(id)}`,
    documentResponseSchema,
    {
      signal,
    },
  );
}

/** One version of a text as it was shown; the current one when `version` is its number. */
export function getDocumentVersion(
  id: string,
  version: number,
  signal?: AbortSignal,
): Promise<DocumentResponse> {
  return apiRequest(
    `${KNOWLEDGE_API}/documents/${encodeURIComponent(id)}/versions/${version}`,
    documentResponseSchema,
    { signal },
  );
}

export const getDocumentQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['knowledge', 'documents', id, 'current'],
    queryFn: ({ signal }) => getDocument(id, signal),
  });

export const getDocumentVersionQueryOptions = (id: string, version: number) =>
  queryOptions({
    queryKey: ['knowledge', 'documents', id, 'versions', version],
    queryFn: ({ signal }) => getDocumentVersion(id, version, signal),
    // An earlier version never changes.
    staleTime: Infinity,
  });

export const useDocument = (id: string) => useQuery(getDocumentQueryOptions(id));
/** `version` null (not a number in the address): nothing to fetch. */
export const useDocumentVersion = (id: string, version: number | null) =>
  useQuery({ ...getDocumentVersionQueryOptions(id, version ?? 0), enabled: version !== null });
