import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { removeMailbox } from '../../../mocks/sdk-address-book/handlers';
import { allStoredMessages } from '../../../mocks/sdk-message-service/handlers';
import { renderApp } from '@/testing/render-app';
import { freshMessagesDb, PDF_BYTES } from '@/features/messages/testing';

beforeEach(freshMessagesDb);

const NURSE = 'hemsjukskoterska';

async function openNewMessage() {
  const user = userEvent.setup();
  await renderApp('/meddelanden/fm-hemsjukvarden-asby/nytt', { as: NURSE });
  await screen.findByRole('heading', { name: 'Nytt meddelande', level: 1 });
  await screen.findByRole('textbox', { name: /^Rubrik/ });
  return user;
}

async function chooseRecipient(
  user: ReturnType<typeof userEvent.setup>,
  search: string,
  name: string,
) {
  await user.type(screen.getByRole('textbox', { name: /^Mottagare/ }), `${search}{Enter}`);
  await user.click(await screen.findByRole('button', { name: `Välj ${name}` }));
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

  it('keeps the draft across a reload and a new login', async () => {
    let user = await openNewMessage();
    await user.type(screen.getByRole('textbox', { name: /^Rubrik/ }), 'Vårdplan');
    await user.type(screen.getByRole('textbox', { name: /^Meddelande/ }), 'Halvvägs skrivet');
    await screen.findByText(/sparat \d/);
    cleanup(); // the tab goes away: reload, a new login, an expired session

    user = await openNewMessage();
    expect(await screen.findByRole('textbox', { name: /^Meddelande/ })).toHaveValue(
      'Halvvägs skrivet',
    );
    expect(screen.getByRole('textbox', { name: /^Rubrik/ })).toHaveValue('Vårdplan');
    expect(screen.getByText(/Ditt utkast från .* är återställt/)).toBeInTheDocument();
    cleanup();

    // Another person at the same browser does not get it.
    await renderApp('/meddelanden/fm-vc-norrbacka-sip/nytt', { as: 'sjukskoterska' });
    expect(await screen.findByRole('textbox', { name: /^Meddelande/ })).toHaveValue('');
    void user;
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
