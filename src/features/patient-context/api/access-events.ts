/**
 * Writing the screens' access events to the log service (PDL). Any logged-in page may send them,
 * the logout too (../access-log-queue.ts, src/app/end-session.ts), so this is part of the first
 * download: the answer is checked by hand, not with zod, and the log review's schemas are in
 * ./access-log.ts.
 */
import { apiRequest, type ResponseSchema } from '@/lib/http-client';

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

export type WriteResult = { idempotencyKey: string; status: 'created' | 'duplicate' };

const isWriteResult = (value: unknown): value is WriteResult =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as WriteResult).idempotencyKey === 'string' &&
  ((value as WriteResult).status === 'created' || (value as WriteResult).status === 'duplicate');

const writeResponseSchema: ResponseSchema<{ results: WriteResult[] }> = {
  safeParse(data) {
    const results = (data as { results?: unknown } | null)?.results;
    return Array.isArray(results) && results.every(isWriteResult)
      ? { success: true, data: { results } }
      : { success: false };
  },
};

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
