import { z } from 'zod';
import { finishCase, type Case, type CaseDetail, type CaseStatus, type Priority } from '../model';
import {
  query,
  sourceRequest,
  SourceError,
  type CaseSource,
  type SourceContext,
} from './case-source';

/** 1177 Formulärhantering: submitted forms to review, paged with page tokens (no total). */

const BASE = '/api/formularhantering/v1';
const PAGE_SIZE = 250;
const SOURCE = { id: 'formularhantering', name: '1177 Formulärhantering' } as const;

export const FORM_STATUS: Record<string, CaseStatus> = {
  SUBMITTED: 'new',
  IN_REVIEW: 'in-progress',
  RETURNED: 'waiting',
  REVIEWED: 'closed',
};

const FORM_PRIORITY: Record<number, Priority> = { 1: 'high', 2: 'normal', 3: 'low' };

const summarySchema = z.object({
  id: z.string(),
  formCode: z.string(),
  formTitle: z.string(),
  respondent: z.object({ personalIdentityNumber: z.string(), name: z.string() }),
  careUnitId: z.string(),
  reviewStatus: z.string(),
  reviewer: z.object({ hsaId: z.string(), name: z.string() }).nullable(),
  submittedAt: z.string(),
  reviewDeadline: z.string().nullable(),
  priority: z.number().int(),
  viewed: z.boolean(),
  updatedAt: z.string(),
  revision: z.number(),
});

const detailSchema = summarySchema.extend({
  answers: z.array(z.object({ question: z.string(), answer: z.string() })),
  log: z.array(
    z.object({
      timestamp: z.string(),
      action: z.string(),
      actor: z.string().nullable(),
      comment: z.string().optional(),
    }),
  ),
});

const listSchema = z.object({
  submissions: z.array(summarySchema),
  nextPageToken: z.string().optional(),
});

function toCase(raw: z.infer<typeof summarySchema>, context: SourceContext): Case {
  const status = FORM_STATUS[raw.reviewStatus];
  if (!status) {
    throw new SourceError(
      'formularhantering',
      'invalid-response',
      `1177 Formulärhantering skickade ett okänt granskningsläge (${raw.reviewStatus}).`,
    );
  }
  const open = status !== 'closed';
  const mine = raw.reviewer?.hsaId === context.me.hsaId;
  return finishCase({
    source: 'formularhantering',
    id: raw.id,
    reference: raw.formCode,
    type: 'form',
    subject: raw.formTitle,
    patient: { identityNumber: raw.respondent.personalIdentityNumber, name: raw.respondent.name },
    careUnitHsaId: raw.careUnitId,
    status,
    sourceStatus: raw.reviewStatus,
    assignee: raw.reviewer,
    assigneeLabel: 'Granskare',
    receivedAt: raw.submittedAt,
    dueAt: raw.reviewDeadline,
    priority: FORM_PRIORITY[raw.priority] ?? 'normal',
    unread: !raw.viewed,
    lastActivityAt: raw.updatedAt,
    version: String(raw.revision),
    capabilities: {
      take: open && !mine,
      assign: false,
      statuses: open
        ? (['in-progress', 'waiting'] as CaseStatus[]).filter((s) => s !== status)
        : [],
      reply: false,
      close: open,
      reopen: !open,
      onlyInSource: ['Skicka meddelande till invånaren', 'Skicka ett nytt formulär'],
    },
  });
}

function toDetail(raw: z.infer<typeof detailSchema>, context: SourceContext): CaseDetail {
  return {
    ...toCase(raw, context),
    history: raw.log.map((entry) => ({
      at: entry.timestamp,
      text: entry.action,
      by: entry.actor,
      note: entry.comment,
    })),
    messages: [],
    facts: [
      { label: 'Formulär', value: `${raw.formTitle} (${raw.formCode})` },
      ...raw.answers.map((a) => ({ label: a.question, value: a.answer })),
    ],
  };
}

const FORM_TARGET: Partial<Record<CaseStatus, string>> = {
  'in-progress': 'IN_REVIEW',
  waiting: 'RETURNED',
};

export const formularhantering: CaseSource = {
  ...SOURCE,
  openIn: { kind: 'service', serviceId: 'formularhantering' },

  async listCases(context, onProgress) {
    const cases: Case[] = [];
    let pageToken: string | undefined;
    do {
      const page: z.infer<typeof listSchema> = await sourceRequest(
        SOURCE,
        context,
        `${BASE}/submissions?${query({ careUnitId: context.careUnitHsaId, pageSize: PAGE_SIZE, pageToken })}`,
        listSchema,
      );
      for (const raw of page.submissions) cases.push(toCase(raw, context));
      onProgress?.({ loaded: cases.length, total: null });
      pageToken = page.nextPageToken;
    } while (pageToken);
    return cases;
  },

  async getCase(context, id) {
    const { submission } = await sourceRequest(
      SOURCE,
      context,
      `${BASE}/submissions/${encodeURIComponent(id)}`,
      z.object({ submission: detailSchema }),
    );
    return toDetail(submission, context);
  },

  async perform(context, target, action) {
    const revision = Number(target.version);
    const patch = (body: Record<string, unknown>) =>
      sourceRequest(
        SOURCE,
        context,
        `${BASE}/submissions/${encodeURIComponent(target.id)}`,
        z.object({ submission: detailSchema }),
        {
          method: 'PATCH',
          body: { revision, ...body },
        },
      );
    switch (action.kind) {
      case 'take':
        return toDetail((await patch({ reviewerHsaId: context.me.hsaId })).submission, context);
      case 'status':
        return toDetail(
          (await patch({ reviewStatus: FORM_TARGET[action.status] })).submission,
          context,
        );
      case 'close':
        return toDetail(
          (await patch({ reviewStatus: 'REVIEWED', comment: action.note || undefined })).submission,
          context,
        );
      case 'reopen':
        return toDetail((await patch({ reviewStatus: 'IN_REVIEW' })).submission, context);
      default:
        throw new SourceError(
          'formularhantering',
          'rejected',
          '1177 Formulärhantering kan inte göra det här.',
        );
    }
  },
};

/** For the benchmark (scripts/bench-inbox.ts): the wire schema and the mapping, without HTTP. */
export { listSchema as formListSchema, toCase as formToCase };
