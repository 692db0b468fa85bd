import { z } from 'zod';
import { finishCase, type Case, type CaseDetail, type CaseStatus, type CaseType } from '../model';
import {
  query,
  sourceRequest,
  SourceError,
  type CaseSource,
  type SourceContext,
} from './case-source';

/** 1177 Personalverktyg: citizens' cases from 1177, cursor-paged, roles from HSA. */

const BASE = '/api/personalverktyg/v2';
const PAGE_SIZE = 250;
const SOURCE = { id: 'personalverktyg', name: '1177 Personalverktyg' } as const;

export const PV_STATUS: Record<string, CaseStatus> = {
  NY: 'new',
  TILLDELAD: 'in-progress',
  PAGAENDE: 'in-progress',
  VANTAR_PA_INVANARE: 'waiting',
  AVSLUTAD: 'closed',
};

export const PV_TYPE: Record<string, CaseType> = {
  FORNYA_RECEPT: 'prescription-renewal',
  KONTAKTA_MIG: 'contact-me',
  AVBOKA_TID: 'cancel-appointment',
  OMBOKA_TID: 'rebook-appointment',
  BOKA_TID: 'appointment-request',
  RADGIVNING: 'advice',
  MEDDELANDE: 'message',
};

const person = z.object({ hsaId: z.string(), namn: z.string() });
const roll = z.enum(['ARENDEMOTTAGARE', 'ARENDEHANTERARE']);
type Roll = z.infer<typeof roll>;

const summarySchema = z.object({
  id: z.string(),
  arendenummer: z.string(),
  typ: z.string(),
  rubrik: z.string(),
  invanare: z.object({ personnummer: z.string(), namn: z.string() }),
  enhetHsaId: z.string(),
  status: z.string(),
  handlaggare: person.nullable(),
  inkom: z.string(),
  besvarasSenast: z.string().nullable(),
  prioritet: z.enum(['HOG', 'NORMAL']),
  oppnad: z.boolean(),
  senastAndrad: z.string(),
  version: z.number(),
});

const detailSchema = summarySchema.extend({
  historik: z.array(
    z.object({
      tid: z.string(),
      handelse: z.string(),
      av: z.string().nullable(),
      anteckning: z.string().optional(),
    }),
  ),
  meddelanden: z.array(
    z.object({
      id: z.string(),
      fran: z.enum(['INVANARE', 'VARDEN']),
      avsandare: z.string(),
      text: z.string(),
      skickat: z.string(),
    }),
  ),
});

const listSchema = z.object({
  arenden: z.array(summarySchema),
  nastaSida: z.string().nullable(),
  totaltAntal: z.number(),
  roll,
});

function toCase(raw: z.infer<typeof summarySchema>, role: Roll, context: SourceContext): Case {
  const status = PV_STATUS[raw.status];
  const type = PV_TYPE[raw.typ];
  if (!status || !type) {
    throw new SourceError(
      'personalverktyg',
      'invalid-response',
      `1177 Personalverktyg skickade ett okänt värde (${raw.status}/${raw.typ}).`,
    );
  }
  const mine = raw.handlaggare?.hsaId === context.me.hsaId;
  const receiver = role === 'ARENDEMOTTAGARE';
  const open = status !== 'closed';
  return finishCase({
    source: 'personalverktyg',
    id: raw.id,
    reference: raw.arendenummer,
    type,
    subject: raw.rubrik,
    patient: { identityNumber: raw.invanare.personnummer, name: raw.invanare.namn },
    careUnitHsaId: raw.enhetHsaId,
    status,
    sourceStatus: raw.status,
    assignee: raw.handlaggare ? { hsaId: raw.handlaggare.hsaId, name: raw.handlaggare.namn } : null,
    assigneeLabel: 'Handläggare',
    receivedAt: raw.inkom,
    dueAt: raw.besvarasSenast,
    priority: raw.prioritet === 'HOG' ? 'high' : 'normal',
    unread: !raw.oppnad,
    lastActivityAt: raw.senastAndrad,
    version: String(raw.version),
    capabilities: {
      take: open && !mine && (raw.handlaggare === null || receiver),
      assign: open && receiver,
      statuses: open && (mine || receiver) ? ['in-progress', 'waiting'] : [],
      reply: open && mine,
      close: open && (mine || receiver),
      reopen: !open && (mine || receiver),
      onlyInSource: [
        'Förnya receptet i journalsystemet',
        'Boka tid i tidboken',
        'Vidarebefordra till annan mottagning',
      ],
    },
  });
}

function toDetail(
  raw: z.infer<typeof detailSchema>,
  role: Roll,
  context: SourceContext,
): CaseDetail {
  return {
    ...toCase(raw, role, context),
    history: raw.historik.map((h) => ({
      at: h.tid,
      text: h.handelse,
      by: h.av,
      note: h.anteckning,
    })),
    messages: raw.meddelanden.map((m) => ({
      id: m.id,
      from: m.fran === 'INVANARE' ? 'patient' : 'staff',
      author: m.avsandare,
      text: m.text,
      sentAt: m.skickat,
    })),
    facts: [{ label: 'Ärendenummer', value: raw.arendenummer }],
  };
}

// The role comes with every answer; remember the latest for mapping a change's answer.
let lastRole: Roll = 'ARENDEHANTERARE';

const PV_TARGET: Partial<Record<CaseStatus, string>> = {
  'in-progress': 'PAGAENDE',
  waiting: 'VANTAR_PA_INVANARE',
};

export const personalverktyg: CaseSource = {
  ...SOURCE,
  openIn: { kind: 'service', serviceId: 'personalverktyg' },

  async listCases(context, onProgress) {
    const cases: Case[] = [];
    let cursor: string | null = null;
    do {
      const page: z.infer<typeof listSchema> = await sourceRequest(
        SOURCE,
        context,
        `${BASE}/arenden?${query({ enhet: context.careUnitHsaId, antal: PAGE_SIZE, cursor })}`,
        listSchema,
      );
      lastRole = page.roll;
      for (const raw of page.arenden) cases.push(toCase(raw, page.roll, context));
      onProgress?.({ loaded: cases.length, total: page.totaltAntal });
      cursor = page.nastaSida;
    } while (cursor);
    return cases;
  },

  async getCase(context, id) {
    const { arende, roll: role } = await sourceRequest(
      SOURCE,
      context,
      `${BASE}/arenden/${encodeURIComponent(id)}`,
      z.object({ arende: detailSchema, roll }),
    );
    lastRole = role;
    return toDetail(arende, role, context);
  },

  async perform(context, target, action) {
    const path = `${BASE}/arenden/${encodeURIComponent(target.id)}`;
    const version = Number(target.version);
    const answer = z.object({ arende: detailSchema });
    const post = (suffix: string, body: unknown) =>
      sourceRequest(SOURCE, context, `${path}/${suffix}`, answer, { method: 'POST', body });
    let result: z.infer<typeof answer>;
    switch (action.kind) {
      case 'take':
        result = await post('tilldelning', { handlaggare: context.me.hsaId, version });
        break;
      case 'assign':
        result = await post('tilldelning', { handlaggare: action.to.hsaId, version });
        break;
      case 'status':
        result = await post('status', { status: PV_TARGET[action.status], version });
        break;
      case 'close':
        result = await post('status', {
          status: 'AVSLUTAD',
          version,
          anteckning: action.note || undefined,
        });
        break;
      case 'reopen':
        result = await post('status', { status: 'PAGAENDE', version });
        break;
      case 'reply':
        result = await post('svar', { text: action.text, idempotensnyckel: action.idempotencyKey });
        break;
    }
    return toDetail(result.arende, lastRole, context);
  },

  drafts: {
    async get(context, id) {
      try {
        const draft = await sourceRequest(
          SOURCE,
          context,
          `${BASE}/arenden/${encodeURIComponent(id)}/utkast`,
          z.object({ text: z.string() }),
        );
        return draft.text;
      } catch (error) {
        // 404: there is no draft yet.
        if (error instanceof SourceError && error.kind === 'not-found') return '';
        throw error;
      }
    },
    async save(context, id, text) {
      await sourceRequest(
        SOURCE,
        context,
        `${BASE}/arenden/${encodeURIComponent(id)}/utkast`,
        z.unknown(),
        {
          method: 'PUT',
          body: { text },
        },
      );
    },
  },

  async listColleagues(context) {
    const { medarbetare } = await sourceRequest(
      SOURCE,
      context,
      `${BASE}/enheter/${encodeURIComponent(context.careUnitHsaId)}/medarbetare`,
      z.object({
        medarbetare: z.array(z.object({ hsaId: z.string(), namn: z.string(), titel: z.string() })),
      }),
    );
    return medarbetare.map((m) => ({ hsaId: m.hsaId, name: m.namn, title: m.titel }));
  },
};

/** For the benchmark (scripts/bench-inbox.ts): the wire schema and the mapping, without HTTP. */
export { listSchema as pvListSchema, toCase as pvToCase };
