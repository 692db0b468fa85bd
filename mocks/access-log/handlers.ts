/**
 * The access-log backend, standing in for the national log service (PDL-loggen). The backends
 * that release patient data write their events themselves (events.ts); the browser adds which
 * screen showed it here. A person with the system role for log review, in a commission for
 * administration or for care and treatment, searches the events of their own care provider, and
 * the search is itself written to the log: it shows which patients were read, and by whom.
 * Who, for which unit and which provider comes from the token and the active commission – the
 * client's copy is checked against them, never trusted. Writes are idempotent: an event whose
 * key was seen before is acknowledged, not stored again. See docs/integration.md and
 * docs/decisions/0016.
 */
import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { errorResponse } from '../lib/api-errors';
import { authenticate, forbidden } from '../lib/verify-token';
import { takeCountedFailure } from '../lib/dev-switches';
import {
  accessEvents as events,
  recordAccesses,
  swedishDate,
  type StoredAccessEvent,
} from './events';

export { allAccessEvents, type StoredAccessEvent } from './events';

const BASE = '*/api/access-log/v1';

/** The system role of log review (systematisk logguppföljning). */
export const LOG_REVIEWER_ROLE = 'LOGG;Granskare';

/** The commission purposes log review is done under: follow-up is administration, or care. */
export const LOG_REVIEW_PURPOSES: readonly string[] = ['Administration', 'Vård och behandling'];

/** Who wrote a review's own event, and what it says. */
export const LOG_REVIEW_RECORDER = 'Åtkomstloggen';
export const LOG_REVIEW_ACTION = 'Loggranskning';

const eventSchema = z.object({
  idempotencyKey: z.string().min(8).max(200),
  action: z.enum(['Läsning']),
  userHsaId: z.string(),
  commissionHsaId: z.string(),
  careUnitHsaId: z.string(),
  careProviderHsaId: z.string(),
  patient: z.string().regex(/^\d{12}$/),
  shown: z.string().min(1).max(300),
  occurredAt: z.iso.datetime({ offset: true }),
});

export type AccessEventInput = z.infer<typeof eventSchema>;
export type WriteResult = { idempotencyKey: string; status: 'created' | 'duplicate' };
export type WriteResponse = { results: WriteResult[] };

const searchSchema = z.object({
  patient: z
    .string()
    .regex(/^\d{12}$/)
    .optional(),
  user: z.string().max(40).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

export type SearchResponse = {
  careProvider: { hsaId: string; name: string };
  events: StoredAccessEvent[];
  truncated: boolean;
};

const MAX_RESULTS = 500;
const NO_STORE = { 'Cache-Control': 'no-store' };

export const accessLogHandlers = [
  http.post(`${BASE}/events`, async ({ request }) => {
    const auth = await authenticate(request);
    if (!auth.ok) return auth.response;
    const { caller, activeCommission } = auth;
    if (!activeCommission) {
      return forbidden('commission_required', 'Händelser loggas för ett medarbetaruppdrag.');
    }
    const body = z
      .object({ events: z.array(eventSchema).min(1).max(100) })
      .safeParse(await request.json().catch(() => null));
    if (!body.success) return errorResponse(400, 'invalid_request', z.prettifyError(body.error));

    const mismatch = body.data.events.some(
      (e) =>
        e.userHsaId !== caller.employeeHsaId ||
        e.commissionHsaId !== activeCommission.commissionHsaId ||
        e.careUnitHsaId !== activeCommission.healthCareUnitHsaId ||
        e.careProviderHsaId !== activeCommission.healthCareProviderHsaId,
    );
    if (mismatch) {
      return forbidden(
        'event_not_callers',
        'Händelsen gäller en annan användare eller ett annat medarbetaruppdrag än inloggningens.',
      );
    }

    const failure = takeCountedFailure('accessLogFailures');
    if (failure === 'reject') {
      return errorResponse(503, 'unavailable', 'Loggtjänsten svarar inte just nu.');
    }

    const stored = events.all();
    const seen = new Set(stored.map((e) => `${e.userHsaId}:${e.idempotencyKey}`));
    const receivedAt = new Date().toISOString();
    const results: WriteResult[] = [];
    for (const event of body.data.events) {
      const key = `${event.userHsaId}:${event.idempotencyKey}`;
      if (seen.has(key)) {
        results.push({ idempotencyKey: event.idempotencyKey, status: 'duplicate' });
        continue;
      }
      seen.add(key);
      stored.push({
        ...event,
        userName: `${caller.givenName} ${caller.familyName}`,
        careUnitName: activeCommission.healthCareUnitName,
        careProviderName: activeCommission.healthCareProviderName,
        recordedBy: 'Webbläsaren',
        receivedAt,
      });
      results.push({ idempotencyKey: event.idempotencyKey, status: 'created' });
    }
    events.save(stored);

    if (failure === 'lose-response') {
      return errorResponse(503, 'unavailable', 'Loggtjänsten svarar inte just nu.');
    }
    return HttpResponse.json<WriteResponse>({ results }, { headers: NO_STORE });
  }),

  // A search, not a GET with parameters: the patient's identity number stays out of addresses.
  http.post(`${BASE}/events/search`, async ({ request }) => {
    const auth = await authenticate(request);
    if (!auth.ok) return auth.response;
    const { caller, activeCommission } = auth;
    if (!caller.systemRoles.includes(LOG_REVIEWER_ROLE)) {
      return forbidden(
        'log_reviewer_required',
        `Loggranskning kräver behörigheten ${LOG_REVIEWER_ROLE} (systemroll).`,
      );
    }
    if (!activeCommission) {
      return forbidden('commission_required', 'Välj det medarbetaruppdrag du granskar för.');
    }
    if (!LOG_REVIEW_PURPOSES.includes(activeCommission.commissionPurpose)) {
      return forbidden(
        'purpose_not_review',
        'Loggranskning görs i ett medarbetaruppdrag för administration eller för vård och behandling.',
      );
    }
    const filter = searchSchema.safeParse(await request.json().catch(() => null));
    if (!filter.success)
      return errorResponse(400, 'invalid_request', z.prettifyError(filter.error));
    const { patient, user, from, to } = filter.data;

    const provider = activeCommission.healthCareProviderHsaId;
    const matching = events
      .all()
      .filter((e) => e.careProviderHsaId === provider)
      .filter((e) => !patient || e.patient === patient)
      .filter((e) => !user || e.userHsaId.toLowerCase() === user.trim().toLowerCase())
      .filter((e) => !from || swedishDate(e.occurredAt) >= from)
      .filter((e) => !to || swedishDate(e.occurredAt) <= to)
      .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
    const answer = matching.slice(0, MAX_RESULTS);

    // A review reads who read a patient: each search for a patient is an event for them; a
    // search without one names patients the way a list does, once per reviewer and day.
    const review = {
      caller,
      commission: activeCommission,
      recordedBy: LOG_REVIEW_RECORDER,
      action: LOG_REVIEW_ACTION,
    };
    const day = swedishDate();
    recordAccesses(
      patient
        ? [{ ...review, patient, shown: 'Åtkomstlogg: sökning på patienten' }]
        : [...new Set(answer.map((e) => e.patient))].map((named) => ({
            ...review,
            patient: named,
            shown: 'Åtkomstlogg: träfflista',
            onceKey: `log-review:${activeCommission.commissionHsaId}:${named}:${day}`,
          })),
    );

    return HttpResponse.json<SearchResponse>(
      {
        careProvider: { hsaId: provider, name: activeCommission.healthCareProviderName },
        events: answer,
        truncated: matching.length > MAX_RESULTS,
      },
      { headers: NO_STORE },
    );
  }),
];
