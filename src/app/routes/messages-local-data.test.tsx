import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { signAccessToken } from '../../../mocks/lib/test-tokens';
import { allStoredDrafts } from '../../../mocks/sdk-message-service/handlers';
import { configureHttpClient } from '@/lib/http-client';
import { emptyDraft } from '@/features/messages/lib/draft';
import { deviceKeyFor } from '@/features/messages/storage/device-key';
import { writeLocalDraft } from '@/features/messages/storage/local-drafts';
import { freshMessagesDb, PARTIES, writerOf } from '@/features/messages/testing';
import { createEndSession } from '../end-session';

// The app's end of a session (logout, idle logout, a logout in another tab) and the messages.
const { person: nurse, owner } = writerOf('hemsjukskoterska');
const DB_NAME = 'vardpersonal-sakra-meddelanden';
const databases = async () => (await indexedDB.databases()).map((d) => d.name);
let token: string | null;

beforeEach(async () => {
  await freshMessagesDb();
  token = await signAccessToken(nurse);
  configureHttpClient({ getAccessToken: async () => token, onUnauthorized: () => {} });
});
afterEach(() => configureHttpClient(null));

async function draftOnlyHere(body: string) {
  await writeLocalDraft(await deviceKeyFor(owner), {
    ...emptyDraft({
      id: crypto.randomUUID(),
      mailboxId: 'fm-hemsjukvarden-asby',
      conversationId: null,
    }),
    recipient: PARTIES.norrbackaSip,
    body,
    ...owner,
    revision: 1,
  });
}

describe('the end of a session', () => {
  it('hands the drafts only this browser had to the service, then leaves no messages database', async () => {
    await draftOnlyHere('Skrivet strax före utloggningen');
    const notices = await createEndSession(new QueryClient())(nurse.employeeHsaId);
    expect(notices).toEqual([]);
    expect(allStoredDrafts().map((d) => d.body)).toEqual(['Skrivet strax före utloggningen']);
    expect(await databases()).not.toContain(DB_NAME);
  });

  it('says so when a draft could not be handed over and stays sealed for the next login', async () => {
    await draftOnlyHere('Tjänsten svarade inte');
    token = null;
    const notices = await createEndSession(new QueryClient())(nurse.employeeHsaId);
    expect(notices).toEqual([
      '1 utkast eller meddelande kunde inte lämnas till meddelandetjänsten före utloggningen. De finns kvar krypterade i den här webbläsaren, oläsliga för andra, och sparas när du loggar in här igen.',
    ]);
  });
});
