/** The log review: the care provider's access events, searched (writing them: ./access-events.ts). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/http-client';

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

export const accessLogKeys = {
  all: ['patient-context', 'access-log'] as const,
  search: (filter: AccessLogFilter, commissionHsaId: string) =>
    ['patient-context', 'access-log', { filter, commissionHsaId }] as const,
};

/** A POST: the patient's identity number stays out of addresses. */
export const accessLogSearchQueryOptions = (filter: AccessLogFilter, commissionHsaId: string) =>
  queryOptions({
    queryKey: accessLogKeys.search(filter, commissionHsaId),
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
