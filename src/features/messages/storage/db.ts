/**
 * The browser's IndexedDB for secure messages: drafts (with their files) and the outbox.
 *
 * Why IndexedDB and not sessionStorage: a draft must survive a reload, a new login and an
 * expired session, and attachments are binary and large. A draft may hold patient data, so it
 * is kept per person (employeeHsaId) and only shown to that person; see
 * docs/decisions/0007-secure-messages.md.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Confidentiality, Party, SendMessageDocument } from '../api/schemas';

export type DraftFile = {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
};

export type Draft = {
  /** `${employeeHsaId}|${mailboxId}|${conversationId ?? 'nytt'}` */
  key: string;
  employeeHsaId: string;
  mailboxId: string;
  /** The conversation a reply belongs to; null for a new message. */
  conversationId: string | null;
  recipient: Party | null;
  label: string;
  body: string;
  confidentiality: Confidentiality;
  attachments: DraftFile[];
  updatedAt: string;
  /** Why the service refused the last attempt to send it, until the person changes it. */
  error: string | null;
};

export type StoredFile = { id: string; draftKey: string; data: ArrayBuffer };

export type OutboxState = 'queued' | 'failed';

export type OutboxItem = {
  messageId: string;
  employeeHsaId: string;
  commissionHsaId: string;
  mailboxId: string;
  conversationId: string;
  /** Where the message came from, to restore it if the service refuses it. */
  draft: Draft;
  /** Exactly what is sent, every time: the same messageId makes the service store it once. */
  document: SendMessageDocument;
  state: OutboxState;
  error: string | null;
  attempts: number;
  createdAt: string;
};

interface MessagesDb extends DBSchema {
  drafts: { key: string; value: Draft; indexes: { byPerson: string } };
  files: { key: string; value: StoredFile; indexes: { byDraft: string } };
  outbox: { key: string; value: OutboxItem; indexes: { byPerson: string } };
}

export type MessagesDatabase = IDBPDatabase<MessagesDb>;

const DB_NAME = 'vardpersonal-sakra-meddelanden';
let database: Promise<MessagesDatabase> | null = null;

export function messagesDb(): Promise<MessagesDatabase> {
  database ??= openDB<MessagesDb>(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore('drafts', { keyPath: 'key' }).createIndex('byPerson', 'employeeHsaId');
      db.createObjectStore('files', { keyPath: 'id' }).createIndex('byDraft', 'draftKey');
      db.createObjectStore('outbox', { keyPath: 'messageId' }).createIndex(
        'byPerson',
        'employeeHsaId',
      );
    },
    // Another tab upgraded the database: let it, and open again on the next call.
    blocking() {
      void database?.then((db) => db.close());
      database = null;
    },
  });
  return database;
}

/** Tests: close and forget the connection (then `indexedDB = new IDBFactory()` for a clean one). */
export async function closeMessagesDb(): Promise<void> {
  const open = database;
  database = null;
  if (open) (await open).close();
}
