/**
 * The outbox: every message goes through it, so none is lost and none is sent twice.
 *
 * - Sending moves the draft into the outbox in one IndexedDB transaction: the text exists in
 *   exactly one place at every moment, and a reload, a lost network or an expired session in
 *   between loses nothing.
 * - The item carries its messageId from the start and is sent with it every time; the service
 *   stores a messageId once, so a retry after a lost answer does not make a second message.
 * - No network or no valid token: the item waits ("queued") and goes when the app flushes again
 *   (back online, after the new login, every little while). The service failing (5xx): "failed",
 *   and the person retries. The service refusing the message (4xx): it goes back to its draft
 *   with the reason, so the person can fix it.
 * - Sending, flushing and "Ändra" take turns (`exclusively`): a message in flight is never also
 *   taken back into its draft, so it is never both delivered and waiting to be sent again.
 */
import { ApiError } from '@/lib/http-client';
import { sendMessage } from '../api/message-service';
import type { Message, SendMessageDocument } from '../api/schemas';
import { bytesToBase64 } from '../lib/base64';
import { messagesDb, type Draft, type OutboxItem } from './db';

export type Sender = {
  employeeHsaId: string;
  commissionHsaId: string;
};

export type SendFn = (
  commissionHsaId: string,
  mailboxId: string,
  document: SendMessageDocument,
) => Promise<Message>;

export type FlushOutcome =
  | { status: 'sent'; message: Message }
  | { status: 'queued' | 'failed' | 'rejected'; error: string }
  | { status: 'skipped' };

const WAITING_FOR_NETWORK =
  'Väntar på uppkoppling. Meddelandet skickas av sig självt när anslutningen är tillbaka.';
const WAITING_FOR_LOGIN =
  'Väntar på inloggning. Meddelandet skickas av sig självt när du har loggat in igen.';

// --- Changes, for the screens that show the outbox ---------------------------------------------

const listeners = new Set<() => void>();
export function subscribeOutbox(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const changed = () => listeners.forEach((listener) => listener());

// --- Queueing ----------------------------------------------------------------------------------

/** The JSON:API document for a draft: its text, recipient and files as base64. */
async function documentOf(
  draft: Draft,
  messageId: string,
  conversationId: string,
  refToMessageId: string | null,
): Promise<SendMessageDocument> {
  const db = await messagesDb();
  const attachments = await Promise.all(
    draft.attachments.map(async (file) => {
      const stored = await db.get('files', file.id);
      if (!stored) throw new Error(`Bilagan ${file.fileName} saknas i utkastet.`);
      return {
        fileName: file.fileName,
        contentType: file.contentType,
        content: bytesToBase64(new Uint8Array(stored.data)),
      };
    }),
  );
  return {
    data: {
      type: 'messages',
      id: messageId,
      attributes: {
        conversationId,
        refToMessageId,
        label: draft.label.trim(),
        confidentiality: draft.confidentiality,
        documents: { body: draft.body, attachments },
      },
      relationships: { recipient: { data: { type: 'mailboxes', id: draft.recipient!.mailboxId } } },
    },
  };
}

/**
 * Moves a draft (which must have a recipient) into the outbox. A new message starts a
 * conversation; a reply refers to the message it answers. Resolves to the queued item.
 */
export async function queueDraft(
  draft: Draft,
  sender: Sender,
  reply: { refToMessageId: string | null } = { refToMessageId: null },
): Promise<OutboxItem> {
  if (!draft.recipient) throw new Error('Utkastet saknar mottagare.');
  const messageId = crypto.randomUUID();
  const conversationId = draft.conversationId ?? crypto.randomUUID();
  // Files are read and encoded first: a transaction ends when it waits for anything but itself.
  const document = await documentOf(draft, messageId, conversationId, reply.refToMessageId);
  const item: OutboxItem = {
    messageId,
    employeeHsaId: sender.employeeHsaId,
    commissionHsaId: sender.commissionHsaId,
    mailboxId: draft.mailboxId,
    conversationId,
    draft: { ...draft, error: null },
    document,
    state: 'queued',
    error: null,
    attempts: 0,
    createdAt: new Date().toISOString(),
  };
  const db = await messagesDb();
  const tx = db.transaction(['drafts', 'files', 'outbox'], 'readwrite');
  const fileKeys = await tx.objectStore('files').index('byDraft').getAllKeys(draft.key);
  await Promise.all([
    tx.objectStore('outbox').add(item),
    tx.objectStore('drafts').delete(draft.key),
    ...fileKeys.map((id) => tx.objectStore('files').delete(id)),
    tx.done,
  ]);
  changed();
  return item;
}

// --- Sending -----------------------------------------------------------------------------------

type Classified = { state: 'queued' | 'failed' | 'rejected'; error: string };

function classify(error: unknown): Classified {
  if (error instanceof ApiError) {
    if (error.status === 0) return { state: 'queued', error: WAITING_FOR_NETWORK };
    if (error.status === 401) return { state: 'queued', error: WAITING_FOR_LOGIN };
    if (error.status === 408 || error.status === 429 || error.status >= 500)
      return { state: 'failed', error: `Meddelandet kunde inte skickas. ${error.message}` };
    return { state: 'rejected', error: rejectionMessage(error) };
  }
  return { state: 'failed', error: 'Meddelandet kunde inte skickas. Försök igen.' };
}

/** The service's refusal in words that say what to do. */
function rejectionMessage(error: ApiError): string {
  switch (error.code) {
    case 'recipient_unknown':
      return 'Mottagaren finns inte i adressboken. Sök fram organisationen och välj en funktionsbrevlåda igen.';
    case 'recipient_removed':
      return `${error.message} Den tar inte emot meddelanden längre – välj en annan mottagare.`;
    default:
      return `Meddelandet skickades inte: ${error.message}`;
  }
}

const inFlight = new Set<string>();

/** One attempt to send one item; the item is deleted, kept or returned to its draft. */
async function sendItem(item: OutboxItem, send: SendFn): Promise<FlushOutcome> {
  if (inFlight.has(item.messageId)) return { status: 'skipped' };
  inFlight.add(item.messageId);
  const db = await messagesDb();
  try {
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      await db.put('outbox', { ...item, state: 'queued', error: WAITING_FOR_NETWORK });
      return { status: 'queued', error: WAITING_FOR_NETWORK };
    }
    try {
      const message = await send(item.commissionHsaId, item.mailboxId, item.document);
      await db.delete('outbox', item.messageId);
      return { status: 'sent', message };
    } catch (error) {
      const { state, error: text } = classify(error);
      if (state === 'rejected' && (await returnToDraft(item, text))) {
        return { status: 'rejected', error: text };
      }
      await db.put('outbox', {
        ...item,
        state: state === 'queued' ? 'queued' : 'failed',
        error: text,
        attempts: item.attempts + 1,
      });
      return { status: state, error: text };
    }
  } finally {
    inFlight.delete(item.messageId);
    changed();
  }
}

/**
 * A refused message goes back to its draft with the reason, unless the person has started a
 * new draft there meanwhile (then it stays in the outbox, marked failed, with the reason).
 */
async function returnToDraft(item: OutboxItem, reason: string | null): Promise<boolean> {
  const db = await messagesDb();
  const tx = db.transaction(['drafts', 'files', 'outbox'], 'readwrite');
  if (await tx.objectStore('drafts').get(item.draft.key)) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return false;
  }
  const files = item.document.data.attributes.documents.attachments;
  const restored = await Promise.all(
    item.draft.attachments.map(async (meta, index) => {
      const bytes = Uint8Array.from(atob(files[index]!.content), (c) => c.charCodeAt(0));
      await tx
        .objectStore('files')
        .put({ id: meta.id, draftKey: item.draft.key, data: bytes.buffer });
      return meta;
    }),
  );
  await tx.objectStore('drafts').put({
    ...item.draft,
    attachments: restored,
    error: reason,
    updatedAt: new Date().toISOString(),
  });
  await tx.objectStore('outbox').delete(item.messageId);
  await tx.done;
  return true;
}

/** The tail of this tab's outbox work: each task starts when the one before it has ended. */
let previous: Promise<unknown> = Promise.resolve();

/**
 * Runs `task` alone: after this tab's earlier outbox work, and among this browser's tabs where
 * the browser can say so (Web Locks).
 */
function exclusively<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  const run = () =>
    locks ? (locks.request('vardpersonal-sdk-outbox', task) as Promise<T>) : task();
  const result = previous.then(run, run);
  previous = result.catch(() => undefined);
  return result;
}

/** Sends one queued item now (after queueing, or "Försök igen"). */
export function sendNow(messageId: string, send: SendFn = sendMessage): Promise<FlushOutcome> {
  return exclusively(async () => {
    const item = await (await messagesDb()).get('outbox', messageId);
    return item ? sendItem(item, send) : { status: 'skipped' as const };
  });
}

/** Sends every item of this person that waits for the network or a login. Failed ones wait for the person. */
export function flushOutbox(sender: Sender, send: SendFn = sendMessage): Promise<FlushOutcome[]> {
  return exclusively(async () => {
    const items = await listOutbox(sender.employeeHsaId);
    const outcomes: FlushOutcome[] = [];
    // The person may since have switched commission; an item goes with the one it was written in.
    for (const item of items.filter((i) => i.state === 'queued')) {
      outcomes.push(await sendItem(item, send));
    }
    return outcomes;
  });
}

/** A person's unsent messages, oldest first. */
export async function listOutbox(employeeHsaId: string): Promise<OutboxItem[]> {
  const items = await (await messagesDb()).getAllFromIndex('outbox', 'byPerson', employeeHsaId);
  return items.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/**
 * What "Ändra" did: `returned` to its draft; `draft-exists` when the person has a new draft there
 * already (the message then stays in the outbox: nothing is thrown away); `gone` when it left the
 * outbox first (it was sent, or refused and returned with the reason, while "Ändra" waited).
 */
export type ReturnToDraftOutcome = 'returned' | 'draft-exists' | 'gone';

/**
 * Takes an unsent message back to its draft to change it. Waits for a send of it that is under
 * way, and then looks again: a message that was delivered meanwhile stays delivered.
 */
export function returnOutboxItemToDraft(messageId: string): Promise<ReturnToDraftOutcome> {
  return exclusively(async () => {
    const item = await (await messagesDb()).get('outbox', messageId);
    if (!item) return 'gone';
    const returned = await returnToDraft(item, null);
    changed();
    return returned ? 'returned' : 'draft-exists';
  });
}
