/**
 * Stand-in for 1177 Stöd och behandling's therapist API (v1): participants' messages, listed per
 * care unit with offset paging (`offset`, `limit`, `total`), errors as RFC 9457 problem details.
 * Changes carry the etag the client saw; a stale one is a 409.
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
import { seedMessages, type SobMessage } from './seed';

const BASE = '*/api/stod-och-behandling/v1';

export type SobProblem = { type: string; title: string; status: number; detail: string };

const changes = changeTable<SobMessage>('stod-och-behandling');

export function sobProblem(status: number, code: string, detail: string): Response {
  return HttpResponse.json<SobProblem>(
    { type: `https://stodochbehandling.example/problems/${code}`, title: code, status, detail },
    { status, headers: { ...NO_STORE, 'Content-Type': 'application/problem+json' } },
  );
}

type Granted = Extract<SourceCall, { ok: true }>;

const begin = (request: Request) => sourceCall(request, 'stod-och-behandling', sobProblem);

function findMessage(call: Granted, id: string): SobMessage | Response {
  const message = changes
    .merge(seedMessages(call.commission.healthCareUnitHsaId))
    .find((m) => m.id === id);
  // Another unit's message is forbidden, whether or not it exists there.
  return message ?? sobProblem(403, 'forbidden', 'Meddelandet hör inte till din vårdenhet.');
}

function update(
  message: SobMessage,
  patch: Partial<SobMessage>,
  kind: string,
  by: string,
  note?: string,
) {
  const at = iso(Date.now());
  const version = Number(/-(\d+)"$/.exec(message.etag)?.[1] ?? 1) + 1;
  const next: SobMessage = {
    ...message,
    ...patch,
    etag: message.etag.replace(/-\d+"$/, `-${version}"`),
    lastActivityAt: at,
    events: [...message.events, { at, kind, by, ...(note ? { note } : {}) }],
  };
  changes.save(next);
  return next;
}

const stale = (message: SobMessage) =>
  sobProblem(
    409,
    'conflict',
    message.therapist
      ? `Meddelandet har ändrats av ${message.therapist.displayName}.`
      : 'Meddelandet har ändrats av någon annan.',
  );

const parse = async <T>(request: Request, schema: z.ZodType<T>) =>
  schema.safeParse(await request.json().catch(() => null));

const badRequest = () => sobProblem(400, 'bad-request', 'Begäran är inte giltig.');

const summary = ({ thread: _t, events: _e, ...rest }: SobMessage) => rest;
export type SobListResponse = {
  items: ReturnType<typeof summary>[];
  offset: number;
  limit: number;
  total: number;
};

type Params = { id: string };

export const stodOchBehandlingHandlers = [
  http.get<{ unit: string }>(`${BASE}/units/:unit/messages`, async ({ request, params }) => {
    const call = await begin(request);
    if (!call.ok) return call.response;
    if (params.unit !== call.commission.healthCareUnitHsaId) {
      return sobProblem(403, 'forbidden', 'Du kan bara läsa meddelanden för din egen vårdenhet.');
    }
    const url = new URL(request.url);
    const offset = Math.max(0, Number(url.searchParams.get('offset') ?? 0) || 0);
    const limit = Math.min(200, Math.max(1, Number(url.searchParams.get('limit') ?? 50) || 50));
    const all = changes
      .merge(seedMessages(params.unit))
      .sort((a, b) => b.sentAt.localeCompare(a.sentAt) || a.id.localeCompare(b.id));
    const page = all.slice(offset, offset + limit);
    recordCaseList(
      call,
      'stod-och-behandling',
      page.map((message) => message.participant.ssn),
    );
    return HttpResponse.json<SobListResponse>(
      { items: page.map(summary), offset, limit, total: all.length },
      { headers: NO_STORE },
    );
  }),

  http.get<Params>(`${BASE}/messages/:id`, async ({ request, params }) => {
    const call = await begin(request);
    if (!call.ok) return call.response;
    const found = findMessage(call, params.id);
    if (found instanceof Response) return found;
    const message = found.state === 'UNREAD' ? { ...found, state: 'READ' as const } : found;
    if (message !== found) changes.save(message);
    recordCaseRead(call, 'stod-och-behandling', message.id, message.participant.ssn);
    return HttpResponse.json(message, { headers: NO_STORE });
  }),

  http.post<Params>(`${BASE}/messages/:id/claim`, async ({ request, params }) => {
    const call = await begin(request);
    if (!call.ok) return call.response;
    const found = findMessage(call, params.id);
    if (found instanceof Response) return found;
    const body = await parse(request, z.object({ etag: z.string() }));
    if (!body.success) return badRequest();
    const someoneElse = found.therapist && found.therapist.hsaId !== call.caller.employeeHsaId;
    if (body.data.etag !== found.etag || someoneElse) return stale(found);
    const therapist = { hsaId: call.caller.employeeHsaId, displayName: call.callerName };
    return HttpResponse.json(
      update(found, { therapist }, 'Behandlare tog meddelandet', call.callerName),
      {
        headers: NO_STORE,
      },
    );
  }),

  http.post<Params>(`${BASE}/messages/:id/replies`, async ({ request, params }) => {
    const call = await begin(request);
    if (!call.ok) return call.response;
    const found = findMessage(call, params.id);
    if (found instanceof Response) return found;
    const body = await parse(
      request,
      z.object({ body: z.string().trim().min(1).max(10_000), clientMessageId: z.string().min(8) }),
    );
    if (!body.success) return badRequest();
    if (found.thread.some((post) => post.clientMessageId === body.data.clientMessageId)) {
      return HttpResponse.json(found, { headers: NO_STORE });
    }
    if (found.state === 'ARCHIVED') {
      return sobProblem(422, 'archived', 'Meddelandet är arkiverat och kan inte besvaras.');
    }
    const post = {
      id: `${found.id}-r${found.thread.length + 1}`,
      author: 'THERAPIST' as const,
      authorName: call.callerName,
      body: body.data.body,
      sentAt: iso(Date.now()),
      clientMessageId: body.data.clientMessageId,
    };
    const next = update(
      { ...found, thread: [...found.thread, post] },
      { state: 'ANSWERED' },
      'Svar skickat till deltagaren',
      call.callerName,
    );
    changes.deleteDraft(`${call.caller.employeeHsaId}:${found.id}`);
    return HttpResponse.json(next, { status: 201, headers: NO_STORE });
  }),

  http.post<Params>(`${BASE}/messages/:id/archive`, async ({ request, params }) => {
    const call = await begin(request);
    if (!call.ok) return call.response;
    const found = findMessage(call, params.id);
    if (found instanceof Response) return found;
    const body = await parse(
      request,
      z.object({ etag: z.string(), note: z.string().max(2000).optional() }),
    );
    if (!body.success) return badRequest();
    if (body.data.etag !== found.etag) return stale(found);
    return HttpResponse.json(
      update(found, { state: 'ARCHIVED' }, 'Arkiverat', call.callerName, body.data.note),
      { headers: NO_STORE },
    );
  }),

  http.post<Params>(`${BASE}/messages/:id/unarchive`, async ({ request, params }) => {
    const call = await begin(request);
    if (!call.ok) return call.response;
    const found = findMessage(call, params.id);
    if (found instanceof Response) return found;
    const body = await parse(request, z.object({ etag: z.string() }));
    if (!body.success) return badRequest();
    if (body.data.etag !== found.etag) return stale(found);
    return HttpResponse.json(update(found, { state: 'READ' }, 'Återöppnat', call.callerName), {
      headers: NO_STORE,
    });
  }),

  http.get<Params>(`${BASE}/messages/:id/reply-draft`, async ({ request, params }) => {
    const call = await begin(request);
    if (!call.ok) return call.response;
    const found = findMessage(call, params.id);
    if (found instanceof Response) return found;
    const draft = changes.draft(`${call.caller.employeeHsaId}:${found.id}`);
    return HttpResponse.json(
      { body: draft?.text ?? '', updatedAt: draft?.savedAt ?? null },
      { headers: NO_STORE },
    );
  }),

  http.put<Params>(`${BASE}/messages/:id/reply-draft`, async ({ request, params }) => {
    const call = await begin(request);
    if (!call.ok) return call.response;
    const found = findMessage(call, params.id);
    if (found instanceof Response) return found;
    const body = await parse(request, z.object({ body: z.string().max(10_000) }));
    if (!body.success) return badRequest();
    const key = `${call.caller.employeeHsaId}:${found.id}`;
    if (body.data.body.trim() === '') changes.deleteDraft(key);
    const updatedAt =
      body.data.body.trim() === '' ? null : changes.saveDraft(key, body.data.body).savedAt;
    return HttpResponse.json({ body: body.data.body, updatedAt }, { headers: NO_STORE });
  }),
];
