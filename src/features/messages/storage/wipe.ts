/**
 * Logout and idle logout: nothing of the person's messages stays readable in this browser.
 *
 * 1. If this tab holds a person's key (and so their login: the app runs this before the
 *    redirect to the identity provider), what only this browser kept is handed to the service,
 *    for at most `handOverMs`, so a logout does not cost a draft.
 * 2. The tab forgets every key it held.
 * 3. The messages database is deleted – unless something could not be handed over (the service
 *    did not answer in time). Then only those sealed drafts and outbox items stay, unreadable
 *    without their person's key from the service, for that person's next login here; everything
 *    else goes, plaintext from version 1 included. `keepUnsent: false` deletes them too.
 */
import type { DeviceKey } from './crypto';
import { deleteMessagesDb, messagesDb } from './db';
import { forgetDeviceKeys, heldKeys } from './device-key';
import { handOverWaiting } from './hand-over';
import { localDataChanged } from './sealed';
import { exclusively } from './serial';

export type WipeOutcome = {
  /** The logging-out person's drafts and unsent messages that stay, sealed, for their next login. */
  kept: number;
};

const LEGACY_STORES = ['drafts', 'files', 'outbox'] as const;

async function handOverAll(held: { employeeHsaId: string; device: DeviceKey }[]): Promise<void> {
  for (const { employeeHsaId, device } of held) {
    // Each draft and item is saved and sent in the commission it was written in.
    await handOverWaiting(device, employeeHsaId, { includeOpen: true });
  }
}

const within = (ms: number, work: Promise<void>) =>
  Promise.race([work.catch(() => undefined), new Promise<void>((r) => setTimeout(r, ms))]);

/** Deletes the database, or all of it but the sealed drafts and items still unsent. */
async function deleteAllBut(keepUnsent: boolean, keyIds: Set<string>): Promise<WipeOutcome> {
  const db = await messagesDb();
  const unsent = keepUnsent
    ? [...(await db.getAll('sealedDrafts')), ...(await db.getAll('sealedOutbox'))]
    : [];
  if (unsent.length === 0) {
    await deleteMessagesDb();
    return { kept: 0 };
  }
  const legacy = LEGACY_STORES.filter((name) => db.objectStoreNames.contains(name));
  if (legacy.length > 0) {
    const tx = db.transaction(legacy, 'readwrite');
    await Promise.all([...legacy.map((name) => tx.objectStore(name).clear()), tx.done]);
  }
  return { kept: unsent.filter((record) => keyIds.has(record.keyId)).length };
}

export async function wipeLocalMessageData({
  handOverMs = 2_500,
  keepUnsent = true,
} = {}): Promise<WipeOutcome> {
  const held = await heldKeys();
  if (handOverMs > 0 && held.length > 0) await within(handOverMs, handOverAll(held));
  forgetDeviceKeys();
  // After any sending under way in this browser's tabs.
  const outcome = await exclusively(() =>
    deleteAllBut(keepUnsent, new Set(held.map((h) => h.device.keyId))),
  );
  localDataChanged();
  return outcome;
}
