import { describe, expect, it } from 'vitest';
import { DEV } from '../dev-config';
import { findStaff } from '../idp/staff';
import { authHeaders } from '../lib/test-tokens';
import {
  addressBookMailboxDocumentSchema,
  organisationListSchema,
} from '../../src/features/messages/api/schemas';
import { removeMailbox } from './handlers';

const BASE = `${DEV.appOrigin}/api/sdk/address-book/v1`;
const doctor = findStaff('lakare')!;

async function search(text: string) {
  const url = `${BASE}/organisations?${new URLSearchParams({ 'filter[search]': text })}`;
  return fetch(url, { headers: await authHeaders(doctor) });
}

async function names(text: string) {
  const response = await search(text);
  expect(response.status).toBe(200);
  expect(response.headers.get('Content-Type')).toBe('application/vnd.api+json');
  return organisationListSchema.parse(await response.json()).data.map((o) => o.attributes.name);
}

describe('SDK address book', () => {
  it('finds organisations by name, mailbox name and organisation number', async () => {
    expect(await names('åsby')).toEqual(['Åsby kommun']);
    expect(await names('Hemsjukvården')).toEqual(['Åsby kommun', 'Sjövik kommun']);
    expect(await names('232100-0016')).toEqual(['Region Norrbacka']);
    expect(await names('2321000016')).toEqual(['Region Norrbacka']);
    expect(await names('vårdcentralen sip')).toEqual(['Region Norrbacka']);
    expect(await names('finns inte')).toEqual([]);
  });

  it('lists ISO 6523 participants with their active functional mailboxes only', async () => {
    const response = await search('Region Norrbacka');
    const [region] = organisationListSchema.parse(await response.json()).data;
    expect(region!.id).toBe('0007:2321000016');
    expect(region!.attributes.organisationNumber).toBe('232100-0016');
    const mailboxes = region!.attributes.mailboxes.map((m) => m.name);
    expect(mailboxes).toContain('Vårdcentralen Norrbacka – SIP');
    expect(mailboxes).not.toContain('Vårdcentralen Norrbacka – Läkemedelsfrågor');
  });

  it('asks for at least two characters', async () => {
    const response = await search('å');
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].code).toBe('search_too_short');
  });

  it('requires a valid token', async () => {
    const response = await fetch(`${BASE}/organisations?filter%5Bsearch%5D=asby`);
    expect(response.status).toBe(401);
  });

  it('looks up one mailbox and says when it has been removed', async () => {
    const lookup = async (id: string) =>
      fetch(`${BASE}/mailboxes/${id}`, { headers: await authHeaders(doctor) });
    const active = addressBookMailboxDocumentSchema.parse(
      await (await lookup('fm-hemsjukvarden-asby')).json(),
    );
    expect(active.data.attributes).toMatchObject({
      name: 'Hemsjukvården Åsby',
      status: 'active',
      organisation: { participantId: '0007:2120000142', name: 'Åsby kommun' },
    });

    removeMailbox('fm-hemsjukvarden-asby');
    const removed = addressBookMailboxDocumentSchema.parse(
      await (await lookup('fm-hemsjukvarden-asby')).json(),
    );
    expect(removed.data.attributes.status).toBe('removed');
    expect(await names('Hemsjukvården Åsby')).toEqual([]);

    expect((await lookup('fm-finns-inte')).status).toBe(404);
  });
});
