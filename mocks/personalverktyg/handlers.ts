/**
 * Stand-in for 1177 Personalverktyg's case API (v2): citizens' cases for a care unit, paged with
 * an opaque cursor, in Swedish field names, with errors as `{ error: { code, message } }`.
 *
 * Roles come from the token's system roles: "PV;Ärendemottagare" sees and routes all the unit's
 * cases; "PV;Ärendehanterare" sees their own and unassigned ones and may only take them.
 * Every change carries the version the client saw; an older one is a 409 that names who changed
 * it. A reply carries the client's idempotency key; the same key twice is one reply.
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
import { arrivedArenden, seedArenden, type PvArende, type PvStatus } from './seed';

const BASE = '*/api/personalverktyg/v2';

export const PV_RECEIVER = 'PV;Ärendemottagare';
export const PV_HANDLER = 'PV;Ärendehanterare';

export type PvRoll = 'ARENDEMOTTAGARE' | 'ARENDEHANTERARE';
/** Personalverktyg's error body; a 409 names who has the case now. */
export type PvFel = {
  error: { code: string; message: string; tilldeladHandlaggare?: { namn: string } | null };
};

const changes = changeTable<PvArende>('personalverktyg');

export function pvError(
  status: number,
  code: string,
  message: string,
  extra: Omit<PvFel['error'], 'code' | 'message'> = {},
): Response {
  return HttpResponse.json<PvFel>(
    { error: { code, message, ...extra } },
    { status, headers: NO_STORE },
  );
}

const FELKOD: Record<string, string> = {
  unavailable: 'TJANST_OTILLGANGLIG',
  commission_required: 'UPPDRAG_SAKNAS',
};

const sourceError = (status: number, code: string, message: string) =>
  pvError(status, FELKOD[code] ?? code, message);

type Granted = Extract<SourceCall, { ok: true }> & { roll: PvRoll };

async function begin(request: Request): Promise<Granted | { ok: false; response: Response }> {
  const call = await sourceCall(request, 'personalverktyg', sourceError);
  if (!call.ok) return call;
  const roles = call.caller.systemRoles;
  const roll: PvRoll | null = roles.includes(PV_RECEIVER)
    ? 'ARENDEMOTTAGARE'
    : roles.includes(PV_HANDLER)
      ? 'ARENDEHANTERARE'
      : null;
  if (!roll) {
    return {
      ok: false,
      response: pvError(
        403,
        'BEHORIGHET_SAKNAS',
        'Du har ingen roll i 1177 Personalverktyg (Ärendemottagare eller Ärendehanterare).',
      ),
    };
  }
  return { ...call, roll };
}

/** Every case of the unit as it is now: the seed, the arrivals and the changes. */
function unitCases(unitHsaId: string): PvArende[] {
  return changes.merge([...seedArenden(unitHsaId), ...arrivedArenden(unitHsaId)]);
}

const visibleTo = (call: Granted) => (arende: PvArende) =>
  call.roll === 'ARENDEMOTTAGARE' ||
  arende.handlaggare === null ||
  arende.handlaggare.hsaId === call.caller.employeeHsaId;

/** The case, if it is the active unit's and the caller may see it; else the error response. */
function findCase(call: Granted, id: string, request: Request): PvArende | Response {
  const unit = call.commission.healthCareUnitHsaId;
  const arende = unitCases(unit).find((a) => a.id === id);
  if (!arende) {
    // Another unit's case gets the same answer as one that does not exist: nothing leaks.
    const elsewhere = /^pv-/.test(id);
    return pvError(
      elsewhere ? 403 : 404,
      elsewhere ? 'ANNAN_VARDENHET' : 'ARENDE_SAKNAS',
      elsewhere
        ? 'Ärendet tillhör inte vårdenheten i ditt medarbetaruppdrag.'
        : 'Ärendet finns inte.',
    );
  }
  if (!visibleTo(call)(arende)) {
    // Someone else has it now: a change is a conflict that says who, a read is refused.
    if (request.method !== 'GET') return versionConflict(arende);
    return pvError(
      403,
      'ANNAN_HANDLAGGARE',
      `Ärendet är tilldelat ${arende.handlaggare?.namn ?? 'en annan handläggare'}.`,
    );
  }
  return arende;
}

const summary = ({ historik: _h, meddelanden: _m, ...rest }: PvArende) => rest;
export type PvArendeSammanfattning = ReturnType<typeof summary>;

export type PvListSvar = {
  arenden: PvArendeSammanfattning[];
  nastaSida: string | null;
  totaltAntal: number;
  roll: PvRoll;
};

const encodeCursor = (offset: number) => btoa(`o:${offset}`);
function decodeCursor(cursor: string | null): number | null {
  if (!cursor) return 0;
  try {
    const match = /^o:(\d+)$/.exec(atob(cursor));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** Applies a change to a case, bumping its version and history. */
function change(
  arende: PvArende,
  update: Partial<PvArende>,
  handelse: string,
  av: string,
  anteckning?: string,
): PvArende {
  const tid = iso(Date.now());
  const next: PvArende = {
    ...arende,
    ...update,
    version: arende.version + 1,
    senastAndrad: tid,
    historik: [...arende.historik, { tid, handelse, av, ...(anteckning ? { anteckning } : {}) }],
  };
  changes.save(next);
  return next;
}

function versionConflict(arende: PvArende): Response {
  return pvError(
    409,
    'ARENDET_ANDRAT',
    arende.handlaggare
      ? `Ärendet har ändrats av ${arende.handlaggare.namn}.`
      : 'Ärendet har ändrats av någon annan.',
    { tilldeladHandlaggare: arende.handlaggare ? { namn: arende.handlaggare.namn } : null },
  );
}

const STATUS_TEXT: Record<PvStatus, string> = {
  NY: 'Ny',
  TILLDELAD: 'Tilldelad',
  PAGAENDE: 'Pågående',
  VANTAR_PA_INVANARE: 'Väntar på invånaren',
  AVSLUTAD: 'Avslutad',
};

const readBody = async <T>(request: Request, schema: z.ZodType<T>) =>
  schema.safeParse(await request.json().catch(() => null));

const invalid = () => pvError(400, 'OGILTIG_BEGARAN', 'Begäran är inte giltig.');

type Params = { id: string };

export const personalverktygHandlers = [
  http.get(`${BASE}/arenden`, async ({ request }) => {
    const call = await begin(request);
    if (!call.ok) return call.response;
    const url = new URL(request.url);
    const enhet = url.searchParams.get('enhet');
    if (enhet !== call.commission.healthCareUnitHsaId) {
      return pvError(
        403,
        'ANNAN_VARDENHET',
        'Du kan bara se ärenden för vårdenheten i ditt medarbetaruppdrag.',
      );
    }
    const offset = decodeCursor(url.searchParams.get('cursor'));
    const antal = Math.min(Number(url.searchParams.get('antal') ?? 100) || 100, 500);
    if (offset === null) return pvError(400, 'OGILTIG_CURSOR', 'Sidmarkören är inte giltig.');

    const all = unitCases(enhet)
      .filter(visibleTo(call))
      .sort((a, b) => b.inkom.localeCompare(a.inkom) || a.id.localeCompare(b.id));
    const page = all.slice(offset, offset + antal);
    const next = offset + antal < all.length ? encodeCursor(offset + antal) : null;
    recordCaseList(
      call,
      'personalverktyg',
      page.map((arende) => arende.invanare.personnummer),
    );
    return HttpResponse.json<PvListSvar>(
      { arenden: page.map(summary), nastaSida: next, totaltAntal: all.length, roll: call.roll },
      { headers: NO_STORE },
    );
  }),

  http.get<Params>(`${BASE}/arenden/:id`, async ({ request, params }) => {
    const call = await begin(request);
    if (!call.ok) return call.response;
    const found = findCase(call, params.id, request);
    if (found instanceof Response) return found;
    // Opening a case marks it as read for the whole unit.
    const arende = found.oppnad ? found : { ...found, oppnad: true };
    if (!found.oppnad) changes.save(arende);
    recordCaseRead(call, 'personalverktyg', arende.id, arende.invanare.personnummer);
    return HttpResponse.json({ arende, roll: call.roll }, { headers: NO_STORE });
  }),

  http.get<{ hsaId: string }>(`${BASE}/enheter/:hsaId/medarbetare`, async ({ request, params }) => {
    const call = await begin(request);
    if (!call.ok) return call.response;
    if (params.hsaId !== call.commission.healthCareUnitHsaId) {
      return pvError(403, 'ANNAN_VARDENHET', 'Du kan bara se medarbetare på din egen vårdenhet.');
    }
    return HttpResponse.json(
      {
        medarbetare: colleaguesAt(params.hsaId).map((c) => ({
          hsaId: c.hsaId,
          namn: c.name,
          titel: c.title,
        })),
      },
      { headers: NO_STORE },
    );
  }),

  http.post<Params>(`${BASE}/arenden/:id/tilldelning`, async ({ request, params }) => {
    const call = await begin(request);
    if (!call.ok) return call.response;
    const found = findCase(call, params.id, request);
    if (found instanceof Response) return found;
    const body = await readBody(
      request,
      z.object({ handlaggare: z.string().min(1), version: z.number().int() }),
    );
    if (!body.success) return invalid();
    const self = body.data.handlaggare === call.caller.employeeHsaId;
    if (!self && call.roll !== 'ARENDEMOTTAGARE') {
      return pvError(
        403,
        'ROLL_SAKNAS',
        'Bara en ärendemottagare kan tilldela ärenden till andra.',
      );
    }
    if (body.data.version !== found.version) return versionConflict(found);
    if (self && found.handlaggare && found.handlaggare.hsaId !== call.caller.employeeHsaId) {
      return versionConflict(found);
    }
    const colleague = colleaguesAt(call.commission.healthCareUnitHsaId).find(
      (c) => c.hsaId === body.data.handlaggare,
    );
    if (!colleague) return pvError(422, 'OKAND_HANDLAGGARE', 'Medarbetaren finns inte på enheten.');
    const arende = change(
      found,
      {
        handlaggare: { hsaId: colleague.hsaId, namn: colleague.name },
        status: found.status === 'NY' ? 'TILLDELAD' : found.status,
      },
      self ? `${call.callerName} tog ärendet` : `Tilldelat ${colleague.name}`,
      call.callerName,
    );
    return HttpResponse.json({ arende }, { headers: NO_STORE });
  }),

  http.post<Params>(`${BASE}/arenden/:id/status`, async ({ request, params }) => {
    const call = await begin(request);
    if (!call.ok) return call.response;
    const found = findCase(call, params.id, request);
    if (found instanceof Response) return found;
    const body = await readBody(
      request,
      z.object({
        status: z.enum(['PAGAENDE', 'VANTAR_PA_INVANARE', 'AVSLUTAD']),
        version: z.number().int(),
        anteckning: z.string().max(2000).optional(),
      }),
    );
    if (!body.success) return invalid();
    if (body.data.version !== found.version) return versionConflict(found);
    const mine = found.handlaggare?.hsaId === call.caller.employeeHsaId;
    if (!mine && call.roll !== 'ARENDEMOTTAGARE') {
      return pvError(403, 'INTE_HANDLAGGARE', 'Ta ärendet innan du ändrar det.');
    }
    const { status, anteckning } = body.data;
    const handelse =
      status === 'AVSLUTAD'
        ? 'Ärendet avslutades'
        : found.status === 'AVSLUTAD'
          ? 'Ärendet öppnades igen'
          : `Status ändrad till ${STATUS_TEXT[status]}`;
    const arende = change(found, { status }, handelse, call.callerName, anteckning);
    return HttpResponse.json({ arende }, { headers: NO_STORE });
  }),

  http.post<Params>(`${BASE}/arenden/:id/svar`, async ({ request, params }) => {
    const call = await begin(request);
    if (!call.ok) return call.response;
    const found = findCase(call, params.id, request);
    if (found instanceof Response) return found;
    const body = await readBody(
      request,
      z.object({ text: z.string().trim().min(1).max(10_000), idempotensnyckel: z.string().min(8) }),
    );
    if (!body.success) return invalid();
    const { text, idempotensnyckel } = body.data;
    const earlier = found.meddelanden.find((m) => m.idempotensnyckel === idempotensnyckel);
    if (earlier)
      return HttpResponse.json({ meddelande: earlier, arende: found }, { headers: NO_STORE });
    if (found.handlaggare?.hsaId !== call.caller.employeeHsaId) {
      return pvError(403, 'INTE_HANDLAGGARE', 'Ta ärendet innan du svarar.');
    }
    if (found.status === 'AVSLUTAD') {
      return pvError(422, 'ARENDET_AVSLUTAT', 'Ärendet är avslutat och kan inte besvaras.');
    }
    const meddelande = {
      id: `${found.id}-m${found.meddelanden.length + 1}`,
      fran: 'VARDEN' as const,
      avsandare: call.callerName,
      text,
      skickat: iso(Date.now()),
      idempotensnyckel,
    };
    const arende = change(
      { ...found, meddelanden: [...found.meddelanden, meddelande] },
      { status: 'VANTAR_PA_INVANARE' },
      'Svar skickat till invånaren',
      call.callerName,
    );
    changes.deleteDraft(`${call.caller.employeeHsaId}:${found.id}`);
    return HttpResponse.json({ meddelande, arende }, { status: 201, headers: NO_STORE });
  }),

  http.get<Params>(`${BASE}/arenden/:id/utkast`, async ({ request, params }) => {
    const call = await begin(request);
    if (!call.ok) return call.response;
    const found = findCase(call, params.id, request);
    if (found instanceof Response) return found;
    const draft = changes.draft(`${call.caller.employeeHsaId}:${found.id}`);
    if (!draft) return pvError(404, 'UTKAST_SAKNAS', 'Det finns inget utkast.');
    return HttpResponse.json({ text: draft.text, sparat: draft.savedAt }, { headers: NO_STORE });
  }),

  http.put<Params>(`${BASE}/arenden/:id/utkast`, async ({ request, params }) => {
    const call = await begin(request);
    if (!call.ok) return call.response;
    const found = findCase(call, params.id, request);
    if (found instanceof Response) return found;
    const body = await readBody(request, z.object({ text: z.string().max(10_000) }));
    if (!body.success) return invalid();
    const key = `${call.caller.employeeHsaId}:${found.id}`;
    if (body.data.text.trim() === '') {
      changes.deleteDraft(key);
      return HttpResponse.json({ text: '', sparat: null }, { headers: NO_STORE });
    }
    const { savedAt } = changes.saveDraft(key, body.data.text);
    return HttpResponse.json({ text: body.data.text, sparat: savedAt }, { headers: NO_STORE });
  }),
];
