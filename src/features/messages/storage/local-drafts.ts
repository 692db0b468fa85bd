/**
 * The sealed copy of a draft the service does not have yet: written before every attempt to
 * save it on the service, removed once the service has that very edit. A reload, a new login,
 * an expired session or a dropped network in between lose nothing; logout wipes it.
 *
 * A copy names the tab that wrote it and the edit (revision) it is: a tab removes a copy only
 * if it is still the one it wrote, so a newer edit from another tab stays.
 */
import type { Draft } from '../lib/draft';
import type { DeviceKey } from './crypto';
import { messagesDb } from './db';
import {
  allSealed,
  deleteSealed,
  getSealed,
  getSealedBytes,
  localDataChanged,
  putSealed,
  putSealedBytes,
} from './sealed';

export type LocalDraft = Draft & {
  employeeHsaId: string;
  /** The commission it was written in: it is saved and sent in that one. */
  commissionHsaId: string;
  /** Grows with each edit. */
  revision: number;
};

export type LocalCopy = { draft: LocalDraft; writer: string };

/** This tab, as the writer of local copies. */
export const THIS_TAB = crypto.randomUUID();

export async function writeLocalDraft(
  device: DeviceKey,
  draft: LocalDraft,
  writer = THIS_TAB,
): Promise<void> {
  await putSealed('sealedDrafts', device, draft.id, draft, { writer, revision: draft.revision });
  localDataChanged();
}

export async function readLocalDraft(device: DeviceKey, id: string): Promise<LocalCopy | null> {
  const found = await getSealed<LocalDraft>('sealedDrafts', device, id);
  return found ? { draft: found.value, writer: found.record.writer ?? '' } : null;
}

/** The person's drafts the service does not have yet, newest first. */
export async function listLocalDrafts(
  device: DeviceKey,
  employeeHsaId: string,
): Promise<LocalCopy[]> {
  const all = await allSealed<LocalDraft>('sealedDrafts', device);
  return all
    .filter(({ value }) => value.employeeHsaId === employeeHsaId)
    .map(({ value, record }) => ({ draft: value, writer: record.writer ?? '' }))
    .sort((a, b) => b.draft.updatedAt.localeCompare(a.draft.updatedAt));
}

/**
 * Removes the copy if it is still the one `expected` names (or any copy when none is named), and
 * with it the files named. Resolves to whether the copy went.
 */
export async function dropLocalDraft(
  id: string,
  { expected, files = [] }: { expected?: { writer: string; revision: number }; files?: string[] },
): Promise<boolean> {
  const db = await messagesDb();
  const tx = db.transaction(['sealedDrafts', 'sealedFiles'], 'readwrite');
  const record = await tx.objectStore('sealedDrafts').get(id);
  const ours =
    !!record &&
    (!expected || (record.writer === expected.writer && record.revision === expected.revision));
  await Promise.all([
    ours ? tx.objectStore('sealedDrafts').delete(id) : undefined,
    ...(ours ? files.map((file) => tx.objectStore('sealedFiles').delete(file)) : []),
    tx.done,
  ]);
  localDataChanged();
  return ours;
}

export const writeLocalFile = (device: DeviceKey, id: string, bytes: ArrayBuffer) =>
  putSealedBytes('sealedFiles', device, id, bytes);

export async function readLocalFile(device: DeviceKey, id: string): Promise<ArrayBuffer | null> {
  return (await getSealedBytes('sealedFiles', device, id))?.bytes ?? null;
}

export const dropLocalFiles = (ids: string[]) => deleteSealed('sealedFiles', ids);
