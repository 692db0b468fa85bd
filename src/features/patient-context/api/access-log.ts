import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/http-client';

/** One display of patient data, as the national log service wants it (PDL). */
export type AccessEvent = {
  /** The same display always gets the same key: the backend stores it once. */
  idempotencyKey: string;
  action: 'Läsning';
  userHsaId: string;
  commissionHsaId: string;
  careUnitHsaId: string;
  careProviderHsaId: string;
  /** Twelve digits. */
  patient: string;
  /** What was shown, in words a log reviewer understands. */
  shown: string;
  occurredAt: string;
};

const writeResultSchema = z.object({
  idempotencyKey: z.string(),
  status: z.enum(['created', 'duplicate']),
});
const writeResponseSchema = z.object({ results: z.array(writeResultSchema) });

export type WriteResult = z.infer<typeof writeResultSchema>;

/** Events of one commission (the header must name it); resolves to each event's result. */
export async function writeAccessEvents(
  events: AccessEvent[],
  commissionHsaId: string,
): Promise<WriteResult[]> {
  const response = await apiRequest('/api/access-log/v1/events', writeResponseSchema, {
    method: 'POST',
    body: { events },
    commissionHsaId,
  });
  return response.results;
}

const storedEventSchema = z.object({
  idempotencyKey: z.string(),
  action: z.string(),
  userHsaId: z.string(),
  userName: z.string(),
  careUnitHsaId: z.string(),
  careUnitName: z.string(),
  careProviderHsaId: z.string(),
  careProviderName: z.string(),
  patient: z.string(),
  shown: z.string(),
  /** The backend that released the data, or "Webbläsaren" for a screen's own event. */
  recordedBy: z.string(),
  occurredAt: z.string(),
});

const searchResponseSchema = z.object({
  careProvider: z.object({ hsaId: z.string(), name: z.string() }),
  events: z.array(storedEventSchema),
  truncated: z.boolean(),
});

export type LoggedAccessEvent = z.infer<typeof storedEventSchema>;
export type AccessLogSearchResult = z.infer<typeof searchResponseSchema>;

export type AccessLogFilter = {
  /** Twelve digits. */
  patient?: string;
  user?: string;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
};

/** A POST: the patient's identity number stays out of addresses. */
export const accessLogSearchQueryOptions = (filter: AccessLogFilter, commissionHsaId: string) =>
  queryOptions({
    queryKey: ['patient-context', 'access-log', { filter, commissionHsaId }],
    queryFn: ({ signal }) =>
      apiRequest('/api/access-log/v1/events/search', searchResponseSchema, {
        method: 'POST',
        body: filter,
        commissionHsaId,
        signal,
      }),
    staleTime: 0,
  });

export const useAccessLogSearch = (
  filter: AccessLogFilter | null,
  commissionHsaId: string | null,
) =>
  useQuery({
    ...accessLogSearchQueryOptions(filter ?? {}, commissionHsaId ?? ''),
    enabled: filter !== null && commissionHsaId !== null,
  });
