/**
 * The browser's IndexedDB for secure messages. It holds only what must survive a dropped
 * network until the message service has it – unsent drafts, their files and the outbox – and
 * only sealed (storage/crypto.ts) with the person's key from the service, which the tab holds in
 * memory. Readable in a record: its id (a random UUID), the key's id, and for a draft which tab
 * wrote which revision of it. Logout wipes the whole database (storage/wipe.ts).
 *
 * Version 1 kept drafts, files and the outbox in plain text (`drafts`, `files`, `outbox`); those
 * stores are read once per person and emptied (storage/legacy.ts). See
 * docs/decisions/0020-drafts-on-the-message-service.md.
 */
import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Party } from '../api/schemas';
import type { Sealed } from './crypto';

export type SealedRecord = Sealed & {
  id: string;
  /** Drafts: the tab that wrote this copy, and the edit it is, so a tab removes only its own. */
  writer?: string;
  revision?: number;
};

export const SEALED_STORES = ['sealedDrafts', 'sealedFiles', 'sealedOutbox'] as const;
export type SealedStore = (typeof SEALED_STORES)[number];

/** Version 1's plaintext records, as far as the migration reads them. */
export type LegacyDraft = {
  key: string;
  employeeHsaId: string;
  mailboxId: string;
  conversationId: string | null;
  recipient: Party | null;
  label: string;
  body: string;
  confidentiality: 'none' | 'confidential';
  attachments: { id: string; fileName: string; contentType: string; size: number }[];
  updatedAt: string;
  error: string | null;
};
export type LegacyFile = { id: string; draftKey: string; data: ArrayBuffer };
export type LegacyOutboxItem = {
  messageId: string;
  employeeHsaId: string;
  commissionHsaId: string;
  mailboxId: string;
  conversationId: string;
  draft: LegacyDraft;
  document: {
    data: {
      attributes: {
        refToMessageId: string | null;
        documents: { attachments: { content: string }[] };
      };
    };
  };
  createdAt: string;
};

interface MessagesDb extends DBSchema {
  sealedDrafts: { key: string; value: SealedRecord; indexes: { byKey: string } };
  sealedFiles: { key: string; value: SealedRecord; indexes: { byKey: string } };
  sealedOutbox: { key: string; value: SealedRecord; indexes: { byKey: string } };
  drafts: { key: string; value: LegacyDraft; indexes: { byPerson: string } };
  files: { key: string; value: LegacyFile; indexes: { byDraft: string } };
  outbox: { key: string; value: LegacyOutboxItem; indexes: { byPerson: string } };
}

export type MessagesDatabase = IDBPDatabase<MessagesDb>;

export const DB_NAME = 'vardpersonal-sakra-meddelanden';
let database: Promise<MessagesDatabase> | null = null;

export function messagesDb(): Promise<MessagesDatabase> {
  database ??= openDB<MessagesDb>(DB_NAME, 2, {
    upgrade(db) {
      for (const name of SEALED_STORES) {
        db.createObjectStore(name, { keyPath: 'id' }).createIndex('byKey', 'keyId');
      }
    },
    // Another tab upgrades or deletes the database (logout): let it, open again next time.
    blocking() {
      void database?.then((db) => db.close());
      database = null;
    },
    terminated() {
      database = null;
    },
  });
  return database;
}

/** Closes and forgets this tab's connection. */
export async function closeMessagesDb(): Promise<void> {
  const open = database;
  database = null;
  if (open) (await open.catch(() => null))?.close();
}

/** Deletes the whole database, waiting for other tabs to let go of it. */
export async function deleteMessagesDb(): Promise<void> {
  await closeMessagesDb();
  await deleteDB(DB_NAME);
}
