import { z } from 'zod';
import { finishCase, type Case, type CaseDetail, type CaseStatus } from '../model';
import {
  query,
  sourceRequest,
  SourceError,
  type CaseSource,
  type SourceContext,
} from './case-source';

/** 1177 Stöd och behandling: participants' messages in treatment programmes, offset-paged. */

const BASE = '/api/stod-och-behandling/v1';
const PAGE_SIZE = 200;
const SOURCE = { id: 'stod-och-behandling', name: '1177 Stöd och behandling' } as const;

export const SOB_STATUS: Record<string, CaseStatus> = {
  UNREAD: 'new',
  READ: 'in-progress',
  ANSWERED: 'waiting',
  ARCHIVED: 'closed',
};

const summarySchema = z.object({
  id: z.string(),
  programme: z.string(),
  module: z.string(),
  subject: z.string(),
  participant: z.object({ ssn: z.string(), firstName: z.string(), lastName: z.string() }),
  unitHsaId: z.string(),
  state: z.string(),
  therapist: z.object({ hsaId: z.string(), displayName: z.string() }).nullable(),
  sentAt: z.string(),
  respondBy: z.string().nullable(),
  flagged: z.boolean(),
  lastActivityAt: z.string(),
  etag: z.string(),
});

const detailSchema = summarySchema.extend({
  thread: z.array(
    z.object({
      id: z.string(),
      author: z.enum(['PARTICIPANT', 'THERAPIST']),
      authorName: z.string(),
      body: z.string(),
      sentAt: z.string(),
    }),
  ),
  events: z.array(
    z.object({
      at: z.string(),
      kind: z.string(),
      by: z.string().nullable(),
      note: z.string().optional(),
    }),
  ),
});

const listSchema = z.object({
  items: z.array(summarySchema),
  offset: z.number(),
  limit: z.number(),
  total: z.number(),
});

function toCase(raw: z.infer<typeof summarySchema>, context: SourceContext): Case {
  const status = SOB_STATUS[raw.state];
  if (!status) {
    throw new SourceError(
      'stod-och-behandling',
      'invalid-response',
      `1177 Stöd och behandling skickade ett okänt läge (${raw.state}).`,
    );
  }
  const open = status !== 'closed';
  const mine = raw.therapist?.hsaId === context.me.hsaId;
  return finishCase({
    source: 'stod-och-behandling',
    id: raw.id,
    reference: raw.programme,
    type: 'treatment-message',
    subject: raw.subject,
    patient: {
      identityNumber: raw.participant.ssn,
      name: `${raw.participant.firstName} ${raw.participant.lastName}`,
    },
    careUnitHsaId: raw.unitHsaId,
    status,
    sourceStatus: raw.state,
    assignee: raw.therapist
      ? { hsaId: raw.therapist.hsaId, name: raw.therapist.displayName }
      : null,
    assigneeLabel: 'Behandlare',
    receivedAt: raw.sentAt,
    dueAt: raw.respondBy,
    priority: raw.flagged ? 'high' : 'normal',
    unread: raw.state === 'UNREAD',
    lastActivityAt: raw.lastActivityAt,
    version: raw.etag,
    capabilities: {
      take: open && !mine && raw.therapist === null,
      assign: false,
      statuses: [],
      reply: open,
      close: open,
      reopen: !open,
      onlyInSource: ['Se deltagarens övningar och skattningar', 'Öppna nästa modul i programmet'],
    },
  });
}

function toDetail(raw: z.infer<typeof detailSchema>, context: SourceContext): CaseDetail {
  return {
    ...toCase(raw, context),
    history: raw.events.map((e) => ({ at: e.at, text: e.kind, by: e.by, note: e.note })),
    messages: raw.thread.map((post) => ({
      id: post.id,
      from: post.author === 'PARTICIPANT' ? 'patient' : 'staff',
      author: post.authorName,
      text: post.body,
      sentAt: post.sentAt,
    })),
    facts: [
      { label: 'Program', value: raw.programme },
      { label: 'Modul', value: raw.module },
    ],
  };
}

const messagePath = (id: string) => `${BASE}/messages/${encodeURIComponent(id)}`;

export const stodOchBehandling: CaseSource = {
  ...SOURCE,
  openIn: { kind: 'service', serviceId: 'stod-och-behandling' },

  async listCases(context, onProgress) {
    const path = `${BASE}/units/${encodeURIComponent(context.careUnitHsaId)}/messages`;
    const cases: Case[] = [];
    let total = Infinity;
    for (let offset = 0; offset < total; offset += PAGE_SIZE) {
      const page = await sourceRequest(
        SOURCE,
        context,
        `${path}?${query({ offset, limit: PAGE_SIZE })}`,
        listSchema,
      );
      total = page.total;
      for (const raw of page.items) cases.push(toCase(raw, context));
      onProgress?.({ loaded: cases.length, total });
      if (page.items.length === 0) break;
    }
    return cases;
  },

  async getCase(context, id) {
    return toDetail(await sourceRequest(SOURCE, context, messagePath(id), detailSchema), context);
  },

  async perform(context, target, action) {
    const post = (suffix: string, body: unknown) =>
      sourceRequest(SOURCE, context, `${messagePath(target.id)}/${suffix}`, detailSchema, {
        method: 'POST',
        body,
      });
    const etag = target.version;
    switch (action.kind) {
      case 'take':
        return toDetail(await post('claim', { etag }), context);
      case 'reply':
        return toDetail(
          await post('replies', { body: action.text, clientMessageId: action.idempotencyKey }),
          context,
        );
      case 'close':
        return toDetail(await post('archive', { etag, note: action.note || undefined }), context);
      case 'reopen':
        return toDetail(await post('unarchive', { etag }), context);
      default:
        throw new SourceError(
          'stod-och-behandling',
          'rejected',
          '1177 Stöd och behandling kan inte göra det här.',
        );
    }
  },

  drafts: {
    async get(context, id) {
      const draft = await sourceRequest(
        SOURCE,
        context,
        `${messagePath(id)}/reply-draft`,
        z.object({ body: z.string() }),
      );
      return draft.body;
    },
    async save(context, id, text) {
      await sourceRequest(SOURCE, context, `${messagePath(id)}/reply-draft`, z.unknown(), {
        method: 'PUT',
        body: { body: text },
      });
    },
  },
};

/** For the benchmark (scripts/bench-inbox.ts): the wire schema and the mapping, without HTTP. */
export { listSchema as sobListSchema, toCase as sobToCase };
