/**
 * The outbox: "Skicka" puts a draft here, and it is sent from here, so none is lost and none is
 * sent twice. It lives in this browser only while the message service has not taken the message,
 * sealed with the person's key like the drafts' copies.
 *
 * - An item names its draft and carries its messageId from the start; the service sends a draft
 *   and removes it in one step, and stores a messageId once, so a retry after a lost answer does
 *   not make a second message.
 * - Before sending, the draft's last edits that only this browser has go to the service first.
 * - No network or no valid token: the item waits ("queued") and goes when the app flushes again
 *   (back online, after the new login, every little while). The service failing (5xx): "failed",
 *   and the person retries. The service refusing it (4xx): the item goes, the draft stays with
 *   the reason, so the person can fix it.
 * - Sending, flushing and "Ändra" take turns (storage/serial.ts): a message in flight is never
 *   also taken back into its draft, so it is never both delivered and waiting to be sent again.
 */
import { sendDraft, type SendDraftFn } from '../api/drafts';
import type { Message, Party } from '../api/schemas';
import type { Draft } from '../lib/draft';
import type { DeviceKey } from './crypto';
import { dropLocalDraft, readLocalDraft } from './local-drafts';
import { allSealed, deleteSealed, getSealed, localDataChanged, putSealed } from './sealed';
import { exclusively } from './serial';
import { classify, pushDraft, uploadedFiles, WAITING_FOR_NETWORK, type Failure } from './sync';

export type Sender = { employeeHsaId: string; commissionHsaId: string };

export type OutboxItem = {
  messageId: string;
  draftId: string;
  employeeHsaId: string;
  /** The commission it was written in: it is sent in that one. */
  commissionHsaId: string;
  mailboxId: string;
  /** The conversation it goes to; a new message's is chosen when it is queued. */
  conversationId: string;
  /** A new message: the conversation is known only from here until the service has it. */
  startsConversation: boolean;
  refToMessageId: string | null;
  /** What the screens show of it. */
  label: string;
  recipient: Party;
  /** The draft's version on the service; null while only this browser has the draft. */
  draftVersion: number | null;
  state: 'queued' | 'failed';
  error: string | null;
  attempts: number;
  createdAt: string;
};

export type FlushOutcome =
  | { status: 'sent'; message: Message }
  | { status: 'queued' | 'failed' | 'rejected'; error: string }
  | { status: 'skipped' };

const save = async (device: DeviceKey, item: OutboxItem) => {
  await putSealed('sealedOutbox', device, item.messageId, item);
  localDataChanged();
};

const remove = async (messageId: string) => {
  await deleteSealed('sealedOutbox', [messageId]);
  localDataChanged();
};

/**
 * Puts a draft (which must have a recipient, and whose last edit is written: the editor's flush)
 * in the outbox. A new message starts a conversation; a reply refers to the message it answers.
 */
export async function queueDraft(
  device: DeviceKey,
  draft: Draft,
  sender: Sender,
  reply: { refToMessageId: string | null } = { refToMessageId: null },
): Promise<OutboxItem> {
  if (!draft.recipient) throw new Error('Utkastet saknar mottagare.');
  const item: OutboxItem = {
    messageId: crypto.randomUUID(),
    draftId: draft.id,
    employeeHsaId: sender.employeeHsaId,
    commissionHsaId: sender.commissionHsaId,
    mailboxId: draft.mailboxId,
    conversationId: draft.conversationId ?? crypto.randomUUID(),
    startsConversation: draft.conversationId === null,
    refToMessageId: reply.refToMessageId,
    label: draft.label.trim(),
    recipient: draft.recipient,
    draftVersion: draft.version,
    state: 'queued',
    error: null,
    attempts: 0,
    createdAt: new Date().toISOString(),
  };
  await save(device, item);
  return item;
}

// --- Sending -----------------------------------------------------------------------------------

/** What a failure does to the item: it waits, it failed, or it goes and the draft stays. */
async function settle(device: DeviceKey, item: OutboxItem, failure: Failure) {
  switch (failure.kind) {
    case 'waiting':
      await save(device, { ...item, state: 'queued', error: failure.message });
      return { status: 'queued' as const, error: failure.message };
    case 'failed': {
      const error = `Meddelandet kunde inte skickas. ${failure.message}`;
      await save(device, { ...item, state: 'failed', error, attempts: item.attempts + 1 });
      return { status: 'failed' as const, error };
    }
    default: {
      await remove(item.messageId);
      return { status: 'rejected' as const, error: REJECTED[failure.kind](failure.message) };
    }
  }
}

const REJECTED = {
  changed: () =>
    'Utkastet har ändrats i en annan flik eller på en annan dator. Kontrollera det och skicka igen.',
  gone: () =>
    'Utkastet finns inte längre hos meddelandetjänsten. Det kan ha skickats eller raderats i en annan flik.',
  refused: (message: string) => message,
} as const;

const inFlight = new Set<string>();

/** One attempt to send one item; the item is deleted, kept, or goes back to its draft. */
async function sendItem(
  device: DeviceKey,
  original: OutboxItem,
  send: SendDraftFn,
): Promise<FlushOutcome> {
  if (inFlight.has(original.messageId)) return { status: 'skipped' };
  inFlight.add(original.messageId);
  let item = original;
  try {
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      return await settle(device, item, { kind: 'waiting', message: WAITING_FOR_NETWORK });
    }
    // The service gets the draft's last edits first, if only this browser has them.
    const copy = await readLocalDraft(device, item.draftId);
    if (copy) {
      const pushed = await pushDraft(device, copy.draft, item.commissionHsaId);
      if (!pushed.ok) return await settle(device, item, pushed);
      item = { ...item, draftVersion: pushed.saved.version };
      await save(device, item);
      await dropLocalDraft(item.draftId, {
        expected: { writer: copy.writer, revision: copy.draft.revision },
        files: uploadedFiles(copy.draft),
      });
    }
    if (item.draftVersion === null) {
      return await settle(device, item, { kind: 'gone', message: '' });
    }
    try {
      const message = await send(item.commissionHsaId, item.mailboxId, item.draftId, {
        data: {
          type: 'messages',
          id: item.messageId,
          attributes: { conversationId: item.conversationId, refToMessageId: item.refToMessageId },
        },
        meta: { draftVersion: item.draftVersion },
      });
      await remove(item.messageId);
      return { status: 'sent', message };
    } catch (error) {
      return await settle(device, item, classify(error));
    }
  } finally {
    inFlight.delete(original.messageId);
  }
}

const readItem = async (device: DeviceKey, messageId: string) =>
  (await getSealed<OutboxItem>('sealedOutbox', device, messageId))?.value ?? null;

/** Sends one queued item now (after queueing, or "Försök igen"). */
export function sendNow(
  device: DeviceKey,
  messageId: string,
  send: SendDraftFn = sendDraft,
): Promise<FlushOutcome> {
  return exclusively(async () => {
    const item = await readItem(device, messageId);
    return item ? sendItem(device, item, send) : { status: 'skipped' as const };
  });
}

/** Sends every item of this person that waits for the network or a login. Failed ones wait for the person. */
export function flushOutbox(
  device: DeviceKey,
  employeeHsaId: string,
  send: SendDraftFn = sendDraft,
): Promise<FlushOutcome[]> {
  return exclusively(async () => {
    const outcomes: FlushOutcome[] = [];
    // The person may since have switched commission; an item goes with the one it was written in.
    for (const item of await listOutbox(device, employeeHsaId)) {
      if (item.state === 'queued') outcomes.push(await sendItem(device, item, send));
    }
    return outcomes;
  });
}

/** A person's unsent messages, oldest first. */
export async function listOutbox(device: DeviceKey, employeeHsaId: string): Promise<OutboxItem[]> {
  const items = await allSealed<OutboxItem>('sealedOutbox', device);
  return items
    .map(({ value }) => value)
    .filter((item) => item.employeeHsaId === employeeHsaId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/**
 * What "Ändra" did: `returned` – the message left the outbox and its draft can be changed;
 * `gone` – it had left the outbox first (it was sent, or refused and back in its draft with the
 * reason, while "Ändra" waited).
 */
export type ReturnToDraftOutcome = 'returned' | 'gone';

/**
 * Takes an unsent message back to its draft to change it. Waits for a send of it that is under
 * way, and then looks again: a message that was delivered meanwhile stays delivered.
 */
export function returnOutboxItemToDraft(
  device: DeviceKey,
  messageId: string,
): Promise<ReturnToDraftOutcome> {
  return exclusively(async () => {
    if (!(await readItem(device, messageId))) return 'gone';
    await remove(messageId);
    return 'returned';
  });
}
