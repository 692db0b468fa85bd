import { describe, expect, it } from 'vitest';
import { DEV } from '../dev-config';
import { findStaff, type StaffMember } from '../idp/staff';
import { updateDevSwitches } from '../lib/dev-switches';
import { authHeaders } from '../lib/test-tokens';
import { removeMailbox } from '../sdk-address-book/handlers';
import { allStoredDrafts, allStoredMessages, setDeliveryDelay } from './handlers';

const BASE = `${DEV.appOrigin}/api/sdk/message-service/v1`;
const nurse = findStaff('hemsjukskoterska')!;
const doctor = findStaff('lakare')!;
const HEMSJUKVARDEN = 'fm-hemsjukvarden-asby';
const NORRBACKA_SIP = 'fm-vc-norrbacka-sip';
const SEEDED_CONVERSATION = '0f6a8e5c-1b7d-4c52-8f0e-6a1d3b9c7e10';
const SEEDED_LAST_MESSAGE = '5b1f7c0e-3d52-4f7a-9a55-0d3c2b6e9f02';
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');

type Options = { method?: string; body?: unknown; commission?: number };

async function call(
  person: StaffMember,
  path: string,
  { method, body, commission = 0 }: Options = {},
) {
  return fetch(`${BASE}${path}`, {
    method: method ?? (body === undefined ? 'GET' : 'POST'),
    headers: {
      ...(await authHeaders(person, {
        commissionHsaId: person.commissions[commission]?.commissionHsaId,
      })),
      'Content-Type': 'application/vnd.api+json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

type DraftFields = {
  conversationId?: string | null;
  label?: string;
  body?: string;
  to?: string | null;
  attachments?: unknown[];
  version?: number | null;
};

const draftDocument = (id: string, fields: DraftFields = {}) => ({
  data: {
    type: 'drafts',
    id,
    attributes: {
      conversationId: fields.conversationId ?? null,
      label: fields.label ?? 'SIP-kallelse',
      body: fields.body ?? 'Välkommen till SIP-möte.',
      confidentiality: 'confidential',
      attachments: fields.attachments ?? [],
    },
    relationships: {
      recipient: {
        data: fields.to === null ? null : { type: 'mailboxes', id: fields.to ?? NORRBACKA_SIP },
      },
    },
  },
  meta: { version: fields.version ?? null },
});

const draftPath = (id: string, mailbox = HEMSJUKVARDEN) => `/mailboxes/${mailbox}/drafts/${id}`;

async function putDraft(id: string, fields: DraftFields = {}, person = nurse) {
  return call(person, draftPath(id), { method: 'PUT', body: draftDocument(id, fields) });
}

const sendDocument = (
  messageId: string,
  draftVersion: number,
  conversationId = crypto.randomUUID(),
) => ({
  data: { type: 'messages', id: messageId, attributes: { conversationId, refToMessageId: null } },
  meta: { draftVersion },
});

describe('drafts on the message service', () => {
  it('creates, reads, changes and lists a person’s draft, with a version for each change', async () => {
    const id = crypto.randomUUID();
    const created = await putDraft(id);
    expect(created.status).toBe(201);
    expect((await created.json()).data.attributes).toMatchObject({
      version: 1,
      label: 'SIP-kallelse',
      recipient: { mailboxId: NORRBACKA_SIP, mailboxName: 'Vårdcentralen Norrbacka – SIP' },
    });

    const changed = await putDraft(id, { body: 'Ändrad text', version: 1 });
    expect(changed.status).toBe(200);
    expect((await changed.json()).data.attributes).toMatchObject({
      version: 2,
      body: 'Ändrad text',
    });

    const read = await (await call(nurse, draftPath(id))).json();
    expect(read.data.attributes).toMatchObject({ version: 2, body: 'Ändrad text' });

    const list = await (await call(nurse, `/mailboxes/${HEMSJUKVARDEN}/drafts`)).json();
    expect(list.data).toHaveLength(1);
    // The list says what a draft is, not what it says.
    expect(list.data[0].attributes).toMatchObject({ label: 'SIP-kallelse', version: 2 });
    expect(list.data[0].attributes).not.toHaveProperty('body');
  });

  it('refuses a change made on an older version with 412, and overwrites nothing', async () => {
    const id = crypto.randomUUID();
    await putDraft(id, { body: 'Första' });
    expect((await putDraft(id, { body: 'Flik A', version: 1 })).status).toBe(200);
    const stale = await putDraft(id, { body: 'Flik B', version: 1 });
    expect(stale.status).toBe(412);
    const error = (await stale.json()).errors[0];
    expect(error.code).toBe('draft_changed');
    expect(error.detail).toMatch(/ändrats i en annan flik/);
    expect(allStoredDrafts().find((d) => d.draftId === id)).toMatchObject({
      body: 'Flik A',
      version: 2,
    });
    // A second "create" of the same id is a change without a version: refused too.
    expect((await putDraft(id, { body: 'Ny flik' })).status).toBe(412);
  });

  it('answers the same change sent again with what is stored (a retry after a lost answer)', async () => {
    const id = crypto.randomUUID();
    await putDraft(id, { body: 'Samma' });
    const again = await putDraft(id, { body: 'Samma' });
    expect(again.status).toBe(200);
    expect((await again.json()).data.attributes.version).toBe(1);
    const changed = await putDraft(id, { body: 'Ny', version: 1 });
    expect(changed.status).toBe(200);
    expect((await putDraft(id, { body: 'Ny', version: 1 })).status).toBe(200);
    expect(allStoredDrafts().find((d) => d.draftId === id)!.version).toBe(2);
  });

  it('keeps each person’s drafts to that person, even in a mailbox they share', async () => {
    const id = crypto.randomUUID();
    const doctorsDraft = draftDocument(id, { body: 'Bara min', to: HEMSJUKVARDEN });
    const path = draftPath(id, NORRBACKA_SIP);
    expect((await call(doctor, path, { method: 'PUT', body: doctorsDraft })).status).toBe(201);

    const colleague = findStaff('sjukskoterska')!;
    const list = await call(colleague, `/mailboxes/${NORRBACKA_SIP}/drafts`);
    expect((await list.json()).data).toEqual([]);
    expect((await call(colleague, path)).status).toBe(404);
    expect((await call(colleague, `${path}?version=1`, { method: 'DELETE' })).status).toBe(204);
    const hers = draftDocument(id, { body: 'Hennes egen', to: HEMSJUKVARDEN });
    expect((await call(colleague, path, { method: 'PUT', body: hers })).status).toBe(201);
    expect((await (await call(doctor, path)).json()).data.attributes.body).toBe('Bara min');
    // Another unit's mailbox is not hers to ask in at all.
    expect((await call(colleague, draftPath(id))).status).toBe(403);
  });

  it('sends a draft once, removes it, and answers a resend with the stored message', async () => {
    setDeliveryDelay(0);
    const id = crypto.randomUUID();
    await putDraft(id, {
      body: 'Skickas från utkastet',
      attachments: [
        {
          id: crypto.randomUUID(),
          fileName: 'kallelse.pdf',
          contentType: 'application/pdf',
          content: PDF,
        },
      ],
    });
    const messageId = crypto.randomUUID();
    const response = await call(nurse, `${draftPath(id)}/send`, {
      body: sendDocument(messageId, 1),
    });
    expect(response.status).toBe(201);
    const sent = (await response.json()).data.attributes;
    expect(sent).toMatchObject({
      messageId,
      direction: 'outbound',
      sentBy: { name: 'Elin Sandberg' },
      documents: {
        body: 'Skickas från utkastet',
        attachments: [{ fileName: 'kallelse.pdf', size: 15 }],
      },
    });
    expect(allStoredDrafts().some((d) => d.draftId === id)).toBe(false);

    const again = await call(nurse, `${draftPath(id)}/send`, { body: sendDocument(messageId, 1) });
    expect(again.status).toBe(200);
    expect(allStoredMessages().filter((m) => m.messageId === messageId)).toHaveLength(1);
  });

  it('sends a reply draft in its conversation', async () => {
    const id = crypto.randomUUID();
    await putDraft(id, { conversationId: SEEDED_CONVERSATION, label: 'Sv: Kallelse' });
    const messageId = crypto.randomUUID();
    const response = await call(nurse, `${draftPath(id)}/send`, {
      body: {
        data: {
          type: 'messages',
          id: messageId,
          attributes: { conversationId: SEEDED_CONVERSATION, refToMessageId: SEEDED_LAST_MESSAGE },
        },
        meta: { draftVersion: 1 },
      },
    });
    expect(response.status).toBe(201);
    expect(allStoredMessages().find((m) => m.messageId === messageId)).toMatchObject({
      conversationId: SEEDED_CONVERSATION,
      refToMessageId: SEEDED_LAST_MESSAGE,
    });
  });

  it('does not send a draft changed since, and says why it refuses one', async () => {
    const id = crypto.randomUUID();
    await putDraft(id);
    await putDraft(id, { body: 'Ändrad i en annan flik', version: 1 });
    const stale = await call(nurse, `${draftPath(id)}/send`, {
      body: sendDocument(crypto.randomUUID(), 1),
    });
    expect(stale.status).toBe(412);

    removeMailbox(NORRBACKA_SIP);
    const refused = await call(nurse, `${draftPath(id)}/send`, {
      body: sendDocument(crypto.randomUUID(), 2),
    });
    expect(refused.status).toBe(422);
    expect((await refused.json()).errors[0]).toMatchObject({
      code: 'recipient_removed',
      detail: 'Funktionsbrevlådan Vårdcentralen Norrbacka – SIP är borttagen ur adressboken.',
    });
    // The draft stays, with the reason, until the person changes it.
    expect(allStoredDrafts().find((d) => d.draftId === id)).toMatchObject({
      body: 'Ändrad i en annan flik',
      refusal: { code: 'recipient_removed' },
    });
    expect(allStoredMessages().some((m) => m.body === 'Ändrad i en annan flik')).toBe(false);
  });

  it('fails a send on the fault switch before storing, and keeps the draft', async () => {
    const id = crypto.randomUUID();
    await putDraft(id, { body: 'Tjänsten är nere' });
    updateDevSwitches({ messageSendFailures: { mode: 'reject', count: 1 } });
    const response = await call(nurse, `${draftPath(id)}/send`, {
      body: sendDocument(crypto.randomUUID(), 1),
    });
    expect(response.status).toBe(503);
    expect(allStoredDrafts().some((d) => d.draftId === id)).toBe(true);
  });

  it('deletes a draft only in the version the person saw', async () => {
    const id = crypto.randomUUID();
    await putDraft(id);
    await putDraft(id, { body: 'Nyare', version: 1 });
    expect((await call(nurse, `${draftPath(id)}?version=1`, { method: 'DELETE' })).status).toBe(
      412,
    );
    expect((await call(nurse, draftPath(id), { method: 'DELETE' })).status).toBe(400);
    expect((await call(nurse, `${draftPath(id)}?version=2`, { method: 'DELETE' })).status).toBe(
      204,
    );
    expect((await call(nurse, draftPath(id))).status).toBe(404);
    // Gone already: a retry is answered as done.
    expect((await call(nurse, `${draftPath(id)}?version=2`, { method: 'DELETE' })).status).toBe(
      204,
    );
  });

  it('keeps a file sent once and names it by id after that', async () => {
    const id = crypto.randomUUID();
    const fileId = crypto.randomUUID();
    await putDraft(id, {
      attachments: [
        { id: fileId, fileName: 'kallelse.pdf', contentType: 'application/pdf', content: PDF },
      ],
    });
    const kept = await putDraft(id, { body: 'Ny text', attachments: [{ id: fileId }], version: 1 });
    expect(kept.status).toBe(200);
    expect((await kept.json()).data.attributes.attachments).toEqual([
      { id: fileId, fileName: 'kallelse.pdf', contentType: 'application/pdf', size: 15 },
    ]);
    const unknown = await putDraft(id, { attachments: [{ id: crypto.randomUUID() }], version: 2 });
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).errors[0].code).toBe('attachment_unknown');
  });

  it('refuses bad drafts with a Swedish reason naming the field', async () => {
    const cases: [DraftFields, number, string][] = [
      [{ label: 'x'.repeat(201) }, 422, 'label_too_long'],
      [{ body: 'x'.repeat(20_001) }, 422, 'body_too_long'],
      [{ to: 'fm-finns-inte' }, 422, 'recipient_unknown'],
      [{ conversationId: crypto.randomUUID() }, 422, 'conversation_unknown'],
      [
        {
          attachments: [
            { id: crypto.randomUUID(), fileName: 'a.html', contentType: 'text/html', content: PDF },
          ],
        },
        422,
        'attachment_type',
      ],
      [{ version: 3 }, 404, 'draft_unknown'],
    ];
    for (const [fields, status, code] of cases) {
      const response = await putDraft(crypto.randomUUID(), fields);
      expect(response.status, code).toBe(status);
      const body = await response.json();
      expect(body.errors[0].code).toBe(code);
      expect(body.error.message).toMatch(/[a-zåäö]/);
    }
    const id = crypto.randomUUID();
    const mismatch = await call(nurse, draftPath(id), {
      method: 'PUT',
      body: draftDocument(crypto.randomUUID()),
    });
    expect(mismatch.status).toBe(400);
    // A draft may lack a recipient and text: it is not sent yet.
    expect((await putDraft(id, { to: null, label: '', body: '' })).status).toBe(201);
    expect(allStoredDrafts()).toHaveLength(1);
  });
});

describe('the per-person key for what the browser keeps', () => {
  const keyOf = async (person: StaffMember) =>
    (await (await call(person, '/me/device-key')).json()).data;

  it('is the same in every session of the person, and another person’s differs', async () => {
    const first = await keyOf(nurse);
    expect(first.attributes.key).toMatchObject({ kty: 'oct', alg: 'A256GCM', ext: false });
    expect(Buffer.from(first.attributes.key.k, 'base64url')).toHaveLength(32);
    // A new token (a new login) gets the same key.
    expect(await keyOf(nurse)).toEqual(first);
    const other = await keyOf(doctor);
    expect(other.id).not.toBe(first.id);
    expect(other.attributes.key.k).not.toBe(first.attributes.key.k);
  });

  it('is never cached and needs a login and a commission for care and treatment', async () => {
    const response = await call(nurse, '/me/device-key');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect((await fetch(`${BASE}/me/device-key`)).status).toBe(401);
    const manager = findStaff('verksamhetschef')!;
    expect((await call(manager, '/me/device-key')).status).toBe(403);
  });
});
