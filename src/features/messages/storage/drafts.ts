import type { Confidentiality, Party } from '../api/schemas';
import { messagesDb, type Draft, type DraftFile } from './db';

export type DraftAddress = {
  employeeHsaId: string;
  mailboxId: string;
  conversationId: string | null;
};

export const draftKey = ({ employeeHsaId, mailboxId, conversationId }: DraftAddress): string =>
  `${employeeHsaId}|${mailboxId}|${conversationId ?? 'nytt'}`;

export function emptyDraft(
  address: DraftAddress,
  preset: { recipient?: Party | null; label?: string; confidentiality?: Confidentiality } = {},
): Draft {
  return {
    key: draftKey(address),
    ...address,
    recipient: preset.recipient ?? null,
    label: preset.label ?? '',
    body: '',
    confidentiality: preset.confidentiality ?? 'confidential',
    attachments: [],
    updatedAt: new Date().toISOString(),
    error: null,
  };
}

/** Nothing a person typed or attached: not worth keeping. */
export const isBlank = (draft: Draft, preset: Draft): boolean =>
  !draft.body.trim() &&
  draft.attachments.length === 0 &&
  draft.label.trim() === preset.label.trim() &&
  (draft.recipient?.mailboxId ?? null) === (preset.recipient?.mailboxId ?? null) &&
  !draft.error;

export async function loadDraft(address: DraftAddress): Promise<Draft | null> {
  return (await (await messagesDb()).get('drafts', draftKey(address))) ?? null;
}

export async function saveDraft(draft: Draft): Promise<void> {
  await (await messagesDb()).put('drafts', draft);
}

/** The draft and its files, in one transaction. */
export async function deleteDraft(key: string): Promise<void> {
  const db = await messagesDb();
  const tx = db.transaction(['drafts', 'files'], 'readwrite');
  const fileKeys = await tx.objectStore('files').index('byDraft').getAllKeys(key);
  await Promise.all([
    tx.objectStore('drafts').delete(key),
    ...fileKeys.map((id) => tx.objectStore('files').delete(id)),
    tx.done,
  ]);
}

export async function putDraftFile(draftKey: string, data: ArrayBuffer): Promise<string> {
  const id = crypto.randomUUID();
  await (await messagesDb()).put('files', { id, draftKey, data });
  return id;
}

export async function deleteDraftFile(id: string): Promise<void> {
  await (await messagesDb()).delete('files', id);
}

export async function readDraftFile(file: DraftFile): Promise<ArrayBuffer | null> {
  return (await (await messagesDb()).get('files', file.id))?.data ?? null;
}

/** A person's drafts, newest first (for a list of unfinished messages). */
export async function listDrafts(employeeHsaId: string): Promise<Draft[]> {
  const drafts = await (await messagesDb()).getAllFromIndex('drafts', 'byPerson', employeeHsaId);
  return drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
