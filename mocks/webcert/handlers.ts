/**
 * Stand-in for Webcert's question-and-answer API (v1): Försäkringskassan's questions about the
 * unit's certificates, paged by page number (`sida`, `antalPerSida`, `antalSidor`), errors as
 * `{ errorCode, message }`. There is no assignment in Webcert: the doctor who signed the
 * certificate is named. Completing a certificate (komplettering) is done in Webcert itself.
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
import { seedFragor, type WcFraga } from './seed';

const BASE = '*/api/webcert/v1';

export type WcError = { errorCode: string; message: string };

const changes = changeTable<WcFraga>('webcert');

const ERROR_CODE: Record<string, string> = {
  unavailable: 'EXTERNAL_SYSTEM_PROBLEM',
  commission_required: 'AUTHORIZATION_PROBLEM',
};

export function wcError(status: number, code: string, message: string): Response {
  return HttpResponse.json<WcError>(
    { errorCode: ERROR_CODE[code] ?? code, message },
    { status, headers: NO_STORE },
  );
}

type Granted = Extract<SourceCall, { ok: true }>;

const begin = (request: Request) => sourceCall(request, 'webcert', wcError);

function findFraga(call: Granted, id: string): WcFraga | Response {
  const fraga = changes
    .merge(seedFragor(call.commission.healthCareUnitHsaId))
    .find((f) => f.id === id);
  return fraga ?? wcError(403, 'AUTHORIZATION_PROBLEM', 'Frågan tillhör inte din vårdenhet.');
}

function save(
  fraga: WcFraga,
  patch: Partial<WcFraga>,
  handelse: string,
  av: string,
  kommentar?: string,
) {
  const tidpunkt = iso(Date.now());
  const next: WcFraga = {
    ...fraga,
    ...patch,
    senasteHandelse: tidpunkt,
    handelser: [
      ...fraga.handelser,
      { tidpunkt, handelse, av, ...(kommentar ? { kommentar } : {}) },
    ],
  };
  changes.save(next);
  return next;
}

const summary = ({ meddelanden: _m, handelser: _h, ...rest }: WcFraga) => rest;
export type WcListResponse = {
  fragor: ReturnType<typeof summary>[];
  sida: number;
  antalSidor: number;
  totaltAntal: number;
};

const invalid = () => wcError(400, 'INVALID_REQUEST', 'Begäran är inte giltig.');

type Params = { id: string };

export const webcertHandlers = [
  http.get(`${BASE}/fragor`, async ({ request }) => {
    const call = await begin(request);
    if (!call.ok) return call.response;
    const url = new URL(request.url);
    const enhetsId = url.searchParams.get('enhetsId');
    if (enhetsId !== call.commission.healthCareUnitHsaId) {
      return wcError(403, 'AUTHORIZATION_PROBLEM', 'Du saknar behörighet för vårdenheten.');
    }
    const antalPerSida = Math.min(100, Number(url.searchParams.get('antalPerSida') ?? 20) || 20);
    const sida = Math.max(1, Number(url.searchParams.get('sida') ?? 1) || 1);
    const all = changes
      .merge(seedFragor(enhetsId))
      .sort(
        (a, b) => b.skickatTidpunkt.localeCompare(a.skickatTidpunkt) || a.id.localeCompare(b.id),
      );
    const antalSidor = Math.max(1, Math.ceil(all.length / antalPerSida));
    const page = all.slice((sida - 1) * antalPerSida, sida * antalPerSida);
    recordCaseList(
      call,
      'webcert',
      page.map((fraga) => fraga.patient.personId),
    );
    return HttpResponse.json<WcListResponse>(
      {
        fragor: page.map(summary),
        sida,
        antalSidor,
        totaltAntal: all.length,
      },
      { headers: NO_STORE },
    );
  }),

  http.get<Params>(`${BASE}/fragor/:id`, async ({ request, params }) => {
    const call = await begin(request);
    if (!call.ok) return call.response;
    const found = findFraga(call, params.id);
    if (found instanceof Response) return found;
    const fraga = found.olast ? { ...found, olast: false } : found;
    if (found.olast) changes.save(fraga);
    recordCaseRead(call, 'webcert', fraga.id, fraga.patient.personId);
    return HttpResponse.json({ fraga }, { headers: NO_STORE });
  }),

  http.post<Params>(`${BASE}/fragor/:id/svar`, async ({ request, params }) => {
    const call = await begin(request);
    if (!call.ok) return call.response;
    const found = findFraga(call, params.id);
    if (found instanceof Response) return found;
    const body = z
      .object({ svarstext: z.string().trim().min(1).max(10_000), requestId: z.string().min(8) })
      .safeParse(await request.json().catch(() => null));
    if (!body.success) return invalid();
    if (found.meddelanden.some((m) => m.requestId === body.data.requestId)) {
      return HttpResponse.json({ fraga: found }, { headers: NO_STORE });
    }
    if (found.status === 'ANSWERED' || found.status === 'CLOSED') {
      const who = found.handelser.findLast((h) => h.av)?.av;
      return wcError(
        409,
        'CONCURRENT_MODIFICATION',
        who
          ? `Frågan har redan besvarats eller hanterats av ${who}.`
          : 'Frågan har redan hanterats.',
      );
    }
    const svar = {
      fran: 'WC' as const,
      avsandare: call.callerName,
      text: body.data.svarstext,
      tidpunkt: iso(Date.now()),
      requestId: body.data.requestId,
    };
    const fraga = save(
      { ...found, meddelanden: [...found.meddelanden, svar] },
      { status: 'ANSWERED' },
      'Svar skickat till Försäkringskassan',
      call.callerName,
    );
    changes.deleteDraft(`${call.caller.employeeHsaId}:${found.id}`);
    return HttpResponse.json({ fraga }, { status: 201, headers: NO_STORE });
  }),

  http.post<Params>(`${BASE}/fragor/:id/hanterad`, async ({ request, params }) => {
    const call = await begin(request);
    if (!call.ok) return call.response;
    const found = findFraga(call, params.id);
    if (found instanceof Response) return found;
    const body = z
      .object({ hanterad: z.boolean(), kommentar: z.string().max(2000).optional() })
      .safeParse(await request.json().catch(() => null));
    if (!body.success) return invalid();
    const { hanterad, kommentar } = body.data;
    const fraga = save(
      found,
      { status: hanterad ? 'CLOSED' : 'PENDING_INTERNAL_ACTION' },
      hanterad ? 'Markerad som hanterad' : 'Markerad som ej hanterad',
      call.callerName,
      kommentar,
    );
    return HttpResponse.json({ fraga }, { headers: NO_STORE });
  }),

  http.get<Params>(`${BASE}/fragor/:id/svarsutkast`, async ({ request, params }) => {
    const call = await begin(request);
    if (!call.ok) return call.response;
    const found = findFraga(call, params.id);
    if (found instanceof Response) return found;
    const draft = changes.draft(`${call.caller.employeeHsaId}:${found.id}`);
    return HttpResponse.json({ svarstext: draft?.text ?? null }, { headers: NO_STORE });
  }),

  http.put<Params>(`${BASE}/fragor/:id/svarsutkast`, async ({ request, params }) => {
    const call = await begin(request);
    if (!call.ok) return call.response;
    const found = findFraga(call, params.id);
    if (found instanceof Response) return found;
    const body = z
      .object({ svarstext: z.string().max(10_000) })
      .safeParse(await request.json().catch(() => null));
    if (!body.success) return invalid();
    const key = `${call.caller.employeeHsaId}:${found.id}`;
    if (body.data.svarstext.trim() === '') changes.deleteDraft(key);
    else changes.saveDraft(key, body.data.svarstext);
    return new HttpResponse(null, { status: 204, headers: NO_STORE });
  }),
];
