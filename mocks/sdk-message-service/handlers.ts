/**
 * The SDK message service (Säker digital kommunikation), JSON:API style. A commission reads and
 * sends through the functional mailboxes of its own care unit only (403 otherwise). Sending is
 * idempotent on `messageId`: the same message sent twice is stored once. Delivery to the
 * recipient's mailbox takes a moment (`deliveredAt`); the recipient sees a message from then.
 * Inbound messages from the seed arrive over time. See docs/decisions/0007-secure-messages.md.
 */
import { http } from 'msw';
import { z } from 'zod';
import { authenticate, type AuthResult } from '../lib/verify-token';
import { takeCountedFailure } from '../lib/dev-switches';
import { table } from '../lib/store';
import { findMailbox, mailboxesOfUnit, type MailboxEntry } from '../sdk-address-book/directory';
import { acceptableContentType, jsonApi, jsonApiError, type Resource } from '../lib/json-api';
import {
  decodeContent,
  fileProblem,
  MAX_BODY_CHARS,
  MAX_FILES,
  MAX_LABEL_CHARS,
  MAX_TOTAL_BYTES,
  sendDocumentSchema,
  type SendDocument,
} from './send-document';
import { partyOf, seedMessages, type Party, type StoredMessage } from './seed';

export type { Party, StoredMessage };

const BASE = '*/api/sdk/message-service/v1';

const messages = table<StoredMessage>('sdkMessages.messages', {
  key: (message) => message.messageId,
  seed: seedMessages,
});

// --- Development and test switches ---------------------------------------------------------

const DEFAULT_DELIVERY_DELAY_MS = 2_000;
let deliveryDelayMs = DEFAULT_DELIVERY_DELAY_MS;

/** How long the service takes to deliver a sent message to the recipient's mailbox. */
export function setDeliveryDelay(ms: number): void {
  deliveryDelayMs = ms;
}

/** Delivers the next inbound message that was to arrive later, now. Returns it, if any. */
export function deliverNextInbound(): StoredMessage | null {
  const now = new Date().toISOString();
  const all = messages.all();
  const next = all
    .filter((m) => m.deliveredAt > now)
    .sort((a, b) => a.deliveredAt.localeCompare(b.deliveredAt))[0];
  if (!next) return null;
  const delivered = { ...next, sentAt: now, deliveredAt: now };
  messages.save(all.map((m) => (m.messageId === next.messageId ? delivered : m)));
  return delivered;
}

/** Tests: back to the service's own delivery delay. */
export function resetDeliveryDelay(): void {
  deliveryDelayMs = DEFAULT_DELIVERY_DELAY_MS;
}

/** Tests: every stored message. */
export const allStoredMessages = (): StoredMessage[] => messages.all();

// --- Resources -------------------------------------------------------------------------------

const isVisibleTo = (message: StoredMessage, mailboxId: string, now: string) =>
  message.sender.mailboxId === mailboxId ||
  (message.recipient.mailboxId === mailboxId && message.deliveredAt <= now);

function messageResource(message: StoredMessage, mailboxId: string, now: string) {
  const outbound = message.sender.mailboxId === mailboxId;
  const delivered = message.deliveredAt <= now;
  return {
    type: 'messages',
    id: message.messageId,
    attributes: {
      messageId: message.messageId,
      conversationId: message.conversationId,
      refToMessageId: message.refToMessageId,
      label: message.label,
      confidentiality: message.confidentiality,
      sender: message.sender,
      recipient: message.recipient,
      sentBy: message.sentBy,
      documents: { body: message.body, attachments: message.attachments },
      sentAt: message.sentAt,
      direction: outbound ? 'outbound' : 'inbound',
      deliveryStatus: delivered ? 'delivered' : 'sent',
      deliveredAt: delivered ? message.deliveredAt : null,
      readAt: message.readAt,
    },
    relationships: {
      conversation: { data: { type: 'conversations', id: message.conversationId } },
    },
  } satisfies Resource<unknown>;
}

function conversationResources(mailboxId: string, now: string) {
  const byConversation = new Map<string, StoredMessage[]>();
  for (const message of messages.all()) {
    if (!isVisibleTo(message, mailboxId, now)) continue;
    const list = byConversation.get(message.conversationId) ?? [];
    list.push(message);
    byConversation.set(message.conversationId, list);
  }
  return [...byConversation.entries()]
    .map(([conversationId, list]) => {
      list.sort((a, b) => a.sentAt.localeCompare(b.sentAt));
      const first = list[0]!;
      const last = list.at(-1)!;
      const counterpart = last.sender.mailboxId === mailboxId ? last.recipient : last.sender;
      return {
        type: 'conversations',
        id: conversationId,
        attributes: {
          label: first.label,
          confidentiality: list.some((m) => m.confidentiality === 'confidential')
            ? 'confidential'
            : 'none',
          counterpart,
          messageCount: list.length,
          unreadCount: list.filter((m) => m.recipient.mailboxId === mailboxId && !m.readAt).length,
          lastMessageAt: last.sentAt,
        },
        relationships: {
          mailbox: { data: { type: 'mailboxes', id: mailboxId } },
        },
      } satisfies Resource<unknown>;
    })
    .sort((a, b) => b.attributes.lastMessageAt.localeCompare(a.attributes.lastMessageAt));
}

const mailboxResource = ({ organisation, mailbox }: MailboxEntry) =>
  ({
    type: 'mailboxes',
    id: mailbox.id,
    attributes: {
      name: mailbox.name,
      description: mailbox.description,
      organisation: { participantId: organisation.participantId, name: organisation.name },
    },
  }) satisfies Resource<unknown>;

// --- Authorization ---------------------------------------------------------------------------

type Access =
  { ok: true; auth: Extract<AuthResult, { ok: true }> } | { ok: false; response: Response };

async function access(request: Request): Promise<Access> {
  const auth = await authenticate(request, jsonApiError);
  if (!auth.ok) return auth;
  if (!auth.activeCommission) {
    return {
      ok: false,
      response: jsonApiError(
        403,
        'commission_required',
        'Välj det medarbetaruppdrag du arbetar i för att läsa enhetens meddelanden.',
      ),
    };
  }
  return { ok: true, auth };
}

/** The mailbox, if it is one of the active commission's care unit's. */
function ownMailbox(auth: Extract<AuthResult, { ok: true }>, mailboxId: string) {
  const unit = auth.activeCommission!.healthCareUnitHsaId;
  const entry = mailboxesOfUnit(unit).find((e) => e.mailbox.id === mailboxId);
  if (entry) return { ok: true as const, entry };
  return {
    ok: false as const,
    response: jsonApiError(
      403,
      'mailbox_forbidden',
      'Funktionsbrevlådan hör inte till vårdenheten i ditt valda medarbetaruppdrag.',
    ),
  };
}

/** Authenticated, with a commission, and the mailbox is one of its care unit's. */
async function mailboxAccess(request: Request, mailboxId: unknown) {
  const result = await access(request);
  if (!result.ok) return result;
  const own = ownMailbox(result.auth, String(mailboxId));
  if (!own.ok) return own;
  return { ok: true as const, auth: result.auth, mailboxId: own.entry.mailbox.id };
}

// --- Sending ---------------------------------------------------------------------------------

type SendAttributes = SendDocument['data']['attributes'];

/** The first thing wrong with a message's content, as a JSON:API error; null if it is fine. */
function contentProblem(
  attributes: SendAttributes,
): { code: string; detail: string; pointer: string } | null {
  const at = (path: string) => `/data/attributes/${path}`;
  if (!attributes.label.trim())
    return { code: 'label_empty', detail: 'Meddelandet saknar rubrik.', pointer: at('label') };
  if (attributes.label.length > MAX_LABEL_CHARS)
    return { code: 'label_too_long', detail: 'Rubriken är för lång.', pointer: at('label') };
  if (!attributes.documents.body.trim())
    return {
      code: 'body_empty',
      detail: 'Meddelandet saknar text.',
      pointer: at('documents/body'),
    };
  if (attributes.documents.body.length > MAX_BODY_CHARS)
    return {
      code: 'body_too_long',
      detail: 'Meddelandet är för långt.',
      pointer: at('documents/body'),
    };
  const files = attributes.documents.attachments;
  if (files.length > MAX_FILES)
    return {
      code: 'too_many_attachments',
      detail: `Högst ${MAX_FILES} bilagor per meddelande.`,
      pointer: at('documents/attachments'),
    };
  let total = 0;
  for (const [index, file] of files.entries()) {
    const bytes = decodeContent(file.content);
    if (!bytes) {
      return {
        code: 'attachment_content',
        detail: `Bilagan ${file.fileName} är inte kodad som base64.`,
        pointer: at(`documents/attachments/${index}/content`),
      };
    }
    total += bytes.length;
    const problem = fileProblem(file.contentType, bytes);
    const details = {
      type: `Filtypen för ${file.fileName} tas inte emot.`,
      content: `Innehållet i ${file.fileName} stämmer inte med filtypen ${file.contentType}.`,
      size: `Bilagan ${file.fileName} är för stor.`,
      empty: `Bilagan ${file.fileName} är tom.`,
    } as const;
    if (problem) {
      return {
        code: `attachment_${problem}`,
        detail: details[problem],
        pointer: at(`documents/attachments/${index}`),
      };
    }
  }
  if (total > MAX_TOTAL_BYTES)
    return {
      code: 'attachments_too_large',
      detail: 'Bilagorna är för stora tillsammans.',
      pointer: at('documents/attachments'),
    };
  return null;
}

const unavailable = () =>
  jsonApiError(
    503,
    'unavailable',
    'Meddelandetjänsten svarar inte just nu. Försök igen om en stund.',
  );

// --- Handlers --------------------------------------------------------------------------------

export const sdkMessageServiceHandlers = [
  http.get(`${BASE}/mailboxes`, async ({ request }) => {
    const result = await access(request);
    if (!result.ok) return result.response;
    const unit = result.auth.activeCommission!.healthCareUnitHsaId;
    return jsonApi({ data: mailboxesOfUnit(unit).map(mailboxResource) });
  }),

  http.get(`${BASE}/mailboxes/:mailboxId/conversations`, async ({ request, params }) => {
    const result = await mailboxAccess(request, params.mailboxId);
    if (!result.ok) return result.response;
    return jsonApi({ data: conversationResources(result.mailboxId, new Date().toISOString()) });
  }),

  http.get(
    `${BASE}/mailboxes/:mailboxId/conversations/:conversationId/messages`,
    async ({ request, params }) => {
      const result = await mailboxAccess(request, params.mailboxId);
      if (!result.ok) return result.response;
      const { mailboxId } = result;
      const now = new Date().toISOString();
      const thread = messages
        .all()
        .filter((m) => m.conversationId === params.conversationId && isVisibleTo(m, mailboxId, now))
        .sort((a, b) => a.sentAt.localeCompare(b.sentAt));
      if (thread.length === 0) {
        return jsonApiError(404, 'conversation_unknown', 'Konversationen finns inte i brevlådan.');
      }
      return jsonApi({ data: thread.map((m) => messageResource(m, mailboxId, now)) });
    },
  ),

  http.post(
    `${BASE}/mailboxes/:mailboxId/conversations/:conversationId/read`,
    async ({ request, params }) => {
      const result = await mailboxAccess(request, params.mailboxId);
      if (!result.ok) return result.response;
      const { mailboxId } = result;
      const now = new Date().toISOString();
      messages.save(
        messages
          .all()
          .map((m) =>
            m.conversationId === params.conversationId &&
            m.recipient.mailboxId === mailboxId &&
            m.deliveredAt <= now &&
            !m.readAt
              ? { ...m, readAt: now }
              : m,
          ),
      );
      return jsonApi({ meta: { readAt: now } });
    },
  ),

  http.post(`${BASE}/mailboxes/:mailboxId/messages`, async ({ request, params }) => {
    const result = await mailboxAccess(request, params.mailboxId);
    if (!result.ok) return result.response;
    if (!acceptableContentType(request)) {
      return jsonApiError(415, 'unsupported_media_type', 'Meddelandet ska skickas som JSON:API.');
    }
    const parsed = sendDocumentSchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) {
      return jsonApiError(400, 'invalid_document', z.prettifyError(parsed.error));
    }
    const { id: messageId, attributes, relationships } = parsed.data.data;
    const sender = partyOf(result.mailboxId);
    const now = new Date().toISOString();

    // Idempotent: a message id already stored is answered with what was stored.
    const existing = messages.all().find((m) => m.messageId === messageId);
    if (existing) {
      if (existing.sender.mailboxId !== sender.mailboxId) {
        return jsonApiError(409, 'message_id_conflict', 'Meddelandets id används redan.');
      }
      return jsonApi({ data: messageResource(existing, sender.mailboxId, now) }, 200);
    }

    const fault = takeCountedFailure('messageSendFailures');
    if (fault === 'reject') return unavailable();

    const recipientId = relationships.recipient.data.id;
    const recipient = findMailbox(recipientId);
    if (!recipient) {
      return jsonApiError(
        422,
        'recipient_unknown',
        'Mottagaren finns inte i adressboken.',
        '/data/relationships/recipient',
      );
    }
    if (recipient.mailbox.status !== 'active') {
      return jsonApiError(
        422,
        'recipient_removed',
        `Funktionsbrevlådan ${recipient.mailbox.name} är borttagen ur adressboken.`,
        '/data/relationships/recipient',
      );
    }
    if (recipient.mailbox.id === sender.mailboxId) {
      return jsonApiError(422, 'recipient_is_sender', 'Avsändare och mottagare är samma brevlåda.');
    }
    const problem = contentProblem(attributes);
    if (problem) return jsonApiError(422, problem.code, problem.detail, problem.pointer);

    // A conversation belongs to the mailboxes in it; a reply must refer to a message in it.
    const conversation = messages
      .all()
      .filter((m) => m.conversationId === attributes.conversationId);
    if (
      conversation.length > 0 &&
      !conversation.some((m) => isVisibleTo(m, sender.mailboxId, now))
    ) {
      return jsonApiError(422, 'conversation_forbidden', 'Konversationen hör inte till brevlådan.');
    }
    if (
      attributes.refToMessageId &&
      !conversation.some((m) => m.messageId === attributes.refToMessageId)
    ) {
      return jsonApiError(
        422,
        'reference_unknown',
        'Meddelandet som besvaras finns inte i konversationen.',
        '/data/attributes/refToMessageId',
      );
    }

    const { caller } = result.auth;
    const stored: StoredMessage = {
      messageId,
      conversationId: attributes.conversationId,
      refToMessageId: attributes.refToMessageId,
      label: attributes.label.trim(),
      confidentiality: attributes.confidentiality,
      sender,
      recipient: partyOf(recipient.mailbox.id),
      sentBy: { name: `${caller.givenName} ${caller.familyName}`, title: caller.title },
      body: attributes.documents.body,
      attachments: attributes.documents.attachments.map((file) => ({
        ...file,
        size: decodeContent(file.content)!.length,
      })),
      sentAt: now,
      deliveredAt: new Date(Date.now() + deliveryDelayMs).toISOString(),
      readAt: null,
    };
    messages.save([...messages.all(), stored]);
    if (fault === 'lose-response') return unavailable();
    return jsonApi({ data: messageResource(stored, sender.mailboxId, now) }, 201);
  }),
];
