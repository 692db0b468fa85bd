import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { findStaff } from '../../../mocks/idp/staff';
import { updateDevSwitches } from '../../../mocks/lib/dev-switches';
import { jsonApiError } from '../../../mocks/lib/json-api';
import { authHeaders } from '../../../mocks/lib/test-tokens';
import { server } from '../../../mocks/node';
import { removeMailbox } from '../../../mocks/sdk-address-book/handlers';
import { allStoredDrafts, allStoredMessages } from '../../../mocks/sdk-message-service/handlers';
import { renderApp } from '@/testing/render-app';
import { freshMessagesDb, newTab, PDF_BYTES } from '@/features/messages/testing';

// The app's own timing: a draft is saved a second after typing pauses.
beforeEach(async () => {
  await freshMessagesDb();
});

/** The service answers every change of a draft with this, as long as the test wants. */
const draftChangesAnswer = (status: number, code: string, message: string) =>
  server.use(
    http.put('*/api/sdk/message-service/v1/mailboxes/:mailboxId/drafts/:draftId', () =>
      jsonApiError(status, code, message),
    ),
  );

/** What the browser keeps sealed: nothing of the text is readable, but is anything there? */
async function sealedDraftCount(): Promise<number> {
  const { openDB } = await import('idb');
  const db = await openDB('vardpersonal-sakra-meddelanden');
  const count = db.objectStoreNames.contains('sealedDrafts') ? await db.count('sealedDrafts') : 0;
  db.close();
  return count;
}

const NURSE = 'hemsjukskoterska';

let renderedApp: Awaited<ReturnType<typeof renderApp>> | null = null;

async function openNewMessage() {
  const user = userEvent.setup();
  renderedApp = await renderApp('/meddelanden/fm-hemsjukvarden-asby/nytt', { as: NURSE });
  await screen.findByRole('heading', { name: 'Nytt meddelande', level: 1 });
  await screen.findByRole('textbox', { name: /^Rubrik/ });
  return user;
}

/** Types in the recipient field and picks the mailbox from what the address book suggests. */
async function chooseRecipient(
  user: ReturnType<typeof userEvent.setup>,
  search: string,
  name: string,
) {
  await user.type(screen.getByRole('combobox', { name: /^Mottagare/ }), search);
  await user.click(await screen.findByRole('option', { name }));
}

// Whole-app tests in jsdom are slow on two cores.
describe('/meddelanden', { timeout: 20_000 }, () => {
  it('opens the unit’s only mailbox, marks unread conversations and shows plain text', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/meddelanden', { as: NURSE });
    expect(
      await screen.findByRole('heading', { name: 'Hemsjukvården Åsby', level: 1 }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/meddelanden/fm-hemsjukvarden-asby');

    const unread = await screen.findByRole('link', {
      // jsdom drops the space before the hidden text; browsers keep it.
      name: /^Utskrivningsplanering – Lilly Svensson ?\(oläst\)$/,
    });
    expect(screen.getByRole('link', { name: /^Kallelse till SIP-möte/ })).toBeInTheDocument();
    await user.click(unread);
    expect(
      await screen.findByRole('heading', {
        name: 'Utskrivningsplanering – Lilly Svensson',
        level: 1,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/planeras skrivas ut på fredag/)).toBeInTheDocument();
    await waitFor(() =>
      expect(
        allStoredMessages().find((m) => m.label.startsWith('Utskrivning'))!.readAt,
      ).not.toBeNull(),
    );
  });

  it('refuses a mailbox of another care unit', async () => {
    await renderApp('/meddelanden/fm-vc-norrbacka-sip', { as: NURSE });
    expect(
      await screen.findByRole('heading', { name: 'Funktionsbrevlådan finns inte här' }),
    ).toBeInTheDocument();
  });

  it('sends a new message with a PDF and shows it, as text, with its status', async () => {
    const user = await openNewMessage();
    await chooseRecipient(user, '232100-0016', 'Vårdcentralen Norrbacka – SIP');
    await user.type(screen.getByRole('textbox', { name: /^Rubrik/ }), 'SIP-kallelse');
    await user.type(
      screen.getByRole('textbox', { name: /^Meddelande/ }),
      '<b>Fet?</b> <img src=x onerror=alert(1)>',
    );
    await user.upload(
      screen.getByLabelText('Bifoga filer'),
      new File([PDF_BYTES], 'kallelse.pdf', { type: 'application/pdf' }),
    );
    expect(await screen.findByText('kallelse.pdf')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skicka' }));

    expect(
      await screen.findByRole('heading', { name: 'SIP-kallelse', level: 1 }),
    ).toBeInTheDocument();
    expect(screen.getByText('<b>Fet?</b> <img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(document.querySelector('.sdk-message__body img')).toBeNull();
    expect(screen.getByText(/^Status: (skickat|levererat)$/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ladda ner kallelse.pdf' })).toBeInTheDocument();
    const [stored] = allStoredMessages().filter((m) => m.label === 'SIP-kallelse');
    expect(stored!.recipient.mailboxId).toBe('fm-vc-norrbacka-sip');
  });

  it('saves the draft on the message service as it is typed, and keeps it across a reload and a new login', async () => {
    let user = await openNewMessage();
    await user.type(screen.getByRole('textbox', { name: /^Rubrik/ }), 'Vårdplan');
    await user.type(screen.getByRole('textbox', { name: /^Meddelande/ }), 'Halvvägs skrivet');
    await screen.findByText(/sparat \d/);
    expect(allStoredDrafts()).toMatchObject([{ label: 'Vårdplan', body: 'Halvvägs skrivet' }]);
    // The service has it: the browser keeps nothing.
    expect(await sealedDraftCount()).toBe(0);
    const { router } = renderedApp!;
    const address = `${router.state.location.pathname}${router.state.location.search}`;
    expect(address).toMatch(/\/nytt\?utkast=[0-9a-f-]{36}$/);
    cleanup(); // the tab goes away: reload, a new login
    await newTab();

    user = userEvent.setup();
    await renderApp(address, { as: NURSE });
    expect(await screen.findByRole('textbox', { name: /^Meddelande/ })).toHaveValue(
      'Halvvägs skrivet',
    );
    expect(screen.getByRole('textbox', { name: /^Rubrik/ })).toHaveValue('Vårdplan');
    expect(screen.getByText(/Ditt utkast från .* är återställt/)).toBeInTheDocument();
    cleanup();
    await newTab();

    // Another person at the same browser does not get it, even at the same address.
    await renderApp(address.replace('fm-hemsjukvarden-asby', 'fm-vc-norrbacka-sip'), {
      as: 'sjukskoterska',
    });
    expect(await screen.findByRole('textbox', { name: /^Meddelande/ })).toHaveValue('');
    void user;
  });

  it('lists the person’s drafts in the mailbox and opens one to go on writing', async () => {
    const user = await openNewMessage();
    await user.type(screen.getByRole('textbox', { name: /^Rubrik/ }), 'Läkemedelslista');
    await user.type(screen.getByRole('textbox', { name: /^Meddelande/ }), 'Utkast att fortsätta');
    await screen.findByText(/sparat \d/);
    await user.click(screen.getByRole('link', { name: 'Tillbaka till Hemsjukvården Åsby' }));

    const drafts = await screen.findByRole('region', { name: 'Utkast' });
    expect(within(drafts).getByText(/Nytt meddelande, ingen mottagare vald/)).toBeInTheDocument();
    await user.click(within(drafts).getByRole('link', { name: 'Läkemedelslista' }));
    expect(await screen.findByRole('textbox', { name: /^Meddelande/ })).toHaveValue(
      'Utkast att fortsätta',
    );
    // Another person's drafts are not hers to list.
    cleanup();
    await newTab();
    await renderApp('/meddelanden/fm-vc-norrbacka-sip', { as: 'sjukskoterska' });
    await screen.findByRole('heading', { name: 'Vårdcentralen Norrbacka – SIP', level: 1 });
    expect(screen.queryByRole('region', { name: 'Utkast' })).toBeNull();
  });

  it('keeps what is typed sealed in the browser while the service is down, and saves it when it answers', async () => {
    const user = await openNewMessage();
    draftChangesAnswer(503, 'unavailable', 'Meddelandetjänsten svarar inte just nu.');
    await user.type(screen.getByRole('textbox', { name: /^Meddelande/ }), 'Skrivet utan tjänst');
    expect(
      await screen.findByText(/Utkastet finns kvar, krypterat, i den här webbläsaren/),
    ).toBeInTheDocument();
    expect(allStoredDrafts()).toEqual([]);
    expect(await sealedDraftCount()).toBe(1);

    server.resetHandlers();
    await act(async () => void window.dispatchEvent(new Event('online')));
    await screen.findByText(/sparat \d/);
    expect(allStoredDrafts()).toMatchObject([{ body: 'Skrivet utan tjänst' }]);
    await waitFor(async () => expect(await sealedDraftCount()).toBe(0));
  });

  it('loses nothing when the session expires while she writes: it is saved after the new login', async () => {
    await openNewMessage();
    const user = userEvent.setup();
    const { router } = renderedApp!;
    draftChangesAnswer(401, 'invalid_token', 'Din inloggning har gått ut. Logga in igen.');
    await user.type(
      screen.getByRole('textbox', { name: /^Meddelande/ }),
      'Skrivet när det gick ut',
    );
    await screen.findByText(/Väntar på inloggning/);
    const address = `${router.state.location.pathname}${router.state.location.search}`;
    cleanup(); // off to the identity provider
    await newTab();
    server.resetHandlers();

    await renderApp(address, { as: NURSE });
    expect(await screen.findByRole('textbox', { name: /^Meddelande/ })).toHaveValue(
      'Skrivet när det gick ut',
    );
    await screen.findByText(/sparat \d/);
    expect(allStoredDrafts()).toMatchObject([{ body: 'Skrivet när det gick ut' }]);
  });

  it('does not overwrite a change made in another tab: she chooses which version counts', async () => {
    const user = await openNewMessage();
    const body = screen.getByRole('textbox', { name: /^Meddelande/ });
    await user.type(body, 'Från den här fliken');
    await screen.findByText(/sparat \d/);
    const [saved] = allStoredDrafts();

    // Another tab saves its own change of the same draft.
    const nurse = findStaff(NURSE)!;
    const other = await fetch(
      new URL(
        `/api/sdk/message-service/v1/mailboxes/fm-hemsjukvarden-asby/drafts/${saved!.draftId}`,
        window.location.origin,
      ),
      {
        method: 'PUT',
        headers: {
          ...(await authHeaders(nurse, { commissionHsaId: nurse.commissions[0]!.commissionHsaId })),
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({
          data: {
            type: 'drafts',
            id: saved!.draftId,
            attributes: {
              conversationId: null,
              label: 'Annan flik',
              body: 'Från den andra fliken',
              confidentiality: 'confidential',
              attachments: [],
            },
            relationships: { recipient: { data: null } },
          },
          meta: { version: saved!.version },
        }),
      },
    );
    expect(other.status).toBe(200);

    await user.type(body, ' och mer');
    expect(await screen.findByText('Utkastet har ändrats på annat håll')).toBeInTheDocument();
    expect(allStoredDrafts()).toMatchObject([{ body: 'Från den andra fliken' }]);
    expect(body).toHaveValue('Från den här fliken och mer');
    await user.click(screen.getByRole('button', { name: 'Skicka' }));
    expect(
      await screen.findByText(/Välj först vilken version av utkastet som ska gälla/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Behåll min version' }));
    await screen.findByText(/sparat \d/);
    expect(allStoredDrafts()).toMatchObject([{ body: 'Från den här fliken och mer', version: 3 }]);
  });

  it('keeps a reply as the conversation’s draft, and sends it from there', async () => {
    const user = userEvent.setup();
    const path = '/meddelanden/fm-hemsjukvarden-asby/0f6a8e5c-1b7d-4c52-8f0e-6a1d3b9c7e10';
    await renderApp(path, { as: NURSE });
    const reply = await screen.findByRole('region', { name: 'Svara' });
    await user.type(
      await within(reply).findByRole('textbox', { name: /^Meddelande/ }),
      'Vi kommer båda två.',
    );
    await within(reply).findByText(/sparat \d/);
    expect(allStoredDrafts()).toMatchObject([
      { conversationId: '0f6a8e5c-1b7d-4c52-8f0e-6a1d3b9c7e10', body: 'Vi kommer båda två.' },
    ]);
    cleanup();
    await newTab();

    // Back in the conversation (the address names no draft): her reply is there.
    await renderApp(path, { as: NURSE });
    const again = await screen.findByRole('region', { name: 'Svara' });
    expect(await within(again).findByRole('textbox', { name: /^Meddelande/ })).toHaveValue(
      'Vi kommer båda två.',
    );
    await user.click(within(again).getByRole('button', { name: 'Skicka svar' }));
    await waitFor(() =>
      expect(allStoredMessages().filter((m) => m.body === 'Vi kommer båda två.')).toHaveLength(1),
    );
    expect(allStoredDrafts()).toEqual([]);
    // A fresh reply box for the next answer.
    await waitFor(() =>
      expect(within(again).getByRole('textbox', { name: /^Meddelande/ })).toHaveValue(''),
    );
  });

  it('"Ändra" takes a failed message out of the outbox and back to its draft', async () => {
    const user = await openNewMessage();
    await chooseRecipient(user, '232100-0016', 'Vårdcentralen Norrbacka – SIP');
    await user.type(screen.getByRole('textbox', { name: /^Rubrik/ }), 'Ändras');
    await user.type(screen.getByRole('textbox', { name: /^Meddelande/ }), 'Första tanken');
    updateDevSwitches({ messageSendFailures: { mode: 'reject', count: null } });
    await user.click(screen.getByRole('button', { name: 'Skicka' }));
    expect(await screen.findByText('Status: fel')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ändra' }));
    const body = await screen.findByRole('textbox', { name: /^Meddelande/ });
    expect(body).toHaveValue('Första tanken');
    expect(screen.getByRole('heading', { name: 'Nytt meddelande', level: 1 })).toBeInTheDocument();
    updateDevSwitches({ messageSendFailures: null });
    await user.type(body, ', ändrad');
    await user.click(screen.getByRole('button', { name: 'Skicka' }));
    expect(await screen.findByRole('heading', { name: 'Ändras', level: 1 })).toBeInTheDocument();
    expect(allStoredMessages().filter((m) => m.label === 'Ändras')).toMatchObject([
      { body: 'Första tanken, ändrad' },
    ]);
  });

  it('says what is wrong with bad input and keeps the draft', async () => {
    const user = await openNewMessage();
    await user.type(screen.getByRole('textbox', { name: /^Rubrik/ }), 'Utan text');
    await user.click(screen.getByRole('button', { name: 'Skicka' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Rätta följande innan du skickar');
    expect(within(summary).getByRole('link', { name: /^Välj en mottagare/ })).toBeInTheDocument();
    expect(
      within(summary).getByRole('link', {
        name: 'Skriv ett meddelande. Ett meddelande kan inte vara tomt.',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Rubrik/ })).toHaveValue('Utan text');

    await user.upload(
      screen.getByLabelText('Bifoga filer'),
      new File([PDF_BYTES], 'bild.png', { type: 'image/png' }),
    );
    expect(
      await screen.findByText(/Innehållet i filen ”bild.png” är inte PNG som filtypen säger/),
    ).toBeInTheDocument();

    // A recipient removed from the address book after it was chosen.
    await chooseRecipient(user, 'Hemtjänsten', 'Hemtjänsten Åsby centrum');
    await user.type(screen.getByRole('textbox', { name: /^Meddelande/ }), 'Viktigt');
    removeMailbox('fm-hemtjansten-asby');
    await user.click(screen.getByRole('button', { name: 'Skicka' }));
    expect(
      await screen.findByText(/Hemtjänsten Åsby centrum är borttagen ur adressboken/),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Meddelande/ })).toHaveValue('Viktigt');
    expect(screen.getByRole('textbox', { name: /^Rubrik/ })).toHaveValue('Utan text');
    expect(allStoredMessages().some((m) => m.body === 'Viktigt')).toBe(false);
  });
});
