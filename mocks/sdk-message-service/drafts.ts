/**
 * Drafts, held by the message service for each member of staff and mailbox: what someone is
 * writing is kept here, not in the browser, so nothing of a patient stays on a shared computer
 * (docs/decisions/0020-drafts-on-the-message-service.md, docs/message-service-api.md).
 *
 * - A draft is the caller's own: the token's employeeHsaId and the mailbox make its address;
 *   another person's draft is not found (404), whoever asks.
 * - Every draft has a `version`. A change names the version it was made on (`meta.version`);
 *   when the draft has moved on meanwhile (another tab, another computer), the change is refused
 *   with 412 and nothing is overwritten. The same content sent again is answered with what is
 *   stored, so a retry after a lost answer does no harm.
 * - Files are sent once, with the change that attaches them; later changes name them by id.
 * - Sending a draft stores the message and removes the draft in one step; the message id makes
 *   it idempotent, as `POST …/messages` is.
 */
import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { takeCountedFailure } from '../lib/dev-switches';
import { acceptableContentType, jsonApi, jsonApiError } from '../lib/json-api';
import { table } from '../lib/store';
import { findMailbox } from '../sdk-address-book/directory';
import { mailboxAccess } from './access';
import {
  contentProblem,
  isVisibleTo,
  messageResource,
  messages,
  outgoingProblem,
  storeOutgoing,
  type Refusal,
  unavailable,
} from './messages';
import { decodeContent, MAX_FILE_BYTES } from './send-document';
import { partyOf } from './seed';

const BASE = '*/api/sdk/message-service/v1/mailboxes/:mailboxId/drafts';

/** A person's drafts in one mailbox, at most. */
export const MAX_DRAFTS = 100;

type DraftFileMeta = { id: string; fileName: string; contentType: string; size: number };

type StoredDraft = {
  /** `${employeeHsaId}|${mailboxId}|${draftId}` */
  key: string;
  draftId: string;
  employeeHsaId: string;
  mailboxId: string;
  conversationId: string | null;
  recipientId: string | null;
  label: string;
  body: string;
  confidentiality: 'none' | 'confidential';
  attachments: DraftFileMeta[];
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Why the service refused to send it, until it is changed. */
  refusal: { code: string; message: string } | null;
};

/** A draft's file, apart from the draft: a change of the text does not write the file again. */
type StoredDraftFile = DraftFileMeta & { draftKey: string; /** base64 */ content: string };

const drafts = table<StoredDraft>('sdkMessages.drafts', { key: (row) => row.key });
const draftFiles = table<StoredDraftFile>('sdkMessages.draftFiles', {
  key: (row) => `${row.draftKey}|${row.id}`,
});

/** Tests: every stored draft. */
export const allStoredDrafts = (): StoredDraft[] => drafts.all();

const draftKey = (employeeHsaId: string, mailboxId: string, draftId: string) =>
  `${employeeHsaId}|${mailboxId}|${draftId}`;

// --- What the client sends ---------------------------------------------------------------------

const draftDocumentSchema = z.object({
  data: z.object({
    type: z.literal('drafts'),
    id: z.uuid(),
    attributes: z.object({
      conversationId: z.uuid().nullable(),
      label: z.string(),
      body: z.string(),
      confidentiality: z.enum(['none', 'confidential']),
      attachments: z.array(
        z.union([
          // A new file: sent once, with the change that attaches it.
          z.object({
            id: z.uuid(),
            fileName: z.string().min(1).max(255),
            contentType: z.string().min(1).max(100),
            content: z.string().max(4 * MAX_FILE_BYTES),
          }),
          // A file the draft has already.
          z.object({ id: z.uuid() }),
        ]),
      ),
    }),
    relationships: z.object({
      recipient: z.object({
        data: z.object({ type: z.literal('mailboxes'), id: z.string().min(1) }).nullable(),
      }),
    }),
  }),
  /** The version the change was made on; null for a new draft. */
  meta: z.object({ version: z.number().int().positive().nullable() }),
});

const sendDraftSchema = z.object({
  data: z.object({
    type: z.literal('messages'),
    id: z.uuid(),
    attributes: z.object({ conversationId: z.uuid(), refToMessageId: z.uuid().nullable() }),
  }),
  meta: z.object({ draftVersion: z.number().int().positive() }),
});

// --- What the client reads ---------------------------------------------------------------------

/** What both the list and one draft say: what it is, whom it is for, and which version. */
const commonAttributes = (draft: StoredDraft) => ({
  conversationId: draft.conversationId,
  recipient:
    draft.recipientId && findMailbox(draft.recipientId) ? partyOf(draft.recipientId) : null,
  label: draft.label,
  version: draft.version,
  updatedAt: draft.updatedAt,
  refusal: draft.refusal,
});

/** A draft in the list: enough to find it again, not its text. */
const summaryResource = (draft: StoredDraft) => ({
  type: 'drafts',
  id: draft.draftId,
  attributes: { ...commonAttributes(draft), attachmentCount: draft.attachments.length },
});

/** One draft, to go on writing: its text and its files' names, not their content. */
const draftResource = (draft: StoredDraft) => ({
  type: 'drafts',
  id: draft.draftId,
  attributes: {
    ...commonAttributes(draft),
    body: draft.body,
    confidentiality: draft.confidentiality,
    attachments: draft.attachments,
    createdAt: draft.createdAt,
  },
});

// --- Helpers ---------------------------------------------------------------------------------

const refused = (status: number, { code, detail, field }: Refusal) =>
  jsonApiError(status, code, detail, field ? `/data/attributes/${field}` : undefined);

const draftChanged = () =>
  jsonApiError(
    412,
    'draft_changed',
    'Utkastet har ändrats i en annan flik eller på en annan dator sedan du hämtade det. Inget skrevs över.',
    '/meta/version',
  );

const draftUnknown = () =>
  jsonApiError(
    404,
    'draft_unknown',
    'Utkastet finns inte. Det kan ha skickats eller raderats i en annan flik.',
  );

const unsupportedType = () =>
  jsonApiError(415, 'unsupported_media_type', 'Utkastet ska skickas som JSON:API.');

/** The caller's access to the mailbox, and the address of their own draft in it. */
async function ownDraft(request: Request, params: Record<string, unknown>) {
  const result = await mailboxAccess(request, params.mailboxId);
  if (!result.ok) return result;
  const mailboxId = result.mailbox.mailbox.id;
  const key = draftKey(result.caller.employeeHsaId, mailboxId, String(params.draftId));
  return { ...result, mailboxId, key };
}

/** The request's JSON:API document, or the response that refuses it. */
async function readDocument<T>(
  request: Request,
  schema: z.ZodType<T>,
): Promise<{ ok: true; document: T } | { ok: false; response: Response }> {
  if (!acceptableContentType(request)) return { ok: false, response: unsupportedType() };
  const parsed = schema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) {
    return {
      ok: false,
      response: jsonApiError(400, 'invalid_document', z.prettifyError(parsed.error)),
    };
  }
  return { ok: true, document: parsed.data };
}

function findDraft(key: string): StoredDraft | undefined {
  return drafts.all().find((row) => row.key === key);
}

function removeDraft(key: string): void {
  drafts.save(drafts.all().filter((row) => row.key !== key));
  draftFiles.save(draftFiles.all().filter((row) => row.draftKey !== key));
}

type Incoming = z.infer<typeof draftDocumentSchema>['data'];

const sameContent = (stored: StoredDraft, incoming: Incoming) =>
  stored.conversationId === incoming.attributes.conversationId &&
  stored.recipientId === (incoming.relationships.recipient.data?.id ?? null) &&
  stored.label === incoming.attributes.label &&
  stored.body === incoming.attributes.body &&
  stored.confidentiality === incoming.attributes.confidentiality &&
  stored.attachments.map((f) => f.id).join() ===
    incoming.attributes.attachments.map((f) => f.id).join();

// --- Handlers --------------------------------------------------------------------------------

export const draftHandlers = [
  http.get(BASE, async ({ request, params }) => {
    const result = await mailboxAccess(request, params.mailboxId);
    if (!result.ok) return result.response;
    const own = drafts
      .all()
      .filter(
        (d) =>
          d.employeeHsaId === result.caller.employeeHsaId &&
          d.mailboxId === result.mailbox.mailbox.id,
      )
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return jsonApi({ data: own.map(summaryResource) });
  }),

  http.get(`${BASE}/:draftId`, async ({ request, params }) => {
    const result = await ownDraft(request, params);
    if (!result.ok) return result.response;
    const draft = findDraft(result.key);
    return draft ? jsonApi({ data: draftResource(draft) }) : draftUnknown();
  }),

  http.put(`${BASE}/:draftId`, async ({ request, params }) => {
    const result = await ownDraft(request, params);
    if (!result.ok) return result.response;
    const read = await readDocument(request, draftDocumentSchema);
    if (!read.ok) return read.response;
    const { data, meta } = read.document;
    if (data.id !== params.draftId) {
      return jsonApiError(
        400,
        'id_mismatch',
        'Utkastets id stämmer inte med adressen.',
        '/data/id',
      );
    }
    const { mailboxId, key } = result;
    const { employeeHsaId } = result.caller;
    const existing = findDraft(key);
    const now = new Date().toISOString();

    if (existing && sameContent(existing, data)) return jsonApi({ data: draftResource(existing) });
    if (!existing && meta.version !== null) return draftUnknown();
    if (existing && meta.version !== existing.version) return draftChanged();
    if (
      !existing &&
      drafts.all().filter((d) => d.employeeHsaId === employeeHsaId && d.mailboxId === mailboxId)
        .length >= MAX_DRAFTS
    ) {
      return jsonApiError(
        422,
        'too_many_drafts',
        `Du har redan ${MAX_DRAFTS} utkast i den här brevlådan. Skicka eller radera några först.`,
      );
    }

    const { attributes } = data;
    const recipientId = data.relationships.recipient.data?.id ?? null;
    if (recipientId && !findMailbox(recipientId)) {
      return jsonApiError(
        422,
        'recipient_unknown',
        'Mottagaren finns inte i adressboken.',
        '/data/relationships/recipient',
      );
    }
    if (
      attributes.conversationId &&
      !messages
        .all()
        .some(
          (m) => m.conversationId === attributes.conversationId && isVisibleTo(m, mailboxId, now),
        )
    ) {
      return jsonApiError(
        422,
        'conversation_unknown',
        'Konversationen som utkastet svarar i finns inte i brevlådan.',
        '/data/attributes/conversationId',
      );
    }

    // The files: those the draft has are named by id, new ones come with their content.
    const storedFiles = draftFiles.all().filter((f) => f.draftKey === key);
    const files: StoredDraftFile[] = [];
    for (const [index, file] of attributes.attachments.entries()) {
      const kept = storedFiles.find((f) => f.id === file.id);
      if (kept) {
        files.push(kept);
        continue;
      }
      if (!('content' in file)) {
        return jsonApiError(
          422,
          'attachment_unknown',
          'En bilaga finns inte längre i utkastet. Bifoga filen igen.',
          `/data/attributes/attachments/${index}`,
        );
      }
      files.push({
        id: file.id,
        draftKey: key,
        fileName: file.fileName,
        contentType: file.contentType,
        content: file.content,
        size: decodeContent(file.content)?.length ?? 0,
      });
    }
    const problem = contentProblem(
      { label: attributes.label, body: attributes.body, attachments: files },
      { requireText: false },
    );
    if (problem) return refused(422, problem);

    const draft: StoredDraft = {
      key,
      draftId: data.id,
      employeeHsaId,
      mailboxId,
      conversationId: attributes.conversationId,
      recipientId,
      label: attributes.label,
      body: attributes.body,
      confidentiality: attributes.confidentiality,
      attachments: files.map(({ id, fileName, contentType, size }) => ({
        id,
        fileName,
        contentType,
        size,
      })),
      version: (existing?.version ?? 0) + 1,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      refusal: null,
    };
    drafts.save([...drafts.all().filter((d) => d.key !== key), draft]);
    draftFiles.save([...draftFiles.all().filter((f) => f.draftKey !== key), ...files]);
    return jsonApi({ data: draftResource(draft) }, existing ? 200 : 201);
  }),

  http.delete(`${BASE}/:draftId`, async ({ request, params }) => {
    const result = await ownDraft(request, params);
    if (!result.ok) return result.response;
    const { key } = result;
    const existing = findDraft(key);
    // Gone already (a retry, another tab): what was asked for is true.
    if (!existing) return new HttpResponse(null, { status: 204 });
    const version = Number(new URL(request.url).searchParams.get('version'));
    if (!Number.isInteger(version) || version < 1) {
      return jsonApiError(
        400,
        'version_required',
        'Ange vilken version av utkastet som ska raderas (?version=).',
      );
    }
    if (version !== existing.version) return draftChanged();
    removeDraft(key);
    return new HttpResponse(null, { status: 204 });
  }),

  http.post(`${BASE}/:draftId/send`, async ({ request, params }) => {
    const result = await ownDraft(request, params);
    if (!result.ok) return result.response;
    const read = await readDocument(request, sendDraftSchema);
    if (!read.ok) return read.response;
    const { data, meta } = read.document;
    const { mailboxId, key } = result;
    const now = new Date().toISOString();

    // Idempotent: a message id already stored is answered with what was stored.
    const sent = messages.all().find((m) => m.messageId === data.id);
    if (sent) {
      if (sent.sender.mailboxId !== mailboxId) {
        return jsonApiError(409, 'message_id_conflict', 'Meddelandets id används redan.');
      }
      return jsonApi({ data: messageResource(sent, mailboxId, now) }, 200);
    }

    const draft = findDraft(key);
    if (!draft) return draftUnknown();
    if (draft.version !== meta.draftVersion) return draftChanged();
    if (draft.conversationId && draft.conversationId !== data.attributes.conversationId) {
      return jsonApiError(
        422,
        'conversation_mismatch',
        'Svaret hör till en annan konversation än utkastet.',
        '/data/attributes/conversationId',
      );
    }

    const fault = takeCountedFailure('messageSendFailures');
    if (fault === 'reject') return unavailable();

    const refuse = (refusal: Refusal) => {
      drafts.save(
        drafts
          .all()
          .map((d) =>
            d.key === key ? { ...d, refusal: { code: refusal.code, message: refusal.detail } } : d,
          ),
      );
      return refused(422, { ...refusal, field: undefined });
    };
    if (!draft.recipientId) {
      return refuse({ code: 'recipient_missing', detail: 'Utkastet saknar mottagare.' });
    }
    const outgoing = {
      messageId: data.id,
      conversationId: data.attributes.conversationId,
      refToMessageId: data.attributes.refToMessageId,
      label: draft.label,
      confidentiality: draft.confidentiality,
      body: draft.body,
      attachments: draft.attachments.map((meta) => {
        const { fileName, contentType, content } = draftFiles
          .all()
          .find((f) => f.draftKey === key && f.id === meta.id)!;
        return { fileName, contentType, content };
      }),
      recipientId: draft.recipientId,
    };
    const problem = outgoingProblem(outgoing, mailboxId, now);
    if (problem) return refuse(problem);

    const stored = storeOutgoing(outgoing, mailboxId, result.caller, now);
    removeDraft(key);
    if (fault === 'lose-response') return unavailable();
    return jsonApi({ data: messageResource(stored, mailboxId, now) }, 201);
  }),
];
