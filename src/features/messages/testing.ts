/** Test helpers of the messages feature (Vitest only). */
import { IDBFactory } from 'fake-indexeddb';
import { findStaff } from '../../../mocks/idp/staff';
import type { Party } from './api/schemas';
import { closeMessagesDb } from './storage/db';
import { forgetDeviceKeys } from './storage/device-key';

/** A fresh, empty IndexedDB for the next test, and a tab that holds no key yet. */
export async function freshMessagesDb(): Promise<void> {
  await closeMessagesDb();
  forgetDeviceKeys();
  globalThis.indexedDB = new IDBFactory();
}

/** The tab goes away (a reload, a new login): its keys and connection with it, the data stays. */
export async function newTab(): Promise<void> {
  await closeMessagesDb();
  forgetDeviceKeys();
}

export const PDF_BYTES = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n');
export const PNG_BYTES = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);

/** A test person and the commission they write in (their first). */
export function writerOf(accountId: string) {
  const person = findStaff(accountId)!;
  const owner = {
    employeeHsaId: person.employeeHsaId,
    commissionHsaId: person.commissions[0]!.commissionHsaId,
  };
  return { person, owner };
}

/** Recipients as the address book names them. */
export const PARTIES = {
  hemsjukvarden: {
    participantId: '0007:2120000142',
    organisationName: 'Åsby kommun',
    mailboxId: 'fm-hemsjukvarden-asby',
    mailboxName: 'Hemsjukvården Åsby',
  },
  norrbackaSip: {
    participantId: '0007:2321000016',
    organisationName: 'Region Norrbacka',
    mailboxId: 'fm-vc-norrbacka-sip',
    mailboxName: 'Vårdcentralen Norrbacka – SIP',
  },
} satisfies Record<string, Party>;
