/**
 * Logout and idle logout: nothing of the person's messages stays in this browser. Deletes the
 * messages database (sealed drafts, files and outbox, and any plaintext left from version 1) and
 * forgets the keys this tab held.
 *
 * First, if this tab still holds a person's key (and so their login: the app calls this before
 * the redirect to the identity provider), what only this browser kept is handed to the service,
 * for at most `handOverMs`, so a logout does not cost a draft either. At the logged-out page the
 * key went with the page before; there the wipe only deletes.
 */
import { deleteMessagesDb } from './db';
import { forgetDeviceKeys, heldKeys } from './device-key';
import { handOverWaiting } from './hand-over';
import { localDataChanged } from './sealed';

async function handOverAll(): Promise<void> {
  for (const { employeeHsaId, device } of await heldKeys()) {
    // Each draft and item is saved and sent in the commission it was written in.
    await handOverWaiting(device, employeeHsaId, { includeOpen: true });
  }
}

const within = (ms: number, work: Promise<void>) =>
  Promise.race([work.catch(() => undefined), new Promise<void>((r) => setTimeout(r, ms))]);

export async function wipeLocalMessageData({ handOverMs = 3_000 } = {}): Promise<void> {
  if (handOverMs > 0) await within(handOverMs, handOverAll());
  forgetDeviceKeys();
  await deleteMessagesDb();
  localDataChanged();
}
