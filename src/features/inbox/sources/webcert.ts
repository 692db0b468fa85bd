import { z } from 'zod';
import { finishCase, type Case, type CaseDetail, type CaseStatus } from '../model';
import { query, sourceRequest, SourceError, type CaseSource } from './case-source';

/** Webcert: Försäkringskassan's questions about certificates, paged by page number. */

const BASE = '/api/webcert/v1';
const PAGE_SIZE = 100;
const SOURCE = { id: 'webcert', name: 'Webcert' } as const;

export const WC_STATUS: Record<string, CaseStatus> = {
  PENDING_INTERNAL_ACTION: 'new',
  PENDING_EXTERNAL_ACTION: 'waiting',
  ANSWERED: 'waiting',
  CLOSED: 'closed',
};

const SUBJECT_TEXT: Record<string, string> = {
  KOMPLETTERING: 'Komplettering',
  KONTAKT: 'Kontakt',
  OVRIGT: 'Övrigt',
  AVSTAMNINGSMOTE: 'Avstämningsmöte',
};

const summarySchema = z.object({
  id: z.string(),
  amne: z.string(),
  rubrik: z.string(),
  intyg: z.object({ intygsId: z.string(), intygsTyp: z.string(), intygsNamn: z.string() }),
  patient: z.object({ personId: z.string(), fornamn: z.string(), efternamn: z.string() }),
  enhetsId: z.string(),
  status: z.string(),
  lakare: z.object({ hsaId: z.string(), namn: z.string() }).nullable(),
  skickatTidpunkt: z.string(),
  sistaDatumForSvar: z.iso.date().nullable(),
  olast: z.boolean(),
  senasteHandelse: z.string(),
});

const detailSchema = summarySchema.extend({
  meddelanden: z.array(
    z.object({
      fran: z.enum(['FK', 'WC']),
      avsandare: z.string(),
      text: z.string(),
      tidpunkt: z.string(),
    }),
  ),
  handelser: z.array(
    z.object({
      tidpunkt: z.string(),
      handelse: z.string(),
      av: z.string().nullable(),
      kommentar: z.string().optional(),
    }),
  ),
});

const listSchema = z.object({
  fragor: z.array(summarySchema),
  sida: z.number(),
  antalSidor: z.number(),
  totaltAntal: z.number(),
});

/** The last day to answer, to the end of that day in Swedish time. */
function endOfSwedishDay(date: string): string {
  // 23:59 in Stockholm is 21:59 or 22:59 UTC; the earlier one never promises too much.
  return `${date}T21:59:59.000Z`;
}

function toCase(raw: z.infer<typeof summarySchema>): Case {
  const status = WC_STATUS[raw.status];
  if (!status) {
    throw new SourceError(
      'webcert',
      'invalid-response',
      `Webcert skickade en okänd status (${raw.status}).`,
    );
  }
  const open = status !== 'closed';
  return finishCase({
    source: 'webcert',
    id: raw.id,
    reference: `${raw.intyg.intygsNamn} (${raw.intyg.intygsTyp})`,
    type: 'certificate-question',
    subject: `${raw.rubrik} – ${raw.intyg.intygsNamn}`,
    patient: {
      identityNumber: raw.patient.personId,
      name: `${raw.patient.fornamn} ${raw.patient.efternamn}`,
    },
    careUnitHsaId: raw.enhetsId,
    status,
    sourceStatus: raw.status,
    assignee: raw.lakare ? { hsaId: raw.lakare.hsaId, name: raw.lakare.namn } : null,
    assigneeLabel: 'Intygsutfärdare',
    receivedAt: raw.skickatTidpunkt,
    dueAt: raw.sistaDatumForSvar ? endOfSwedishDay(raw.sistaDatumForSvar) : null,
    priority: raw.amne === 'KOMPLETTERING' ? 'high' : 'normal',
    unread: raw.olast,
    lastActivityAt: raw.senasteHandelse,
    version: raw.senasteHandelse,
    capabilities: {
      take: false,
      assign: false,
      statuses: [],
      reply: raw.status === 'PENDING_INTERNAL_ACTION' && raw.amne !== 'KOMPLETTERING',
      close: open,
      reopen: !open,
      onlyInSource:
        raw.amne === 'KOMPLETTERING'
          ? ['Komplettera intyget (ett nytt intyg signeras i Webcert)']
          : ['Läsa och förnya intyget'],
    },
  });
}

function toDetail(raw: z.infer<typeof detailSchema>): CaseDetail {
  return {
    ...toCase(raw),
    history: raw.handelser.map((h) => ({
      at: h.tidpunkt,
      text: h.handelse,
      by: h.av,
      note: h.kommentar,
    })),
    messages: raw.meddelanden.map((m, index) => ({
      id: `${raw.id}-${index}`,
      from: m.fran === 'FK' ? 'organisation' : 'staff',
      author: m.avsandare,
      text: m.text,
      sentAt: m.tidpunkt,
    })),
    facts: [
      { label: 'Ämne', value: SUBJECT_TEXT[raw.amne] ?? raw.amne },
      { label: 'Intyg', value: `${raw.intyg.intygsNamn} (${raw.intyg.intygsTyp})` },
      { label: 'Frågeställare', value: 'Försäkringskassan' },
    ],
  };
}

const fragaPath = (id: string) => `${BASE}/fragor/${encodeURIComponent(id)}`;
const answer = z.object({ fraga: detailSchema });

export const webcert: CaseSource = {
  ...SOURCE,
  openIn: { kind: 'service', serviceId: 'webcert' },

  async listCases(context, onProgress) {
    const cases: Case[] = [];
    let pages = 1;
    for (let sida = 1; sida <= pages; sida += 1) {
      const page = await sourceRequest(
        SOURCE,
        context,
        `${BASE}/fragor?${query({ enhetsId: context.careUnitHsaId, sida, antalPerSida: PAGE_SIZE })}`,
        listSchema,
      );
      pages = page.antalSidor;
      for (const raw of page.fragor) cases.push(toCase(raw));
      onProgress?.({ loaded: cases.length, total: page.totaltAntal });
    }
    return cases;
  },

  async getCase(context, id) {
    return toDetail((await sourceRequest(SOURCE, context, fragaPath(id), answer)).fraga);
  },

  async perform(context, target, action) {
    const post = (suffix: string, body: unknown) =>
      sourceRequest(SOURCE, context, `${fragaPath(target.id)}/${suffix}`, answer, {
        method: 'POST',
        body,
      });
    switch (action.kind) {
      case 'reply':
        return toDetail(
          (await post('svar', { svarstext: action.text, requestId: action.idempotencyKey })).fraga,
        );
      case 'close':
        return toDetail(
          (await post('hanterad', { hanterad: true, kommentar: action.note || undefined })).fraga,
        );
      case 'reopen':
        return toDetail((await post('hanterad', { hanterad: false })).fraga);
      default:
        throw new SourceError('webcert', 'rejected', 'Webcert kan inte göra det här.');
    }
  },

  drafts: {
    async get(context, id) {
      const draft = await sourceRequest(
        SOURCE,
        context,
        `${fragaPath(id)}/svarsutkast`,
        z.object({ svarstext: z.string().nullable() }),
      );
      return draft.svarstext ?? '';
    },
    async save(context, id, text) {
      await sourceRequest(SOURCE, context, `${fragaPath(id)}/svarsutkast`, z.unknown(), {
        method: 'PUT',
        body: { svarstext: text },
      });
    },
  },
};

/** For the benchmark (scripts/bench-inbox.ts): the wire schema and the mapping, without HTTP. */
export { listSchema as wcListSchema, toCase as wcToCase };
