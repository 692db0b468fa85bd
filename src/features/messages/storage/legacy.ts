/**
 * What version 1 of the database kept in plain text – a person's drafts, their files and the
 * outbox – moves into sealed copies the first time that person's key is at hand, and the plain
 * text is deleted. The background sync then takes it to the service like any unsent draft, and
 * an outbox item keeps its messageId, so a message already sent is not sent again.
 */
import { base64ToBytes } from '../lib/base64';
import type { DeviceKey } from './crypto';
import { messagesDb, type LegacyDraft } from './db';
import { writeLocalDraft, writeLocalFile, type LocalDraft } from './local-drafts';
import type { OutboxItem } from './outbox';
import { localDataChanged, putSealed } from './sealed';

const LEGACY_STORES = ['drafts', 'files', 'outbox'] as const;

const asLocal = (legacy: LegacyDraft, commissionHsaId: string): LocalDraft => ({
  id: crypto.randomUUID(),
  mailboxId: legacy.mailboxId,
  conversationId: legacy.conversationId,
  recipient: legacy.recipient,
  label: legacy.label,
  body: legacy.body,
  confidentiality: legacy.confidentiality,
  attachments: legacy.attachments.map((file) => ({ ...file, local: true })),
  version: null,
  updatedAt: legacy.updatedAt,
  refusal: legacy.error,
  employeeHsaId: legacy.employeeHsaId,
  commissionHsaId,
  revision: 1,
});

/** Seals the person's plaintext records of version 1 and deletes them. Nothing to do is fine. */
export async function migrateLegacyRecords(
  device: DeviceKey,
  owner: { employeeHsaId: string; commissionHsaId: string },
): Promise<void> {
  const db = await messagesDb();
  if (!LEGACY_STORES.every((name) => db.objectStoreNames.contains(name))) return;
  const drafts = await db.getAllFromIndex('drafts', 'byPerson', owner.employeeHsaId);
  const outbox = await db.getAllFromIndex('outbox', 'byPerson', owner.employeeHsaId);
  if (drafts.length === 0 && outbox.length === 0) return;

  for (const legacy of drafts) {
    for (const file of legacy.attachments) {
      const stored = await db.get('files', file.id);
      if (stored) await writeLocalFile(device, file.id, stored.data);
    }
    await writeLocalDraft(device, asLocal(legacy, owner.commissionHsaId));
  }
  for (const legacy of outbox) {
    const draft = asLocal(legacy.draft, legacy.commissionHsaId);
    // The files went with the document, as base64.
    const contents = legacy.document.data.attributes.documents.attachments;
    for (const [index, file] of draft.attachments.entries()) {
      const content = contents[index]?.content;
      if (content) await writeLocalFile(device, file.id, base64ToBytes(content).slice().buffer);
    }
    await writeLocalDraft(device, draft);
    if (!draft.recipient) continue;
    const item: OutboxItem = {
      messageId: legacy.messageId,
      draftId: draft.id,
      employeeHsaId: legacy.employeeHsaId,
      commissionHsaId: legacy.commissionHsaId,
      mailboxId: legacy.mailboxId,
      conversationId: legacy.conversationId,
      startsConversation: legacy.draft.conversationId === null,
      refToMessageId: legacy.document.data.attributes.refToMessageId,
      label: draft.label.trim(),
      recipient: draft.recipient,
      draftVersion: null,
      state: 'queued',
      error: null,
      attempts: 0,
      createdAt: legacy.createdAt,
    };
    await putSealed('sealedOutbox', device, item.messageId, item);
  }

  const tx = db.transaction(LEGACY_STORES, 'readwrite');
  const fileIds = [...drafts, ...outbox.map((item) => item.draft)].flatMap((d) =>
    d.attachments.map((f) => f.id),
  );
  await Promise.all([
    ...drafts.map((d) => tx.objectStore('drafts').delete(d.key)),
    ...fileIds.map((id) => tx.objectStore('files').delete(id)),
    ...outbox.map((item) => tx.objectStore('outbox').delete(item.messageId)),
    tx.done,
  ]);
  localDataChanged();
}
