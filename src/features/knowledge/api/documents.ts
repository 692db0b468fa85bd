/**
 * A text: its current version, one version as it was shown, and the list of its versions.
 * Key factory, fetchers, query options and hooks (docs/decisions/0022-route-data-and-api-files.md).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/http-client';
import {
  documentVersionSchema,
  KNOWLEDGE_API,
  knowledgeSourceSchema,
  versionInfoSchema,
} from './schemas';

const documentResponseSchema = z.object({
  document: documentVersionSchema,
  source: knowledgeSourceSchema.nullable(),
  /** False for an earlier version. */
  current: z.boolean(),
});

const versionsResponseSchema = z.object({ id: z.string(), versions: z.array(versionInfoSchema) });

export type DocumentResponse = z.infer<typeof documentResponseSchema>;

export const documentKeys = {
  all: ['knowledge', 'documents'] as const,
  current: (id: string) => ['knowledge', 'documents', id, 'current'] as const,
  versions: (id: string) => ['knowledge', 'documents', id, 'versions'] as const,
  version: (id: string, version: number) =>
    ['knowledge', 'documents', id, 'versions', version] as const,
};

const documentPath = (id: string) => `${KNOWLEDGE_API}/documents/${encodeURIComponent(id)}`;

/** The current version of a text, with its source. */
export function getDocument(id: string, signal?: AbortSignal): Promise<DocumentResponse> {
  return apiRequest(documentPath(id), documentResponseSchema, { signal });
}

/** One version of a text as it was shown; the current one when `version` is its number. */
export function getDocumentVersion(
  id: string,
  version: number,
  signal?: AbortSignal,
): Promise<DocumentResponse> {
  return apiRequest(`${documentPath(id)}/versions/${version}`, documentResponseSchema, {
    signal,
  });
}

/** Every version of a text, newest first. */
export function getDocumentVersions(id: string, signal?: AbortSignal) {
  return apiRequest(`${documentPath(id)}/versions`, versionsResponseSchema, { signal }).then(
    (response) => response.versions,
  );
}

// The article routes' loaders ask for these before the page renders (src/app/routes/*.loader.ts):
// a failure is then the page's to show, with its retry button, not asked again as it mounts.

export const documentQueryOptions = (id: string) =>
  queryOptions({
    queryKey: documentKeys.current(id),
    queryFn: ({ signal }) => getDocument(id, signal),
    retryOnMount: false,
  });

export const documentVersionQueryOptions = (id: string, version: number) =>
  queryOptions({
    queryKey: documentKeys.version(id, version),
    queryFn: ({ signal }) => getDocumentVersion(id, version, signal),
    // An earlier version never changes.
    staleTime: Infinity,
    retryOnMount: false,
  });

export const documentVersionsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: documentKeys.versions(id),
    queryFn: ({ signal }) => getDocumentVersions(id, signal),
    retryOnMount: false,
  });

export const useDocument = (id: string) => useQuery(documentQueryOptions(id));

/** `version` null (not a number in the address): nothing to fetch. */
export const useDocumentVersion = (id: string, version: number | null) =>
  useQuery({ ...documentVersionQueryOptions(id, version ?? 0), enabled: version !== null });

export const useDocumentVersions = (id: string) => useQuery(documentVersionsQueryOptions(id));
