import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { renderApp } from '@/testing/render-app';

/** The names on the "Öppna" links of the granted services, in page order. */
async function openableServices(): Promise<string[]> {
  await screen.findByRole('heading', { name: 'Mina tjänster', level: 1 });
  const links = await screen.findAllByRole('link', { name: /^Öppna / });
  return links.map((link) =>
    link.textContent!.replace(/^Öppna /, '').replace(/ \(öppnas i ny flik\)$/, ''),
  );
}

/** Types a new search in the finder, then waits until the services offered pass `check`. */
async function search(user: UserEvent, query: string, check: (names: string[]) => void) {
  const box = screen.getByRole('searchbox', { name: /Hitta en tjänst/ });
  await user.clear(box);
  await user.type(box, query);
  await waitFor(async () => check(await openableServices()));
}

describe('Mina tjänster', () => {
  it('shows the administrator e-frikort but not Webcert, and says why not', async () => {
    const user = userEvent.setup();
    await renderApp('/tjanster', { as: 'vardadministrator' });
    const names = await openableServices();
    expect(names).toContain('Patientavgifter och frikort – Högkostnadsskydd/e-frikort');
    expect(names).not.toContain('Intyg och läkarintyg – Webcert');

    await user.click(screen.getByText(/^Tjänster du inte har tillgång till/));
    const webcert = screen.getByText('Intyg och läkarintyg – Webcert').closest('li')!;
    expect(
      within(webcert).getByText('Kräver medarbetaruppdrag med syftet Vård och behandling'),
    ).toBeInTheDocument();
  });

  it('explains to the home-care assistant nurse what she can use and how to get a commission', async () => {
    await renderApp('/tjanster', { as: 'underskoterska' });
    expect(await screen.findByText('Du är inloggad utan SITHS-kort')).toBeInTheDocument();
    expect(screen.getByText(/Så får du ett medarbetaruppdrag/)).toBeInTheDocument();
    expect((await openableServices()).sort()).toEqual([
      'Läkemedelsinformation – Sil Online',
      'Medicinsk biblioteksservice – Eira',
      'Metoder och riktlinjer för vård och omsorg – Vårdhandboken',
      'Riktlinjer för barnhälsovården – Rikshandboken i barnhälsovård',
    ]);
  });

  it('lets the doctor choose a commission first, then follows the choice', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/tjanster', { as: 'lakare' });
    expect(
      await screen.findByRole('heading', { name: 'Välj medarbetaruppdrag' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Fortsätt' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Välj ett medarbetaruppdrag för att fortsätta.',
    );

    await user.click(screen.getByRole('radio', { name: /Vårdcentralen Sjöstaden/ }));
    await user.click(screen.getByRole('button', { name: 'Fortsätt' }));
    expect(router.state.location.pathname).toBe('/tjanster');
    expect(
      await screen.findByText('Vårdcentralen Sjöstaden', { selector: 'strong' }),
    ).toBeInTheDocument();
    const webcert = await screen.findByRole('link', {
      name: /^Öppna Intyg och läkarintyg – Webcert/,
    });
    expect(new URL(webcert.getAttribute('href')!).searchParams.get('uppdrag')).toBe(
      'SE2321000016-C1002',
    );
  });

  it('keeps favourites per person across a new visit', async () => {
    const user = userEvent.setup();
    const first = await renderApp('/tjanster', { as: 'statistiker' });
    await user.click(
      await screen.findByRole('button', {
        name: /Favorit: Statistik om sjukskrivningar – Intygsstatistik/,
      }),
    );
    const favourites = screen.getByRole('region', { name: 'Favoriter' });
    expect(
      within(favourites).getByRole('heading', { name: /Intygsstatistik/ }),
    ).toBeInTheDocument();
    first.unmount();

    await renderApp('/tjanster', { as: 'statistiker' });
    const again = await screen.findByRole('region', { name: 'Favoriter' });
    expect(
      within(again).getByRole('button', { name: /Favorit: .*Intygsstatistik/ }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  it('filters by what the service does and offers to clear a search that finds nothing', async () => {
    const user = userEvent.setup();
    await renderApp('/tjanster', { as: 'radgivningssjukskoterska' });
    await openableServices();
    await search(user, 'sjukfall', (names) =>
      expect(names).toEqual(['Pågående sjukfall – Rehabstöd']),
    );

    const box = screen.getByRole('searchbox', { name: /Hitta en tjänst/ });
    await user.clear(box);
    await user.type(box, 'xyzzy');
    expect(await screen.findByText('Ingen tjänst matchar din sökning')).toBeInTheDocument();
    expect(screen.getByText(/passar/)).toHaveTextContent('Ingen av dina tjänster passar ”xyzzy”.');
    await user.click(screen.getByRole('button', { name: 'Rensa sökningen' }));
    expect(box).toHaveValue('');
  });

  it('finds a service by the words staff use for it, as the catalog lists them', async () => {
    const user = userEvent.setup();
    await renderApp('/tjanster', { as: 'radgivningssjukskoterska' });
    await openableServices();
    await search(user, 'FK', (names) => expect(names).toEqual(['Intyg och läkarintyg – Webcert']));
    // A hit shows what the service does, so it is clear why it was found.
    const webcert = screen.getByRole('article', { name: 'Intyg och läkarintyg – Webcert' });
    expect(within(webcert).getByText(/till Försäkringskassan/)).toBeInTheDocument();

    for (const query of ['sjukint', 'Försäkringskassan', 'forsakringskassan', 'läkarintyg']) {
      await search(user, query, (names) =>
        expect(names).toContain('Intyg och läkarintyg – Webcert'),
      );
    }
    await search(user, 'sjukskrivning', (names) =>
      expect(names).toEqual(['Intyg och läkarintyg – Webcert', 'Pågående sjukfall – Rehabstöd']),
    );
  });

  it('shows the product name on its own while the heading keeps the purpose first', async () => {
    await renderApp('/tjanster', { as: 'radgivningssjukskoterska' });
    const webcert = await screen.findByRole('article', { name: 'Intyg och läkarintyg – Webcert' });
    expect(within(webcert).getByText('Webcert')).toBeInTheDocument();
    expect(within(webcert).getByText('Intyg och läkarintyg')).toBeInTheDocument();
  });

  it('says what was searched when nothing matches, and that a service it matches is out of reach', async () => {
    const user = userEvent.setup();
    await renderApp('/tjanster', { as: 'vardadministrator' });
    await openableServices();
    await user.type(screen.getByRole('searchbox', { name: /Hitta en tjänst/ }), 'sjukintyg');

    const empty = await screen.findByRole('heading', { name: 'Ingen tjänst matchar din sökning' });
    const state = empty.parentElement!;
    expect(state).toHaveTextContent('Ingen av dina tjänster passar ”sjukintyg”.');
    expect(state).toHaveTextContent(
      'Det du söker finns bland tjänsterna du inte har tillgång till: Intyg och läkarintyg – Webcert, Pågående sjukfall – Rehabstöd.',
    );
  });

  it('tells the home-care assistant nurse in words which permission e-frikort needs and who gives it', async () => {
    const user = userEvent.setup();
    await renderApp('/tjanster', { as: 'underskoterska' });
    await openableServices();
    await user.click(screen.getByText(/^Tjänster du inte har tillgång till/));
    const efrikort = screen
      .getByText('Patientavgifter och frikort – Högkostnadsskydd/e-frikort')
      .closest('li')!;
    expect(
      within(efrikort).getByText(
        'Kräver behörighet som användare av e-frikort. Den ges av din behörighetsadministratör.',
      ),
    ).toBeInTheDocument();
    expect(efrikort).not.toHaveTextContent('EFK;Användare');
  });

  it('shows the catalog’s refusal in words a person can act on, and can try again', async () => {
    const user = userEvent.setup();
    let calls = 0;
    server.use(
      http.get('*/api/service-catalog/v1/services', () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json(
              { error: { code: 'unavailable', message: 'Tjänstekatalogen är inte tillgänglig.' } },
              { status: 503 },
            )
          : undefined;
      }),
    );
    await renderApp('/tjanster', { as: 'radgivningssjukskoterska' });
    expect(await screen.findByText('Tjänstekatalogen är inte tillgänglig.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await openableServices()).toContain('Intyg och läkarintyg – Webcert');
  });
  it('opens no service whose address is not https on a listed site, and says why', async () => {
    // Also a catalog as it was before `productName` and `keywords`: the page still works.
    const service = (id: string, launchUrl: string) => ({
      id,
      name: `Tjänst ${id}`,
      description: 'En tjänst i katalogen.',
      category: 'Kunskapsstöd',
      singleSignOn: false,
      launchUrl,
      access: { granted: true },
    });
    server.use(
      http.get('*/api/service-catalog/v1/services', () =>
        HttpResponse.json({
          services: [
            service('vardhandboken', 'https://www.vardhandboken.se/'),
            service('skript', 'javascript:alert(1)'),
            service('data', 'data:text/html,<script>alert(1)</script>'),
            service('okand', 'https://evil.example/'),
            service('osaker', 'http://www.vardhandboken.se/'),
          ],
        }),
      ),
    );
    await renderApp('/tjanster', { as: 'underskoterska' });
    expect(await openableServices()).toEqual(['Tjänst vardhandboken']);
    const card = (id: string) => screen.getByRole('article', { name: `Tjänst ${id}` });
    expect(within(card('skript')).getByText(/inte en säker webbadress/)).toBeInTheDocument();
    expect(within(card('data')).getByText(/inte en säker webbadress/)).toBeInTheDocument();
    expect(within(card('osaker')).getByText(/inte en säker webbadress/)).toBeInTheDocument();
    expect(within(card('okand')).getByText(/ligger på evil\.example/)).toBeInTheDocument();
    expect(document.querySelector('a[href^="javascript:"], a[href^="data:"]')).toBeNull();
  });
});
