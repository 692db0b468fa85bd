/**
 * The SDK message service (Säker digital kommunikation), JSON:API style. Only a commission for
 * care and treatment may use it (access.ts), and it reads and sends through the functional
 * mailboxes of its own care unit only (403 otherwise). Sending is idempotent on `messageId`: the
 * same message sent twice is stored once. Delivery to the recipient's mailbox takes a moment
 * (`deliveredAt`); the recipient sees a message from then. Inbound messages from the seed arrive
 * over time. A released message that names a patient by identity number writes its own access
 * event. Drafts are held here per person (drafts.ts), with a key per person for what the browser
 * must keep while the service is out of reach (device-keys.ts).
 * See docs/decisions/0007-secure-messages.md, 0020-drafts-on-the-message-service.md and
 * docs/message-service-api.md.
 */
import { http } from 'msw';
import { z } from 'zod';
import { recordAccess } from '../access-log/events';
import { takeCountedFailure } from '../lib/dev-switches';
import { mailboxesOfUnit, type MailboxEntry } from '../sdk-address-book/directory';
import { acceptableContentType, jsonApi, jsonApiError, type Resource } from '../lib/json-api';
import { access, mailboxAccess, type Granted } from './access';
import { deviceKeyHandlers } from './device-keys';
import { draftHandlers } from './drafts';
import {
  isVisibleTo,
  messageResource,
  messages,
  outgoingProblem,
  storeOutgoing,
  unavailable,
} from './messages';
import { patientsNamedIn } from './patient-mentions';
import { sendDocumentSchema } from './send-document';
import type { Party, StoredMessage } from './seed';

export type { Party, StoredMessage };
export { resetDeliveryDelay, setDeliveryDelay } from './messages';
export { allStoredDrafts } from './drafts';

const BASE = '*/api/sdk/message-service/v1';

// --- Development and test switches ---------------------------------------------------------

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

/** Tests: every stored message. */
export const allStoredMessages = (): StoredMessage[] => messages.all();

// --- Resources -------------------------------------------------------------------------------

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

// --- The access log --------------------------------------------------------------------------

export const RECORDED_BY = 'Säker digital kommunikation (meddelandetjänsten)';

/**
 * A released text that names a patient by identity number leaves an access event, written here
 * with the server's time and the caller's commission. The same text to the same person in the
 * same commission is one event a day: a page that polls is not a new reading each time.
 */
function recordPatientsIn(granted: Granted, text: string, shown: string, releaseId: string) {
  const day = new Date().toISOString().slice(0, 10);
  for (const patient of patientsNamedIn(text)) {
    recordAccess({
      caller: granted.caller,
      commission: granted.commission,
      patient,
      recordedBy: RECORDED_BY,
      shown,
      onceKey: `sdk:${releaseId}:${patient}:${granted.commission.commissionHsaId}:${day}`,
    });
  }
}

// --- Handlers --------------------------------------------------------------------------------

export const sdkMessageServiceHandlers = [
  http.get(`${BASE}/mailboxes`, async ({ request }) => {
    const result = await access(request);
    if (!result.ok) return result.response;
    const unit = result.commission.healthCareUnitHsaId;
    return jsonApi({ data: mailboxesOfUnit(unit).map(mailboxResource) });
  }),

  http.get(`${BASE}/mailboxes/:mailboxId/conversations`, async ({ request, params }) => {
    const result = await mailboxAccess(request, params.mailboxId);
    if (!result.ok) return result.response;
    const { mailbox } = result.mailbox;
    const conversations = conversationResources(mailbox.id, new Date().toISOString());
    for (const { id, attributes } of conversations) {
      recordPatientsIn(
        result,
        attributes.label,
        `Rubriken ”${attributes.label}” i konversationerna i ${mailbox.name}`,
        `conversation:${id}`,
      );
    }
    return jsonApi({ data: conversations });
  }),

  http.get(
    `${BASE}/mailboxes/:mailboxId/conversations/:conversationId/messages`,
    async ({ request, params }) => {
      const result = await mailboxAccess(request, params.mailboxId);
      if (!result.ok) return result.response;
      const { mailbox } = result.mailbox;
      const now = new Date().toISOString();
      const thread = messages
        .all()
        .filter(
          (m) => m.conversationId === params.conversationId && isVisibleTo(m, mailbox.id, now),
        )
        .sort((a, b) => a.sentAt.localeCompare(b.sentAt));
      if (thread.length === 0) {
        return jsonApiError(404, 'conversation_unknown', 'Konversationen finns inte i brevlådan.');
      }
      for (const message of thread) {
        recordPatientsIn(
          result,
          `${message.label}\n${message.body}`,
          `Meddelandet ”${message.label}” i ${mailbox.name}`,
          `message:${message.messageId}`,
        );
      }
      return jsonApi({ data: thread.map((m) => messageResource(m, mailbox.id, now)) });
    },
  ),

  http.post(
    `${BASE}/mailboxes/:mailboxId/conversations/:conversationId/read`,
    async ({ request, params }) => {
      const result = await mailboxAccess(request, params.mailboxId);
      if (!result.ok) return result.response;
      const mailboxId = result.mailbox.mailbox.id;
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

  // A whole message in one document: for systems that send without drafts (the messages client
  // sends its drafts, drafts.ts).
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
    const senderMailboxId = result.mailbox.mailbox.id;
    const now = new Date().toISOString();

    // Idempotent: a message id already stored is answered with what was stored.
    const existing = messages.all().find((m) => m.messageId === messageId);
    if (existing) {
      if (existing.sender.mailboxId !== senderMailboxId) {
        return jsonApiError(409, 'message_id_conflict', 'Meddelandets id används redan.');
      }
      return jsonApi({ data: messageResource(existing, senderMailboxId, now) }, 200);
    }

    const fault = takeCountedFailure('messageSendFailures');
    if (fault === 'reject') return unavailable();

    const outgoing = {
      messageId,
      conversationId: attributes.conversationId,
      refToMessageId: attributes.refToMessageId,
      label: attributes.label,
      confidentiality: attributes.confidentiality,
      body: attributes.documents.body,
      attachments: attributes.documents.attachments,
      recipientId: relationships.recipient.data.id,
    };
    const problem = outgoingProblem(outgoing, senderMailboxId, now);
    if (problem) {
      const pointer = problem.code.startsWith('recipient_')
        ? '/data/relationships/recipient'
        : problem.field && `/data/attributes/${problem.field}`;
      return jsonApiError(422, problem.code, problem.detail, pointer);
    }
    const stored = storeOutgoing(outgoing, senderMailboxId, result.caller, now);
    if (fault === 'lose-response') return unavailable();
    return jsonApi({ data: messageResource(stored, senderMailboxId, now) }, 201);
  }),

  ...draftHandlers,
  ...deviceKeyHandlers,
];
