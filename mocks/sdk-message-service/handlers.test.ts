import { updateDevSwitches } from '../lib/dev-switches';
import { describe, expect, it } from 'vitest';
import { DEV } from '../dev-config';
import { findStaff, type StaffMember } from '../idp/staff';
import { authHeaders } from '../lib/test-tokens';
import { removeMailbox } from '../sdk-address-book/handlers';
import {
  conversationListSchema,
  mailboxListSchema,
  messageDocumentSchema,
  messageListSchema,
} from '../../src/features/messages/api/schemas';
import { allAccessEvents } from '../access-log/events';
import type { SendDocument } from './send-document';
import { allStoredMessages, deliverNextInbound, RECORDED_BY, setDeliveryDelay } from './handlers';

const BASE = `${DEV.appOrigin}/api/sdk/message-service/v1`;
const doctor = findStaff('lakare')!;
const nurse = findStaff('hemsjukskoterska')!;
const NORRBACKA_SIP = 'fm-vc-norrbacka-sip';
const HEMSJUKVARDEN = 'fm-hemsjukvarden-asby';
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');

async function call(
  person: StaffMember,
  path: string,
  { commission = 0, body }: { commission?: number; body?: unknown } = {},
) {
  return fetch(`${BASE}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      ...(await authHeaders(person, {
        commissionHsaId: person.commissions[commission]!.commissionHsaId,
      })),
      'Content-Type': 'application/vnd.api+json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

function messageDocument(
  overrides: Partial<SendDocument['data']['attributes']> & {
    id?: string;
    to?: string;
  } = {},
): SendDocument {
  const { id = crypto.randomUUID(), to = HEMSJUKVARDEN, ...attributes } = overrides;
  return {
    data: {
      type: 'messages',
      id,
      attributes: {
        conversationId: crypto.randomUUID(),
        refToMessageId: null,
        label: 'SIP-kallelse',
        confidentiality: 'confidential',
        documents: {
          body: 'Välkommen till SIP-möte.',
          attachments: [{ fileName: 'kallelse.pdf', contentType: 'application/pdf', content: PDF }],
        },
        ...attributes,
      },
      relationships: { recipient: { data: { type: 'mailboxes', id: to } } },
    },
  };
}

const send = (document: SendDocument, person = doctor, mailbox = NORRBACKA_SIP) =>
  call(person, `/mailboxes/${mailbox}/messages`, { body: document });

describe('SDK message service', () => {
  it('lists the mailboxes of the active commission’s care unit, as JSON:API', async () => {
    const response = await call(doctor, '/mailboxes');
    expect(response.headers.get('Content-Type')).toBe('application/vnd.api+json');
    const { data } = mailboxListSchema.parse(await response.json());
    expect(data.map((m) => m.attributes.name)).toEqual([
      'Vårdcentralen Norrbacka – SIP',
      'Vårdcentralen Norrbacka – Remisser och vårdplaner',
    ]);
    // The other commission: another unit, other mailboxes.
    const sjostaden = mailboxListSchema.parse(
      await (await call(doctor, '/mailboxes', { commission: 1 })).json(),
    );
    expect(sjostaden.data.map((m) => m.id)).toEqual(['fm-vc-sjostaden']);
  });

  it('refuses another care unit’s mailbox with 403', async () => {
    for (const path of [
      `/mailboxes/${HEMSJUKVARDEN}/conversations`,
      `/mailboxes/${HEMSJUKVARDEN}/conversations/0f6a8e5c-1b7d-4c52-8f0e-6a1d3b9c7e10/messages`,
    ]) {
      const response = await call(doctor, path);
      expect(response.status).toBe(403);
      expect((await response.json()).errors[0].code).toBe('mailbox_forbidden');
    }
    // Working in Sjöstaden, the doctor may not send from Norrbacka's mailbox.
    const response = await call(doctor, `/mailboxes/${NORRBACKA_SIP}/messages`, {
      commission: 1,
      body: messageDocument(),
    });
    expect(response.status).toBe(403);
    expect(allStoredMessages()).toHaveLength(5);
  });

  it('sends, delivers and shows a message to both mailboxes in the SDK structure', async () => {
    setDeliveryDelay(0);
    const document = messageDocument();
    const response = await send(document);
    expect(response.status).toBe(201);
    const sent = messageDocumentSchema.parse(await response.json()).data.attributes;
    expect(sent).toMatchObject({
      messageId: document.data.id,
      conversationId: document.data.attributes.conversationId,
      label: 'SIP-kallelse',
      direction: 'outbound',
      sender: { participantId: '0007:2321000016', mailboxId: NORRBACKA_SIP },
      recipient: { participantId: '0007:2120000142', mailboxName: 'Hemsjukvården Åsby' },
      sentBy: { name: 'Anna Lindqvist', title: 'Läkare' },
    });
    expect(sent.documents.attachments[0]).toMatchObject({ fileName: 'kallelse.pdf', size: 15 });

    const conversations = conversationListSchema.parse(
      await (await call(nurse, `/mailboxes/${HEMSJUKVARDEN}/conversations`)).json(),
    ).data;
    const conversation = conversations.find((c) => c.id === sent.conversationId)!;
    expect(conversation.attributes).toMatchObject({ unreadCount: 1, label: 'SIP-kallelse' });

    const path = `/mailboxes/${HEMSJUKVARDEN}/conversations/${sent.conversationId}`;
    const thread = messageListSchema.parse(await (await call(nurse, `${path}/messages`)).json());
    expect(thread.data[0]!.attributes).toMatchObject({
      direction: 'inbound',
      deliveryStatus: 'delivered',
    });
    await call(nurse, `${path}/read`, { body: {} });
    const after = conversationListSchema.parse(
      await (await call(nurse, `/mailboxes/${HEMSJUKVARDEN}/conversations`)).json(),
    ).data;
    expect(after.find((c) => c.id === sent.conversationId)!.attributes.unreadCount).toBe(0);
  });

  it('says "sent" until the message is delivered, and the recipient sees it only then', async () => {
    setDeliveryDelay(60_000);
    const sent = messageDocumentSchema.parse(await (await send(messageDocument())).json()).data;
    expect(sent.attributes).toMatchObject({ deliveryStatus: 'sent', deliveredAt: null });
    const conversations = conversationListSchema.parse(
      await (await call(nurse, `/mailboxes/${HEMSJUKVARDEN}/conversations`)).json(),
    ).data;
    expect(conversations.map((c) => c.id)).not.toContain(sent.attributes.conversationId);
  });

  it('stores a message sent twice with the same messageId once', async () => {
    const document = messageDocument();
    expect((await send(document)).status).toBe(201);
    const again = await send(document);
    expect(again.status).toBe(200);
    expect(messageDocumentSchema.parse(await again.json()).data.id).toBe(document.data.id);
    expect(allStoredMessages().filter((m) => m.messageId === document.data.id)).toHaveLength(1);
  });

  it('stores a message whose answer was lost once, when it is sent again', async () => {
    updateDevSwitches({ messageSendFailures: { mode: 'lose-response', count: 1 } });
    const document = messageDocument();
    expect((await send(document)).status).toBe(503);
    expect((await send(document)).status).toBe(200);
    expect(allStoredMessages().filter((m) => m.messageId === document.data.id)).toHaveLength(1);
  });

  it('refuses bad messages with a JSON:API error naming the field', async () => {
    removeMailbox('fm-hemtjansten-asby');
    const cases: [SendDocument, string][] = [
      [messageDocument({ to: 'fm-finns-inte' }), 'recipient_unknown'],
      [messageDocument({ to: 'fm-hemtjansten-asby' }), 'recipient_removed'],
      [messageDocument({ to: 'fm-vc-norrbacka-lakemedel' }), 'recipient_removed'],
      [messageDocument({ label: ' ' }), 'label_empty'],
      [messageDocument({ documents: { body: '  \n', attachments: [] } }), 'body_empty'],
      [
        messageDocument({
          documents: {
            body: 'x',
            attachments: [{ fileName: 'a.html', contentType: 'text/html', content: PDF }],
          },
        }),
        'attachment_type',
      ],
      [
        messageDocument({
          documents: {
            body: 'x',
            attachments: [{ fileName: 'a.png', contentType: 'image/png', content: PDF }],
          },
        }),
        'attachment_content',
      ],
      [
        messageDocument({
          documents: {
            body: 'x',
            attachments: [
              {
                fileName: 'stor.pdf',
                contentType: 'application/pdf',
                content: Buffer.alloc(3 * 1024 * 1024, 0x25).toString('base64'),
              },
            ],
          },
        }),
        'attachment_size',
      ],
      [messageDocument({ refToMessageId: crypto.randomUUID() }), 'reference_unknown'],
    ];
    for (const [document, code] of cases) {
      const response = await send(document);
      expect(response.status, code).toBe(422);
      const body = await response.json();
      expect(body.errors[0].code).toBe(code);
      expect(body.error.message).toEqual(expect.any(String));
    }
    expect(allStoredMessages()).toHaveLength(5);
  });

  it('fails sending on the fault switch, before storing', async () => {
    updateDevSwitches({ messageSendFailures: { mode: 'reject', count: null } });
    expect((await send(messageDocument())).status).toBe(503);
    expect((await send(messageDocument())).status).toBe(503);
    updateDevSwitches({ messageSendFailures: null });
    expect((await send(messageDocument())).status).toBe(201);
    expect(allStoredMessages()).toHaveLength(6);
  });

  it('lets inbound messages arrive over time, or at once on demand', async () => {
    const list = async () =>
      conversationListSchema
        .parse(await (await call(nurse, `/mailboxes/${HEMSJUKVARDEN}/conversations`)).json())
        .data.map((c) => c.attributes.label);
    expect(await list()).not.toContain('Läkemedelslista efter besök');
    expect(deliverNextInbound()?.label).toBe('Läkemedelslista efter besök');
    expect((await list())[0]).toBe('Läkemedelslista efter besök');
  });

  it('refuses a commission that is not for care and treatment, in its own error format', async () => {
    const manager = findStaff('verksamhetschef')!; // Administration at Vårdcentralen Norrbacka
    for (const path of [
      '/mailboxes',
      `/mailboxes/${NORRBACKA_SIP}/conversations`,
      `/mailboxes/${NORRBACKA_SIP}/drafts`,
      '/me/device-key',
    ]) {
      const response = await call(manager, path);
      expect(response.status, path).toBe(403);
      expect(response.headers.get('Content-Type')).toBe('application/vnd.api+json');
      const body = await response.json();
      expect(body.errors[0]).toMatchObject({ status: '403', code: 'purpose_not_care' });
      expect(body.error.message).toBe(
        'Säkra meddelanden kräver ett medarbetaruppdrag för vård och behandling. Ditt valda uppdrag har syftet administration.',
      );
    }
    const sent = await send(messageDocument(), manager);
    expect(sent.status).toBe(403);
    expect(allStoredMessages()).toHaveLength(5);
  });

  it('writes an access event when it releases a message that names a patient, once a day', async () => {
    const tolvan = '0f6a8e5c-1b7d-4c52-8f0e-6a1d3b9c7e10';
    const path = `/mailboxes/${HEMSJUKVARDEN}/conversations/${tolvan}/messages`;
    const before = allAccessEvents().length;
    expect((await call(nurse, path)).status).toBe(200);
    const events = allAccessEvents().slice(before);
    // The invitation names Tolvan Tolvansson by number; the answer names no one.
    expect(events).toEqual([
      expect.objectContaining({
        patient: '191212121212',
        userHsaId: nurse.employeeHsaId,
        commissionHsaId: nurse.commissions[0]!.commissionHsaId,
        careUnitName: 'Hemsjukvården Åsby',
        recordedBy: RECORDED_BY,
        shown: 'Meddelandet ”Kallelse till SIP-möte – Tolvan Tolvansson” i Hemsjukvården Åsby',
      }),
    ]);
    // The page asks again while it is open: the same reading, not a new event.
    await call(nurse, path);
    expect(allAccessEvents()).toHaveLength(before + 1);
    // Another person reading it is another event.
    await call(doctor, `/mailboxes/${NORRBACKA_SIP}/conversations/${tolvan}/messages`);
    expect(allAccessEvents()).toHaveLength(before + 2);
    // Lists and messages without an identity number leave none.
    await call(nurse, `/mailboxes/${HEMSJUKVARDEN}/conversations`);
    expect(allAccessEvents()).toHaveLength(before + 2);
  });
});
