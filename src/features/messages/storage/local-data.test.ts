import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findStaff } from '../../../../mocks/idp/staff';
import { signAccessToken } from '../../../../mocks/lib/test-tokens';
import { allStoredDrafts } from '../../../../mocks/sdk-message-service/handlers';
import { configureHttpClient } from '@/lib/http-client';
import { bytesToBase64 } from '../lib/base64';
import { emptyDraft } from '../lib/draft';
import { freshMessagesDb, newTab, PARTIES, PDF_BYTES, writerOf } from '../testing';
import { DB_NAME } from './db';
import { deviceKeyFor } from './device-key';
import { handOverWaiting } from './hand-over';
import { migrateLegacyRecords } from './legacy';
import {
  listLocalDrafts,
  readLocalDraft,
  writeLocalDraft,
  writeLocalFile,
  type LocalDraft,
} from './local-drafts';
import { listOutbox, queueDraft } from './outbox';
import { wipeLocalMessageData } from './wipe';

const { person: nurse, owner } = writerOf('hemsjukskoterska');
const MAILBOX = 'fm-hemsjukvarden-asby';
const NORRBACKA = PARTIES.norrbackaSip;
const PATIENT_TEXT = 'Tolvan Tolvansson (19121212-1212) behöver omläggning varannan dag.';

let token: string | null;

async function loginAs(accountId: string) {
  token = await signAccessToken(findStaff(accountId)!);
}

beforeEach(async () => {
  await freshMessagesDb();
  await loginAs('hemsjukskoterska');
  configureHttpClient({ getAccessToken: async () => token, onUnauthorized: () => {} });
});
afterEach(() => configureHttpClient(null));

function draftOf(body = PATIENT_TEXT): LocalDraft {
  return {
    ...emptyDraft({ id: crypto.randomUUID(), mailboxId: MAILBOX, conversationId: null }),
    recipient: NORRBACKA,
    label: 'Omläggning – Tolvan Tolvansson',
    body,
    ...owner,
    revision: 1,
  };
}

/** Every value in every store of the messages database, as text where it is bytes. */
async function everythingStored(): Promise<string> {
  const db = await openDB(DB_NAME);
  const parts: string[] = [];
  for (const name of db.objectStoreNames) {
    for (const record of await db.getAll(name)) {
      for (const value of Object.values(record as Record<string, unknown>)) {
        if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
          const bytes =
            value instanceof ArrayBuffer
              ? new Uint8Array(value)
              : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
          parts.push(new TextDecoder('utf-8', { fatal: false }).decode(bytes));
          parts.push(bytesToBase64(bytes));
        } else parts.push(JSON.stringify(value));
      }
    }
  }
  db.close();
  return parts.join('\n');
}

describe('what the browser keeps while the service cannot be reached', () => {
  it('is sealed: nothing of the patient, the text or the person can be read in IndexedDB', async () => {
    const device = await deviceKeyFor(owner);
    const draft = draftOf();
    await writeLocalDraft(device, draft);
    await writeLocalFile(device, crypto.randomUUID(), PDF_BYTES.slice().buffer);
    await queueDraft(device, draft, owner);

    const stored = await everythingStored();
    expect(stored).toContain(device.keyId);
    for (const secret of [
      'Tolvan',
      '19121212',
      'omläggning',
      nurse.employeeHsaId,
      MAILBOX,
      NORRBACKA.mailboxId,
      '%PDF',
    ]) {
      expect(stored).not.toContain(secret);
    }
    // The key is nowhere in the browser's storage: only the tab's memory holds it.
    expect(JSON.stringify(localStorage)).toBe('{}');
    expect(JSON.stringify(sessionStorage)).toBe('{}');
    expect(device.key.extractable).toBe(false);
  });

  it('survives a reload and a new login: the person’s key from the service opens it again', async () => {
    const draft = draftOf('Halvvägs skrivet före omstarten');
    await writeLocalDraft(await deviceKeyFor(owner), draft);

    await newTab(); // the key went with the tab
    await loginAs('hemsjukskoterska');
    const again = await deviceKeyFor(owner);
    expect((await readLocalDraft(again, draft.id))?.draft.body).toBe(
      'Halvvägs skrivet före omstarten',
    );
    // Handed to the service after the new login, and no longer kept here.
    await handOverWaiting(again, owner.employeeHsaId);
    expect(allStoredDrafts().map((d) => d.body)).toEqual(['Halvvägs skrivet före omstarten']);
    expect(await readLocalDraft(again, draft.id)).toBeNull();
  });

  it('survives an expired session: kept while the service says 401, saved after the new login', async () => {
    const device = await deviceKeyFor(owner);
    const draft = draftOf('Skrivet när sessionen gick ut');
    await writeLocalDraft(device, draft);
    token = await signAccessToken(nurse, { exp: Math.floor(Date.now() / 1000) - 120 });
    await handOverWaiting(device, owner.employeeHsaId);
    expect(allStoredDrafts()).toEqual([]);
    expect((await readLocalDraft(device, draft.id))?.draft.body).toBe(
      'Skrivet när sessionen gick ut',
    );

    await loginAs('hemsjukskoterska');
    await handOverWaiting(device, owner.employeeHsaId);
    expect(allStoredDrafts().map((d) => d.body)).toEqual(['Skrivet när sessionen gick ut']);
  });

  it('cannot be read by another person at the same browser', async () => {
    await writeLocalDraft(await deviceKeyFor(owner), draftOf());
    await newTab();
    await loginAs('sjukskoterska');
    const { person: colleague, owner: theirOwner } = writerOf('sjukskoterska');
    const theirs = await deviceKeyFor(theirOwner);
    expect(await everythingStored()).not.toContain(theirs.keyId);
    expect(await listLocalDrafts(theirs, colleague.employeeHsaId)).toEqual([]);
    expect(await listLocalDrafts(theirs, nurse.employeeHsaId)).toEqual([]);
  });
});

describe('logout', () => {
  it('hands what waits to the service, then deletes the database and forgets the key', async () => {
    const device = await deviceKeyFor(owner);
    await writeLocalDraft(device, draftOf('Sparas innan utloggningen'));
    expect(await wipeLocalMessageData()).toEqual({ kept: 0 });

    expect(allStoredDrafts().map((d) => d.body)).toEqual(['Sparas innan utloggningen']);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
    // A tab after logout has no key: a new one is fetched (and the database starts empty).
    const next = await deviceKeyFor(owner);
    expect(next).not.toBe(device);
    expect(await listLocalDrafts(next, owner.employeeHsaId)).toEqual([]);
  });

  it('keeps only the sealed drafts the service could not take, for the person’s next login', async () => {
    const device = await deviceKeyFor(owner);
    await writeLocalDraft(device, draftOf('Tjänsten svarade inte vid utloggningen'));
    token = null; // the service cannot be reached with a login any more
    expect(await wipeLocalMessageData()).toEqual({ kept: 1 });
    expect(await everythingStored()).not.toContain('Tolvan');

    // The next login here opens and saves it; nothing was lost.
    await loginAs('hemsjukskoterska');
    const again = await deviceKeyFor(owner);
    expect(again).not.toBe(device);
    await handOverWaiting(again, owner.employeeHsaId);
    expect(allStoredDrafts().map((d) => d.body)).toEqual([
      'Tjänsten svarade inte vid utloggningen',
    ]);
  });

  it('deletes everything when asked to keep nothing', async () => {
    await writeLocalDraft(await deviceKeyFor(owner), draftOf());
    token = null;
    expect(await wipeLocalMessageData({ keepUnsent: false })).toEqual({ kept: 0 });
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
  });
});

describe('the plaintext version 1 left behind', () => {
  it('is sealed for its person, sent on from the outbox with its messageId, and deleted', async () => {
    const messageId = crypto.randomUUID();
    const fileId = crypto.randomUUID();
    const legacyDraft = {
      key: `${nurse.employeeHsaId}|${MAILBOX}|nytt`,
      employeeHsaId: nurse.employeeHsaId,
      mailboxId: MAILBOX,
      conversationId: null,
      recipient: NORRBACKA,
      label: 'Gammalt utkast',
      body: PATIENT_TEXT,
      confidentiality: 'confidential',
      attachments: [
        { id: fileId, fileName: 'a.pdf', contentType: 'application/pdf', size: PDF_BYTES.length },
      ],
      updatedAt: new Date().toISOString(),
      error: null,
    };
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('drafts', { keyPath: 'key' }).createIndex('byPerson', 'employeeHsaId');
        db.createObjectStore('files', { keyPath: 'id' }).createIndex('byDraft', 'draftKey');
        db.createObjectStore('outbox', { keyPath: 'messageId' }).createIndex(
          'byPerson',
          'employeeHsaId',
        );
      },
    });
    await v1.put('drafts', legacyDraft);
    await v1.put('files', {
      id: fileId,
      draftKey: legacyDraft.key,
      data: PDF_BYTES.slice().buffer,
    });
    await v1.put('outbox', {
      messageId,
      employeeHsaId: nurse.employeeHsaId,
      commissionHsaId: owner.commissionHsaId,
      mailboxId: MAILBOX,
      conversationId: crypto.randomUUID(),
      draft: { ...legacyDraft, label: 'I utkorgen', body: 'Väntade på nätet', attachments: [] },
      document: { data: { attributes: { refToMessageId: null, documents: { attachments: [] } } } },
      state: 'queued',
      error: null,
      attempts: 0,
      createdAt: new Date().toISOString(),
    });
    v1.close();

    const device = await deviceKeyFor(owner);
    await migrateLegacyRecords(device, owner);
    expect(await everythingStored()).not.toContain('Tolvan');
    const kept = await listLocalDrafts(device, nurse.employeeHsaId);
    expect(kept.map((c) => c.draft.label).sort()).toEqual(['Gammalt utkast', 'I utkorgen']);
    expect(await listOutbox(device, nurse.employeeHsaId)).toMatchObject([{ messageId }]);

    const { sent } = await handOverWaiting(device, owner.employeeHsaId);
    expect(sent).toMatchObject([{ status: 'sent', message: { messageId } }]);
    expect(allStoredDrafts().map((d) => d.label)).toEqual(['Gammalt utkast']);
    expect(allStoredDrafts()[0]!.attachments).toHaveLength(1);
  });
});
