/** Test helpers of the messages feature (Vitest only). */
import { IDBFactory } from 'fake-indexeddb';
import { closeMessagesDb } from './storage/db';

/** A fresh, empty IndexedDB for the next test. */
export async function freshMessagesDb(): Promise<void> {
  await closeMessagesDb();
  globalThis.indexedDB = new IDBFactory();
}

export const PDF_BYTES = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n');
export const PNG_BYTES = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
