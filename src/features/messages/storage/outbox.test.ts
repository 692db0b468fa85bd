import { updateDevSwitches } from '../../../../mocks/lib/dev-switches';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findStaff } from '../../../../mocks/idp/staff';
import { signAccessToken } from '../../../../mocks/lib/test-tokens';
import { removeMailbox } from '../../../../mocks/sdk-address-book/handlers';
import { allStoredMessages } from '../../../../mocks/sdk-message-service/handlers';
import { sendDocumentSchema } from '../../../../mocks/sdk-message-service/send-document';
import { configureHttpClient } from '@/lib/http-client';
import { sendMessage } from '../api/message-service';
import { freshMessagesDb, PDF_BYTES } from '../testing';
import type { Party } from '../api/schemas';
import { emptyDraft, loadDraft, putDraftFile, saveDraft, listDrafts } from './drafts';
import {
  flushOutbox,
  listOutbox,
  queueDraft,
  returnOutboxItemToDraft,
  sendNow,
  type SendFn,
} from './outbox';

const doctor = findStaff('lakare')!;
const sender = {
  employeeHsaId: doctor.employeeHsaId,
  commissionHsaId: doctor.commissions[0]!.commissionHsaId,
};
const MAILBOX = 'fm-vc-norrbacka-sip';
const HEMSJUKVARDEN: Party = {
  participantId: '0007:2120000142',
  organisationName: 'Åsby kommun',
  mailboxId: 'fm-hemsjukvarden-asby',
  mailboxName: 'Hemsjukvården Åsby',
};
const SEEDED = 5;

let token: string | null;
const onUnauthorized = vi.fn();

beforeEach(async () => {
  await freshMessagesDb();
  token = await signAccessToken(doctor);
  configureHttpClient({ getAccessToken: async () => token, onUnauthorized });
});
afterEach(() => {
  configureHttpClient(null);
  onUnauthorized.mockReset();
});

async function writtenDraft(body = 'Kallelse till SIP-möte på fredag.') {
  const address = { employeeHsaId: doctor.employeeHsaId, mailboxId: MAILBOX, conversationId: null };
  const draft = { ...emptyDraft(address), recipient: HEMSJUKVARDEN, label: 'SIP-kallelse', body };
  const id = await putDraftFile(draft.key, PDF_BYTES.slice().buffer);
  const withFile = {
    ...draft,
    attachments: [
      { id, fileName: 'kallelse.pdf', contentType: 'application/pdf', size: PDF_BYTES.length },
    ],
  };
  await saveDraft(withFile);
  return { address, draft: withFile };
}

const storedWith = (body: string) => allStoredMessages().filter((m) => m.body === body);

describe('drafts', () => {
  it('are kept per person and mailbox, attachments included, until sent', async () => {
    const { address, draft } = await writtenDraft();
    expect(await loadDraft(address)).toEqual(draft);
    expect(await loadDraft({ ...address, employeeHsaId: 'SE2120000142-E1101' })).toBeNull();
    expect(await loadDraft({ ...address, mailboxId: 'fm-vc-norrbacka-remiss' })).toBeNull();
    expect(await listDrafts(doctor.employeeHsaId)).toHaveLength(1);
  });
});

describe('the contract with the message service', () => {
  it('the service takes the document exactly as the client writes it, by its own schema', async () => {
    const { draft } = await writtenDraft('Skrivet av klienten');
    const item = await queueDraft(draft, sender);
    const written: Parameters<SendFn>[2][] = [];
    const recording: SendFn = (commission, mailbox, document) => {
      written.push(document);
      return sendMessage(commission, mailbox, document);
    };
    expect((await sendNow(item.messageId, recording)).status).toBe('sent');
    expect(written).toHaveLength(1);
    // The service's own description of a send, not the client's, accepts it as it is.
    expect(sendDocumentSchema.safeParse(written[0]).success).toBe(true);
    expect(storedWith('Skrivet av klienten')).toHaveLength(1);
  });
});

describe('the outbox', () => {
  it('moves the draft into the outbox in one step and sends it with its attachment', async () => {
    const { address, draft } = await writtenDraft();
    const item = await queueDraft(draft, sender);
    expect(await loadDraft(address)).toBeNull();
    expect(await listOutbox(doctor.employeeHsaId)).toHaveLength(1);

    const outcome = await sendNow(item.messageId);
    expect(outcome.status).toBe('sent');
    expect(await listOutbox(doctor.employeeHsaId)).toEqual([]);
    const [stored] = storedWith(draft.body);
    expect(stored).toMatchObject({ messageId: item.messageId, label: 'SIP-kallelse' });
    expect(stored!.attachments[0]).toMatchObject({
      fileName: 'kallelse.pdf',
      contentType: 'application/pdf',
      size: PDF_BYTES.length,
    });
  });

  it('sends a message whose answer was lost exactly once', async () => {
    const { draft } = await writtenDraft('Svaret försvinner');
    const item = await queueDraft(draft, sender);
    updateDevSwitches({ messageSendFailures: { mode: 'lose-response', count: 1 } });

    const first = await sendNow(item.messageId);
    expect(first.status).toBe('failed');
    expect(await listOutbox(doctor.employeeHsaId)).toMatchObject([{ state: 'failed' }]);
    // The service did store it; the retry carries the same messageId.
    expect(storedWith('Svaret försvinner')).toHaveLength(1);

    expect((await sendNow(item.messageId)).status).toBe('sent');
    expect(storedWith('Svaret försvinner')).toHaveLength(1);
    expect(await listOutbox(doctor.employeeHsaId)).toEqual([]);
  });

  it('keeps a failed message with "fel" until it is retried', async () => {
    const { draft } = await writtenDraft('Tjänsten är nere');
    const item = await queueDraft(draft, sender);
    updateDevSwitches({ messageSendFailures: { mode: 'reject', count: null } });
    expect(await sendNow(item.messageId)).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('Meddelandetjänsten svarar inte just nu'),
    });
    // A flush leaves failed messages for the person to retry.
    expect(await flushOutbox(sender)).toEqual([]);
    updateDevSwitches({ messageSendFailures: null });
    expect((await sendNow(item.messageId)).status).toBe('sent');
    expect(storedWith('Tjänsten är nere')).toHaveLength(1);
  });

  it('waits for the network, then sends once, however often it is flushed', async () => {
    const { draft } = await writtenDraft('Utan nät');
    const item = await queueDraft(draft, sender);
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    expect(await sendNow(item.messageId)).toMatchObject({ status: 'queued' });
    expect(storedWith('Utan nät')).toHaveLength(0);

    online.mockReturnValue(true);
    const outcomes = await Promise.all([flushOutbox(sender), flushOutbox(sender)]);
    expect(outcomes.flat().filter((o) => o.status === 'sent')).toHaveLength(1);
    expect(storedWith('Utan nät')).toHaveLength(1);
    expect(allStoredMessages()).toHaveLength(SEEDED + 1);
    online.mockRestore();
  });

  it('waits for a new login when the token is gone, then sends once', async () => {
    const { draft } = await writtenDraft('Utan inloggning');
    const item = await queueDraft(draft, sender);
    token = null;
    expect(await sendNow(item.messageId)).toMatchObject({
      status: 'queued',
      error: expect.stringContaining('Väntar på inloggning'),
    });
    expect(onUnauthorized).toHaveBeenCalled();

    token = await signAccessToken(doctor);
    expect(await flushOutbox(sender)).toMatchObject([{ status: 'sent' }]);
    expect(await flushOutbox(sender)).toEqual([]);
    expect(storedWith('Utan inloggning')).toHaveLength(1);
  });

  it('returns a refused message to its draft with the reason, attachment included', async () => {
    const { address, draft } = await writtenDraft('Till en borttagen brevlåda');
    removeMailbox(HEMSJUKVARDEN.mailboxId);
    const item = await queueDraft(draft, sender);
    const outcome = await sendNow(item.messageId);
    expect(outcome).toMatchObject({ status: 'rejected' });

    const restored = await loadDraft(address);
    expect(restored).toMatchObject({ body: 'Till en borttagen brevlåda', label: 'SIP-kallelse' });
    expect(restored!.error).toBe(
      'Funktionsbrevlådan Hemsjukvården Åsby är borttagen ur adressboken. Den tar inte emot meddelanden längre – välj en annan mottagare.',
    );
    expect(restored!.attachments).toHaveLength(1);
    expect(await listOutbox(doctor.employeeHsaId)).toEqual([]);
    expect(storedWith('Till en borttagen brevlåda')).toHaveLength(0);

    // Sent again from the restored draft, with its file.
    const again = await queueDraft(
      {
        ...restored!,
        recipient: {
          ...HEMSJUKVARDEN,
          mailboxId: 'fm-hemtjansten-asby',
          mailboxName: 'Hemtjänsten Åsby centrum',
        },
      },
      sender,
    );
    expect((await sendNow(again.messageId)).status).toBe('sent');
    expect(storedWith('Till en borttagen brevlåda')[0]!.attachments).toHaveLength(1);
  });
});

describe('"Ändra" and sending take turns', () => {
  /** A send that waits until the test lets it go on, and says when it has begun. */
  function heldSend() {
    let release!: () => void;
    let started!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const began = new Promise<void>((resolve) => (started = resolve));
    const send: SendFn = async (commission, mailbox, document) => {
      started();
      await held;
      return sendMessage(commission, mailbox, document);
    };
    return { send, began, release };
  }

  it('a message in flight is delivered once and does not come back to the draft', async () => {
    const { address, draft } = await writtenDraft('Skickas medan någon ändrar');
    const item = await queueDraft(draft, sender);
    const { send, began, release } = heldSend();

    const sending = sendNow(item.messageId, send);
    await began;
    const editing = returnOutboxItemToDraft(item.messageId);
    release();

    expect((await sending).status).toBe('sent');
    expect(await editing).toBe('gone');
    expect(storedWith('Skickas medan någon ändrar')).toHaveLength(1);
    expect(await loadDraft(address)).toBeNull();
    expect(await listOutbox(doctor.employeeHsaId)).toEqual([]);
  });

  it('a message taken back first is not sent by a flush that was waiting', async () => {
    const { address, draft } = await writtenDraft('Ändras innan den skickas');
    const item = await queueDraft(draft, sender);

    const editing = returnOutboxItemToDraft(item.messageId);
    const flushing = flushOutbox(sender);
    expect(await editing).toBe('returned');
    expect(await flushing).toEqual([]);
    expect(storedWith('Ändras innan den skickas')).toHaveLength(0);
    expect(await loadDraft(address)).toMatchObject({ body: 'Ändras innan den skickas' });
  });

  it('keeps the message in the outbox when a new draft is already there', async () => {
    const { draft } = await writtenDraft('Första');
    const item = await queueDraft(draft, sender);
    await writtenDraft('Nytt utkast på samma ställe');
    expect(await returnOutboxItemToDraft(item.messageId)).toBe('draft-exists');
    expect(await listOutbox(doctor.employeeHsaId)).toHaveLength(1);
  });
});
