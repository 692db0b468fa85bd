/**
 * Stand-in for 1177 Formulärhantering's review API (v1): submitted forms per care unit, paged
 * with opaque page tokens (no total), changed with PATCH and a revision number, errors as
 * `{ errors: [{ code, message }] }`. Forms are answered in the service itself, not here.
 */
import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { iso } from '../lib/case-seeds';
import { changeTable } from '../lib/change-table';
import {
  NO_STORE,
  recordCaseList,
  recordCaseRead,
  sourceCall,
  type SourceCall,
} from '../lib/source-call';
import { colleaguesAt } from '../lib/test-people';
import { seedSubmissions, type FormReviewStatus, type FormSubmission } from './seed';

const BASE = '*/api/formularhantering/v1';

export type FormErrors = { errors: { code: string; message: string }[] };

const changes = changeTable<FormSubmission>('formularhantering');

export function formError(status: number, code: string, message: string): Response {
  return HttpResponse.json<FormErrors>(
    { errors: [{ code: code.toUpperCase(), message }] },
    { status, headers: NO_STORE },
  );
}

type Granted = Extract<SourceCall, { ok: true }>;

const unitSubmissions = (unit: string) => changes.merge(seedSubmissions(unit));

function findSubmission(call: Granted, id: string): FormSubmission | Response {
  const found = unitSubmissions(call.commission.healthCareUnitHsaId).find((s) => s.id === id);
  return found ?? formError(404, 'NOT_FOUND', 'Formulärsvaret finns inte på din vårdenhet.');
}

const summary = ({ answers: _a, log: _l, ...rest }: FormSubmission) => rest;
export type FormListResponse = {
  submissions: ReturnType<typeof summary>[];
  nextPageToken?: string;
};

const ACTION: Record<FormReviewStatus, string> = {
  SUBMITTED: 'Återställt till inskickat',
  IN_REVIEW: 'Granskning påbörjad',
  RETURNED: 'Skickat tillbaka för komplettering',
  REVIEWED: 'Granskat',
};

const patchSchema = z.object({
  revision: z.number().int(),
  reviewStatus: z.enum(['IN_REVIEW', 'RETURNED', 'REVIEWED']).optional(),
  reviewerHsaId: z.string().optional(),
  comment: z.string().max(2000).optional(),
});

export const formularhanteringHandlers = [
  http.get(`${BASE}/submissions`, async ({ request }) => {
    const call = await sourceCall(request, 'formularhantering', formError);
    if (!call.ok) return call.response;
    const url = new URL(request.url);
    const unit = url.searchParams.get('careUnitId');
    if (unit !== call.commission.healthCareUnitHsaId) {
      return formError(403, 'CARE_UNIT_FORBIDDEN', 'Du har inte behörighet till den vårdenheten.');
    }
    const pageSize = Math.min(250, Number(url.searchParams.get('pageSize') ?? 50) || 50);
    const token = url.searchParams.get('pageToken');
    const all = unitSubmissions(unit).sort(
      (a, b) => b.submittedAt.localeCompare(a.submittedAt) || a.id.localeCompare(b.id),
    );
    // The token names the last item of the previous page, as a keyset.
    const start = token ? all.findIndex((s) => s.id === atob(token)) + 1 : 0;
    if (token && start === 0) return formError(400, 'INVALID_PAGE_TOKEN', 'Ogiltig sidtoken.');
    const page = all.slice(start, start + pageSize);
    recordCaseList(
      call,
      'formularhantering',
      page.map((submission) => submission.respondent.personalIdentityNumber),
    );
    const last = page[page.length - 1];
    const body: FormListResponse = { submissions: page.map(summary) };
    if (last && start + pageSize < all.length) body.nextPageToken = btoa(last.id);
    return HttpResponse.json(body, { headers: NO_STORE });
  }),

  http.get<{ id: string }>(`${BASE}/submissions/:id`, async ({ request, params }) => {
    const call = await sourceCall(request, 'formularhantering', formError);
    if (!call.ok) return call.response;
    const found = findSubmission(call, params.id);
    if (found instanceof Response) return found;
    const submission = found.viewed ? found : { ...found, viewed: true };
    if (!found.viewed) changes.save(submission);
    recordCaseRead(
      call,
      'formularhantering',
      submission.id,
      submission.respondent.personalIdentityNumber,
    );
    return HttpResponse.json({ submission }, { headers: NO_STORE });
  }),

  http.patch<{ id: string }>(`${BASE}/submissions/:id`, async ({ request, params }) => {
    const call = await sourceCall(request, 'formularhantering', formError);
    if (!call.ok) return call.response;
    const found = findSubmission(call, params.id);
    if (found instanceof Response) return found;
    const body = patchSchema.safeParse(await request.json().catch(() => null));
    if (!body.success) return formError(400, 'VALIDATION', 'Begäran är inte giltig.');
    const { revision, reviewStatus, reviewerHsaId, comment } = body.data;
    if (revision !== found.revision) {
      return formError(
        409,
        'REVISION_MISMATCH',
        found.reviewer
          ? `Formulärsvaret har ändrats av ${found.reviewer.name}.`
          : 'Formulärsvaret har ändrats av någon annan.',
      );
    }
    let reviewer = found.reviewer;
    const log = [...found.log];
    const timestamp = iso(Date.now());
    if (reviewerHsaId !== undefined) {
      const colleague = colleaguesAt(call.commission.healthCareUnitHsaId).find(
        (c) => c.hsaId === reviewerHsaId,
      );
      if (!colleague)
        return formError(422, 'UNKNOWN_REVIEWER', 'Granskaren finns inte på enheten.');
      reviewer = { hsaId: colleague.hsaId, name: colleague.name };
      log.push({ timestamp, action: `Granskare: ${colleague.name}`, actor: call.callerName });
    }
    if (reviewStatus) {
      log.push({
        timestamp,
        action: ACTION[reviewStatus],
        actor: call.callerName,
        ...(comment ? { comment } : {}),
      });
    }
    const next: FormSubmission = {
      ...found,
      reviewer,
      reviewStatus:
        reviewStatus ??
        (reviewerHsaId && found.reviewStatus === 'SUBMITTED' ? 'IN_REVIEW' : found.reviewStatus),
      revision: found.revision + 1,
      updatedAt: timestamp,
      log,
    };
    changes.save(next);
    return HttpResponse.json({ submission: next }, { headers: NO_STORE });
  }),
];
