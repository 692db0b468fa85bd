/**
 * The message service's messages: the table, how a message looks to a mailbox, and the one way
 * a message is accepted for delivery – whether it is sent as a whole document
 * (`POST …/messages`) or from a draft the service holds (`POST …/drafts/:id/send`).
 */
import type { Caller } from '../lib/verify-token';
import { jsonApiError } from '../lib/json-api';
import { table } from '../lib/store';
import type { Resource } from '../lib/json-api';
import { findMailbox } from '../sdk-address-book/directory';
import {
  decodeContent,
  fileProblem,
  MAX_BODY_CHARS,
  MAX_FILES,
  MAX_LABEL_CHARS,
  MAX_TOTAL_BYTES,
} from './send-document';
import { partyOf, seedMessages, type StoredMessage } from './seed';

export const messages = table<StoredMessage>('sdkMessages.messages', {
  key: (message) => message.messageId,
  seed: seedMessages,
});

// --- Delivery time -----------------------------------------------------------------------------

const DEFAULT_DELIVERY_DELAY_MS = 2_000;
let deliveryDelayMs = DEFAULT_DELIVERY_DELAY_MS;

/** How long the service takes to deliver a sent message to the recipient's mailbox. */
export function setDeliveryDelay(ms: number): void {
  deliveryDelayMs = ms;
}

/** Tests: back to the service's own delivery delay. */
export function resetDeliveryDelay(): void {
  deliveryDelayMs = DEFAULT_DELIVERY_DELAY_MS;
}

// --- How a mailbox sees messages ---------------------------------------------------------------

export const isVisibleTo = (message: StoredMessage, mailboxId: string, now: string) =>
  message.sender.mailboxId === mailboxId ||
  (message.recipient.mailboxId === mailboxId && message.deliveredAt <= now);

export function messageResource(message: StoredMessage, mailboxId: string, now: string) {
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

// --- Accepting a message -----------------------------------------------------------------------

export type OutgoingFile = { fileName: string; contentType: string; /** base64 */ content: string };

export type Outgoing = {
  messageId: string;
  conversationId: string;
  refToMessageId: string | null;
  label: string;
  confidentiality: 'none' | 'confidential';
  body: string;
  attachments: OutgoingFile[];
  recipientId: string;
};

/** Why the service refuses a message: a JSON:API error's parts (`field` names the attribute). */
export type Refusal = { code: string; detail: string; field?: string };

/** The first thing wrong with a message's text and files; null if they are fine. */
export function contentProblem(
  message: Pick<Outgoing, 'label' | 'body' | 'attachments'>,
  { requireText = true } = {},
): Refusal | null {
  if (requireText && !message.label.trim())
    return { code: 'label_empty', detail: 'Meddelandet saknar rubrik.', field: 'label' };
  if (message.label.length > MAX_LABEL_CHARS)
    return {
      code: 'label_too_long',
      detail: `Rubriken får vara högst ${MAX_LABEL_CHARS} tecken.`,
      field: 'label',
    };
  if (requireText && !message.body.trim())
    return { code: 'body_empty', detail: 'Meddelandet saknar text.', field: 'documents/body' };
  if (message.body.length > MAX_BODY_CHARS)
    return {
      code: 'body_too_long',
      detail: `Meddelandet får vara högst ${MAX_BODY_CHARS.toLocaleString('sv-SE')} tecken.`,
      field: 'documents/body',
    };
  const files = message.attachments;
  if (files.length > MAX_FILES)
    return {
      code: 'too_many_attachments',
      detail: `Högst ${MAX_FILES} bilagor per meddelande.`,
      field: 'documents/attachments',
    };
  let total = 0;
  for (const [index, file] of files.entries()) {
    const bytes = decodeContent(file.content);
    if (!bytes) {
      return {
        code: 'attachment_content',
        detail: `Bilagan ${file.fileName} är inte kodad som base64.`,
        field: `documents/attachments/${index}/content`,
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
        field: `documents/attachments/${index}`,
      };
    }
  }
  if (total > MAX_TOTAL_BYTES)
    return {
      code: 'attachments_too_large',
      detail: 'Bilagorna är för stora tillsammans.',
      field: 'documents/attachments',
    };
  return null;
}

/** The recipient, if it takes messages from this mailbox. */
export function recipientProblem(recipientId: string, senderMailboxId: string): Refusal | null {
  const recipient = findMailbox(recipientId);
  if (!recipient)
    return { code: 'recipient_unknown', detail: 'Mottagaren finns inte i adressboken.' };
  if (recipient.mailbox.status !== 'active') {
    return {
      code: 'recipient_removed',
      detail: `Funktionsbrevlådan ${recipient.mailbox.name} är borttagen ur adressboken.`,
    };
  }
  if (recipient.mailbox.id === senderMailboxId)
    return { code: 'recipient_is_sender', detail: 'Avsändare och mottagare är samma brevlåda.' };
  return null;
}

/** A conversation belongs to the mailboxes in it; a reply refers to a message in it. */
export function conversationProblem(
  conversationId: string,
  refToMessageId: string | null,
  mailboxId: string,
  now: string,
): Refusal | null {
  const conversation = messages.all().filter((m) => m.conversationId === conversationId);
  if (conversation.length > 0 && !conversation.some((m) => isVisibleTo(m, mailboxId, now)))
    return { code: 'conversation_forbidden', detail: 'Konversationen hör inte till brevlådan.' };
  if (refToMessageId && !conversation.some((m) => m.messageId === refToMessageId)) {
    return {
      code: 'reference_unknown',
      detail: 'Meddelandet som besvaras finns inte i konversationen.',
      field: 'refToMessageId',
    };
  }
  return null;
}

/** Every check a message must pass before it is stored, in the order a person fixes them. */
export function outgoingProblem(outgoing: Outgoing, senderMailboxId: string, now: string) {
  return (
    recipientProblem(outgoing.recipientId, senderMailboxId) ??
    contentProblem(outgoing) ??
    conversationProblem(outgoing.conversationId, outgoing.refToMessageId, senderMailboxId, now)
  );
}

/** Stores a checked message from the sender's mailbox; delivery follows after the delay. */
export function storeOutgoing(
  outgoing: Outgoing,
  senderMailboxId: string,
  caller: Caller,
  now: string,
): StoredMessage {
  const stored: StoredMessage = {
    messageId: outgoing.messageId,
    conversationId: outgoing.conversationId,
    refToMessageId: outgoing.refToMessageId,
    label: outgoing.label.trim(),
    confidentiality: outgoing.confidentiality,
    sender: partyOf(senderMailboxId),
    recipient: partyOf(outgoing.recipientId),
    sentBy: { name: `${caller.givenName} ${caller.familyName}`, title: caller.title },
    body: outgoing.body,
    attachments: outgoing.attachments.map((file) => ({
      ...file,
      size: decodeContent(file.content)!.length,
    })),
    sentAt: now,
    deliveredAt: new Date(Date.parse(now) + deliveryDelayMs).toISOString(),
    readAt: null,
  };
  messages.save([...messages.all(), stored]);
  return stored;
}

export const unavailable = () =>
  jsonApiError(
    503,
    'unavailable',
    'Meddelandetjänsten svarar inte just nu. Försök igen om en stund.',
  );
