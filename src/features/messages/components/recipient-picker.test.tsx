import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClientProvider } from '@tanstack/react-query';
import { findStaff } from '../../../../mocks/idp/staff';
import { signAccessToken } from '../../../../mocks/lib/test-tokens';
import { server } from '../../../../mocks/node';
import { configureHttpClient } from '@/lib/http-client';
import { createQueryClient } from '@/lib/query-client';
import type { Party } from '../api/schemas';
import type { MessageSettings } from '../settings';
import { MessageSettingsProvider } from './message-settings-provider';
import { RecipientPicker } from './recipient-picker';

/** What the address book was asked, in order. */
let searches: string[] = [];
const onRequest = ({ request }: { request: Request }) => {
  const url = new URL(request.url);
  if (url.pathname.endsWith('/address-book/v1/organisations'))
    searches.push(url.searchParams.get('filter[search]') ?? '');
};

beforeEach(async () => {
  searches = [];
  server.events.on('request:start', onRequest);
  const token = await signAccessToken(findStaff('hemsjukskoterska')!);
  configureHttpClient({ getAccessToken: async () => token, onUnauthorized: () => {} });
});
afterEach(() => {
  server.events.removeListener('request:start', onRequest);
  configureHttpClient(null);
});

/** The picker in a form, as in the composer, with the recipient it has chosen. */
function renderPicker(settings: Partial<MessageSettings> = {}) {
  const chosen = vi.fn<(recipient: Party | null) => void>();
  const submitted = vi.fn();
  function Form() {
    const [value, setValue] = useState<Party | null>(null);
    return (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submitted();
        }}
      >
        <RecipientPicker
          value={value}
          onChange={(recipient) => {
            chosen(recipient);
            setValue(recipient);
          }}
        />
      </form>
    );
  }
  const queryClient = createQueryClient();
  render(
    <QueryClientProvider client={queryClient}>
      <MessageSettingsProvider settings={settings}>
        <Form />
      </MessageSettingsProvider>
    </QueryClientProvider>,
  );
  return {
    user: userEvent.setup(),
    combobox: screen.getByRole('combobox', { name: /^Mottagare/ }),
    chosen,
    submitted,
  };
}

const option = (name: string) => screen.getByRole('option', { name });

describe('RecipientPicker', () => {
  it('suggests functional mailboxes as she types, grouped by organisation, and says how many', async () => {
    const { user, combobox } = renderPicker();
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    await user.type(combobox, 'Hemsjukvården');

    const listbox = await screen.findByRole('listbox', { name: 'Träffar i adressboken' });
    expect(combobox).toHaveAttribute('aria-expanded', 'true');
    expect(combobox).toHaveAttribute('aria-controls', listbox.id);
    const asby = within(listbox).getByRole('group', { name: /^Åsby kommun/ });
    expect(
      within(asby)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      expect.stringMatching(/^Hemsjukvården Åsby/),
      expect.stringMatching(/^Elevhälsan Åsby skolor/),
      expect.stringMatching(/^Hemtjänsten Åsby centrum/),
    ]);
    expect(within(listbox).getByRole('group', { name: /^Sjövik kommun/ })).toContainElement(
      option('Hemsjukvården Sjövik'),
    );
    expect(option('Hemsjukvården Sjövik')).toHaveAccessibleDescription(
      'Kommunal hemsjukvård i Sjövik.',
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      '4 funktionsbrevlådor hos 2 organisationer.',
    );
  });

  it('asks the address book once typing pauses, not at every key', async () => {
    const { user, combobox } = renderPicker({ searchDebounceMs: 500 });
    await user.type(combobox, 'Hemsjukvården');
    await screen.findByRole('option', { name: 'Hemsjukvården Åsby' });
    expect(searches).toEqual(['Hemsjukvården']);
  });

  it('moves through the mailboxes with the arrow keys and chooses with Enter, without sending the form', async () => {
    const { user, combobox, chosen, submitted } = renderPicker();
    await user.type(combobox, 'Hemsjukvården');
    await screen.findByRole('option', { name: 'Hemsjukvården Åsby' });
    expect(combobox).not.toHaveAttribute('aria-activedescendant');

    const activeIs = (name: string) => {
      expect(combobox).toHaveAttribute('aria-activedescendant', option(name).id);
      expect(option(name)).toHaveAttribute('aria-selected', 'true');
      expect(screen.getAllByRole('option', { selected: true })).toHaveLength(1);
    };
    await user.keyboard('{ArrowDown}');
    activeIs('Hemsjukvården Åsby');
    await user.keyboard('{ArrowDown}');
    activeIs('Elevhälsan Åsby skolor');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    // Past the first: round to the last.
    activeIs('Hemsjukvården Sjövik');
    expect(combobox).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(chosen).toHaveBeenLastCalledWith({
      participantId: '0007:2120000175',
      organisationName: 'Sjövik kommun',
      mailboxId: 'fm-sjovik-hemsjukvard',
      mailboxName: 'Hemsjukvården Sjövik',
    });
    expect(submitted).not.toHaveBeenCalled();
    expect(screen.getByRole('group', { name: 'Mottagare' })).toHaveTextContent(
      'Hemsjukvården Sjövik, Sjövik kommun',
    );
    expect(screen.getByRole('button', { name: 'Byt mottagare' })).toHaveFocus();
  });

  it('closes the list with Escape and keeps the text; a second Escape empties the field', async () => {
    const { user, combobox, chosen } = renderPicker();
    await user.type(combobox, 'Hemsjukvården');
    await screen.findByRole('option', { name: 'Hemsjukvården Åsby' });
    await user.keyboard('{ArrowDown}{Escape}');
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(combobox).not.toHaveAttribute('aria-activedescendant');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(combobox).toHaveValue('Hemsjukvården');

    // The arrow key opens it again, on the first mailbox.
    await user.keyboard('{ArrowDown}');
    expect(combobox).toHaveAttribute('aria-expanded', 'true');
    expect(combobox).toHaveAttribute('aria-activedescendant', option('Hemsjukvården Åsby').id);
    await user.keyboard('{Escape}{Escape}');
    expect(combobox).toHaveValue('');
    expect(chosen).not.toHaveBeenCalled();
  });

  it('"Sök i adressboken" searches at once, and the list is there for the arrow keys', async () => {
    // Typing alone would wait longer than the test.
    const { user, combobox } = renderPicker({ searchDebounceMs: 60_000 });
    await user.type(combobox, '232100-0016');
    await user.click(screen.getByRole('button', { name: 'Sök i adressboken' }));
    expect(
      await screen.findByRole('option', { name: 'Vårdcentralen Norrbacka – SIP' }),
    ).toBeInTheDocument();
    expect(combobox).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(option('Vårdcentralen Norrbacka – SIP')).toHaveAttribute('aria-selected', 'true');
    expect(searches).toEqual(['232100-0016']);
  });

  it('says so when nothing matches, and asks for two characters before it searches', async () => {
    const { user, combobox } = renderPicker();
    await user.type(combobox, 'finns inte');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Ingen organisation i adressboken matchar ”finns inte”.',
      ),
    );
    expect(combobox).toHaveAttribute('aria-expanded', 'false');

    await user.clear(combobox);
    await user.type(combobox, 'H{Enter}');
    expect(combobox).toHaveAccessibleDescription(/Skriv minst två tecken\./);
    expect(searches).toEqual(['finns inte']);
  });
});
