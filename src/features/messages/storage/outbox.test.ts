import { updateDevSwitches } from '../../../../mocks/lib/dev-switches';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { signAccessToken } from '../../../../mocks/lib/test-tokens';
import { removeMailbox } from '../../../../mocks/sdk-address-book/handlers';
import { allStoredDrafts, allStoredMessages } from '../../../../mocks/sdk-message-service/handlers';
import { configureHttpClient } from '@/lib/http-client';
import { sendDraft, type SendDraftFn } from '../api/drafts';
import { emptyDraft } from '../lib/draft';
import { freshMessagesDb, PARTIES, PDF_BYTES, writerOf } from '../testing';
import type { DeviceKey } from './crypto';
import { deviceKeyFor } from './device-key';
import { readLocalDraft, writeLocalDraft, writeLocalFile, type LocalDraft } from './local-drafts';
import { flushOutbox, listOutbox, queueDraft, returnOutboxItemToDraft, sendNow } from './outbox';
import { pushDraft } from './sync';

const { person: doctor, owner: sender } = writerOf('lakare');
const MAILBOX = 'fm-vc-norrbacka-sip';
const HEMSJUKVARDEN = PARTIES.hemsjukvarden;
const SEEDED = 5;

let token: string | null;
const onUnauthorized = vi.fn();
let device: DeviceKey;

beforeEach(async () => {
  await freshMessagesDb();
  token = await signAccessToken(doctor);
  configureHttpClient({ getAccessToken: async () => token, onUnauthorized });
  device = await deviceKeyFor(sender);
});
afterEach(() => {
  configureHttpClient(null);
  onUnauthorized.mockReset();
});

/** A draft with a PDF, written in this browser only (the service has not had it yet). */
async function writtenDraft(body = 'Kallelse till SIP-möte på fredag.'): Promise<LocalDraft> {
  const fileId = crypto.randomUUID();
  await writeLocalFile(device, fileId, PDF_BYTES.slice().buffer);
  const draft: LocalDraft = {
    ...emptyDraft({ id: crypto.randomUUID(), mailboxId: MAILBOX, conversationId: null }),
    recipient: HEMSJUKVARDEN,
    label: 'SIP-kallelse',
    body,
    attachments: [
      {
        id: fileId,
        fileName: 'kallelse.pdf',
        contentType: 'application/pdf',
        size: PDF_BYTES.length,
        local: true,
      },
    ],
    ...sender,
    revision: 1,
  };
  await writeLocalDraft(device, draft);
  return draft;
}

const storedWith = (body: string) => allStoredMessages().filter((m) => m.body === body);
const draftsWith = (body: string) => allStoredDrafts().filter((d) => d.body === body);

describe('the contract with the message service', () => {
  it('the service takes a draft and its file exactly as the client writes them', async () => {
    const draft = await writtenDraft('Skrivet av klienten');
    const pushed = await pushDraft(device, draft, sender.commissionHsaId);
    expect(pushed).toMatchObject({ ok: true, saved: { version: 1, body: 'Skrivet av klienten' } });
    expect(draftsWith('Skrivet av klienten')[0]!.attachments).toEqual([
      expect.objectContaining({ fileName: 'kallelse.pdf', size: PDF_BYTES.length }),
    ]);
    // Sent from the draft with the client's own send document.
    const item = await queueDraft(device, { ...draft, version: 1 }, sender);
    expect((await sendNow(device, item.messageId)).status).toBe('sent');
    expect(storedWith('Skrivet av klienten')[0]!.attachments).toHaveLength(1);
  });
});

describe('the outbox', () => {
  it('saves the draft only this browser had, sends it with its attachment, and keeps nothing', async () => {
    const draft = await writtenDraft();
    const item = await queueDraft(device, draft, sender);
    expect(await listOutbox(device, doctor.employeeHsaId)).toHaveLength(1);

    const outcome = await sendNow(device, item.messageId);
    expect(outcome.status).toBe('sent');
    expect(await listOutbox(device, doctor.employeeHsaId)).toEqual([]);
    expect(await readLocalDraft(device, draft.id)).toBeNull();
    const [stored] = storedWith(draft.body);
    expect(stored).toMatchObject({ messageId: item.messageId, label: 'SIP-kallelse' });
    expect(stored!.attachments[0]).toMatchObject({
      fileName: 'kallelse.pdf',
      contentType: 'application/pdf',
      size: PDF_BYTES.length,
    });
    // Sent: the draft is gone from the service too.
    expect(draftsWith(draft.body)).toEqual([]);
  });

  it('sends a message whose answer was lost exactly once', async () => {
    const draft = await writtenDraft('Svaret försvinner');
    const item = await queueDraft(device, draft, sender);
    updateDevSwitches({ messageSendFailures: { mode: 'lose-response', count: 1 } });

    const first = await sendNow(device, item.messageId);
    expect(first.status).toBe('failed');
    expect(await listOutbox(device, doctor.employeeHsaId)).toMatchObject([{ state: 'failed' }]);
    // The service did store it; the retry carries the same messageId.
    expect(storedWith('Svaret försvinner')).toHaveLength(1);

    expect((await sendNow(device, item.messageId)).status).toBe('sent');
    expect(storedWith('Svaret försvinner')).toHaveLength(1);
    expect(await listOutbox(device, doctor.employeeHsaId)).toEqual([]);
  });

  it('keeps a failed message with "fel" until it is retried', async () => {
    const draft = await writtenDraft('Tjänsten är nere');
    const item = await queueDraft(device, draft, sender);
    updateDevSwitches({ messageSendFailures: { mode: 'reject', count: null } });
    expect(await sendNow(device, item.messageId)).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('Meddelandetjänsten svarar inte just nu'),
    });
    // A flush leaves failed messages for the person to retry.
    expect(await flushOutbox(device, doctor.employeeHsaId)).toEqual([]);
    updateDevSwitches({ messageSendFailures: null });
    expect((await sendNow(device, item.messageId)).status).toBe('sent');
    expect(storedWith('Tjänsten är nere')).toHaveLength(1);
  });

  it('waits for the network, then sends once, however often it is flushed', async () => {
    const draft = await writtenDraft('Utan nät');
    const item = await queueDraft(device, draft, sender);
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    expect(await sendNow(device, item.messageId)).toMatchObject({ status: 'queued' });
    expect(storedWith('Utan nät')).toHaveLength(0);

    online.mockReturnValue(true);
    const outcomes = await Promise.all([
      flushOutbox(device, doctor.employeeHsaId),
      flushOutbox(device, doctor.employeeHsaId),
    ]);
    expect(outcomes.flat().filter((o) => o.status === 'sent')).toHaveLength(1);
    expect(storedWith('Utan nät')).toHaveLength(1);
    expect(allStoredMessages()).toHaveLength(SEEDED + 1);
    online.mockRestore();
  });

  it('waits for a new login when the token is gone, then sends once', async () => {
    const draft = await writtenDraft('Utan inloggning');
    const item = await queueDraft(device, draft, sender);
    token = null;
    expect(await sendNow(device, item.messageId)).toMatchObject({
      status: 'queued',
      error: expect.stringContaining('Väntar på inloggning'),
    });
    expect(onUnauthorized).toHaveBeenCalled();
    // Nothing was lost meanwhile: the draft is still sealed here.
    expect((await readLocalDraft(device, draft.id))?.draft.body).toBe('Utan inloggning');

    token = await signAccessToken(doctor);
    expect(await flushOutbox(device, doctor.employeeHsaId)).toMatchObject([{ status: 'sent' }]);
    expect(await flushOutbox(device, doctor.employeeHsaId)).toEqual([]);
    expect(storedWith('Utan inloggning')).toHaveLength(1);
  });

  it('gives a refused message back to its draft, which the service keeps with the reason', async () => {
    const draft = await writtenDraft('Till en borttagen brevlåda');
    removeMailbox(HEMSJUKVARDEN.mailboxId);
    const item = await queueDraft(device, draft, sender);
    expect(await sendNow(device, item.messageId)).toEqual({
      status: 'rejected',
      error:
        'Funktionsbrevlådan Hemsjukvården Åsby är borttagen ur adressboken. Den tar inte emot meddelanden längre – välj en annan mottagare.',
    });
    expect(await listOutbox(device, doctor.employeeHsaId)).toEqual([]);
    expect(storedWith('Till en borttagen brevlåda')).toHaveLength(0);
    const [kept] = draftsWith('Till en borttagen brevlåda');
    expect(kept).toMatchObject({ label: 'SIP-kallelse', refusal: { code: 'recipient_removed' } });
    expect(kept!.attachments).toHaveLength(1);
  });

  it('gives a message back to its draft when the draft changed in another tab since', async () => {
    const draft = await writtenDraft('Första versionen');
    const pushed = await pushDraft(device, draft, sender.commissionHsaId);
    expect(pushed.ok).toBe(true);
    const item = await queueDraft(device, { ...draft, version: 1 }, sender);
    // Another tab saves a change of the same draft before this one is sent.
    const saved = { ...draft, version: 1, attachments: [], body: 'Ändrad i en annan flik' };
    expect((await pushDraft(device, saved, sender.commissionHsaId)).ok).toBe(true);

    expect(await sendNow(device, item.messageId)).toMatchObject({
      status: 'rejected',
      error: expect.stringContaining('ändrats i en annan flik'),
    });
    expect(allStoredMessages()).toHaveLength(SEEDED);
    expect(draftsWith('Ändrad i en annan flik')).toHaveLength(1);
  });
});

describe('"Ändra" and sending take turns', () => {
  /** A send that waits until the test lets it go on, and says when it has begun. */
  function heldSend() {
    let release!: () => void;
    let started!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const began = new Promise<void>((resolve) => (started = resolve));
    const send: SendDraftFn = async (...args) => {
      started();
      await held;
      return sendDraft(...args);
    };
    return { send, began, release };
  }

  it('a message in flight is delivered once and does not come back to the draft', async () => {
    const draft = await writtenDraft('Skickas medan någon ändrar');
    const item = await queueDraft(device, draft, sender);
    const { send, began, release } = heldSend();

    const sending = sendNow(device, item.messageId, send);
    await began;
    const editing = returnOutboxItemToDraft(device, item.messageId);
    release();

    expect((await sending).status).toBe('sent');
    expect(await editing).toBe('gone');
    expect(storedWith('Skickas medan någon ändrar')).toHaveLength(1);
    // Not back in the draft: neither on the service nor in this browser.
    expect(draftsWith('Skickas medan någon ändrar')).toEqual([]);
    expect(await readLocalDraft(device, draft.id)).toBeNull();
    expect(await listOutbox(device, doctor.employeeHsaId)).toEqual([]);
  });

  it('a message taken back first is not sent by a flush that was waiting', async () => {
    const draft = await writtenDraft('Ändras innan den skickas');
    const item = await queueDraft(device, draft, sender);

    const editing = returnOutboxItemToDraft(device, item.messageId);
    const flushing = flushOutbox(device, doctor.employeeHsaId);
    expect(await editing).toBe('returned');
    expect(await flushing).toEqual([]);
    expect(storedWith('Ändras innan den skickas')).toHaveLength(0);
    expect((await readLocalDraft(device, draft.id))?.draft.body).toBe('Ändras innan den skickas');
  });
});
