import { act, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { CARE_UNITS, findStaff } from '../../../mocks/idp/staff';
import { authHeaders } from '../../../mocks/lib/test-tokens';
import { setSourceFault, type SourceFault } from '../../../mocks/lib/dev-switches';
import { seedArenden } from '../../../mocks/personalverktyg/seed';
import { allAccessEvents } from '../../../mocks/access-log/handlers';
import { InboxSettingsProvider, type InboxSettings } from '@/features/inbox';
import { renderApp } from '@/testing/render-app';

const NORRBACKA = CARE_UNITS.vcNorrbacka.healthCareUnitHsaId;
const DOCTOR_NORRBACKA = 'SE2321000016-C1001';
const PV = '*/api/personalverktyg/v2';

/** The inbox's timing for one test, given to the app as any inbox is given it. */
const withTiming = (settings: Partial<InboxSettings>) =>
  function Timing({ children }: { children: ReactNode }) {
    return <InboxSettingsProvider settings={settings}>{children}</InboxSettingsProvider>;
  };

/** The doctor has two commissions; start her at Vårdcentralen Norrbacka without the choice page. */
async function openInboxAsDoctor(path = '/inkorg', timing: Partial<InboxSettings> = {}) {
  sessionStorage.setItem('vardpersonal.activeCommission', DOCTOR_NORRBACKA);
  const view = await renderApp(path, { as: 'lakare', wrapper: withTiming(timing) });
  await screen.findByRole('heading', { name: 'Inkorg', level: 1 });
  return view;
}

const sources = () => screen.getByRole('list', { name: 'Tjänster som inkorgen hämtar från' });

async function waitForAllSources() {
  await waitFor(() => expect(within(sources()).queryAllByText(/hämtar/)).toHaveLength(0), {
    timeout: 8000,
  });
}

/** The newest unassigned case in Personalverktyg at Norrbacka: Tolvan Tolvansson's. */
const firstPvCase = () => seedArenden(NORRBACKA)[0]!;

async function openFirstPvCase(user: ReturnType<typeof userEvent.setup>) {
  const link = await screen.findByRole('link', { name: new RegExp(firstPvCase().rubrik) });
  await user.click(link);
  return screen.findByRole('heading', { name: firstPvCase().rubrik, level: 2 });
}

const caseFacts = () => screen.getByRole('article');

/** The receiver at the unit (Sara Ekström) gives the first case to herself, in her own session. */
async function receiverTakesFirstPvCase() {
  const nurse = findStaff('sjukskoterska')!;
  await act(async () => {
    const response = await fetch(
      `http://localhost/api/personalverktyg/v2/arenden/${firstPvCase().id}/tilldelning`,
      {
        method: 'POST',
        headers: {
          ...(await authHeaders(nurse, { commissionHsaId: 'SE2321000016-C9001' })),
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({
          handlaggare: nurse.employeeHsaId,
          version: firstPvCase().version,
        }),
      },
    );
    expect(response.status).toBe(200);
  });
}

/** The first Personalverktyg case's reads from now on (each one an access event at the source). */
function caseReads(): string[] {
  const urls: string[] = [];
  const record = ({ request }: { request: Request }) => {
    const path = new URL(request.url).pathname;
    if (request.method === 'GET' && path.endsWith(`/arenden/${firstPvCase().id}`)) urls.push(path);
  };
  server.events.on('request:start', record);
  onTestFinished(() => server.events.removeListener('request:start', record));
  return urls;
}

/** Seeded: Hemsjukvården Åsby's SIP invitation to Vårdcentralen Norrbacka, read and answered. */
const SIP_SUBJECT = 'Kallelse till SIP-möte – Tolvan Tolvansson';
const SIP_CONVERSATION = '0f6a8e5c-1b7d-4c52-8f0e-6a1d3b9c7e10';

describe('Inkorg', { timeout: 30_000 }, () => {
  it('lists the unit’s cases from five sources and keeps filters, but no identity number, in the address', async () => {
    const user = userEvent.setup();
    const { router } = await openInboxAsDoctor();
    await waitForAllSources();
    expect(within(sources()).getAllByRole('listitem')).toHaveLength(5);
    const list = screen.getByRole('region', { name: 'Ärendelista' });
    expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(5);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Tjänst' }), 'webcert');
    expect(router.state.location.search).toContain('kalla=webcert');
    await waitFor(() =>
      within(screen.getByRole('region', { name: 'Ärendelista' }))
        .getAllByRole('link')
        .forEach((link) =>
          expect(link).toHaveTextContent(
            /Försäkringskassan|komplettering|Kontakt|fråga|avstämningsmöte/i,
          ),
        ),
    );

    await user.type(screen.getByRole('searchbox', { name: /Sök bland ärendena/ }), '19121212');
    await waitFor(() =>
      expect(
        screen.getByRole('link', { name: /Tolvan|komplettering|Kontakt|fråga|Inbjudan/i }),
      ).toBeInTheDocument(),
    );
    expect(router.state.location.search).not.toMatch(/\d{6}/);
  });

  it('has no cases for a commission that is not for care and treatment, and says why', async () => {
    await renderApp('/inkorg', { as: 'vardadministrator' });
    await screen.findByRole('heading', { name: 'Inkorg', level: 1 });
    expect(
      screen.getByText('Inkorgen kräver ett uppdrag för vård och behandling'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Huvudmeny' })).queryByRole('link', {
        name: /^Inkorg/,
      }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Ärendelista' })).not.toBeInTheDocument();
  });

  it('says the same numbers everywhere: the header, the summary, each source and the filters', async () => {
    await openInboxAsDoctor();
    await waitForAllSources();
    const number = (text: string | null, pattern: RegExp) => {
      const match = text?.match(pattern);
      expect(match, `${pattern} i ”${text}”`).not.toBeNull();
      return Number(match![1]!.replace(/\s/g, ''));
    };
    // The summary says what it counts: open cases, and how many of them are unread.
    const summary = screen.getByText(/öppna ärenden/, { selector: '.inbox__summary' }).textContent;
    const open = number(summary, /(\d[\d\s]*) öppna ärenden/);
    const unread = number(summary, /varav (\d[\d\s]*) olästa/);
    expect(open).toBeGreaterThan(unread);
    // The header's unread count is the summary's.
    const headerLink = within(screen.getByRole('navigation', { name: 'Huvudmeny' })).getByRole(
      'link',
      { name: /^Inkorg/ },
    );
    expect(number(headerLink.textContent, /(\d+)/)).toBe(unread);
    // Each source's line counts its open cases: they add up to the summary, and each is the
    // count its option in "Tjänst" shows.
    const perSource = within(sources())
      .getAllByRole('listitem')
      .map((item) => number(item.textContent, /: (\d[\d\s]*) ärenden?/));
    expect(perSource.reduce((a, b) => a + b, 0)).toBe(open);
    const options = within(screen.getByRole('combobox', { name: 'Tjänst' }))
      .getAllByRole('option')
      .map((option) => number(option.textContent, /\((\d[\d\s]*)\)$/));
    expect(options[0]).toBe(open);
    expect(options.slice(1)).toEqual(perSource);
    const status = within(screen.getByRole('combobox', { name: 'Status' }));
    expect(
      number(status.getByRole('option', { name: /^Alla öppna/ }).textContent, /\((\d+)\)/),
    ).toBe(open);
    expect(screen.getByText(/^Visar/, { selector: '.inbox__count' })).toHaveTextContent(
      `Visar ${open} ärenden.`,
    );
  });

  it.each<SourceFault>(['error', 'network', 'timeout'])(
    'shows the other sources’ cases and a banner naming Webcert when it fails (%s)',
    async (fault) => {
      setSourceFault('webcert', fault);
      const user = userEvent.setup();
      await openInboxAsDoctor('/inkorg', { timeoutMs: 400 });
      const banner = await screen.findByRole('alert', {}, { timeout: 8000 });
      expect(banner).toHaveTextContent('Webcert kunde inte hämtas');
      expect(banner).toHaveTextContent(fault === 'timeout' ? 'svarade inte i tid' : /Webcert/);
      expect(
        await screen.findByRole('link', { name: new RegExp(firstPvCase().rubrik) }),
      ).toBeInTheDocument();

      setSourceFault('webcert', null);
      await user.click(within(banner).getByRole('button', { name: /Försök igen/ }));
      await waitFor(() =>
        expect(screen.queryByText('Webcert kunde inte hämtas')).not.toBeInTheDocument(),
      );
      expect(within(sources()).getByText(/^Webcert/).parentElement).toHaveTextContent(
        /Webcert: \d+ ärenden/,
      );
    },
  );

  it('stops asking a source that refuses the commission, and keeps polling the others', async () => {
    const asked = { personalverktyg: 0, webcert: 0 };
    const count = ({ request }: { request: Request }) => {
      const path = new URL(request.url).pathname;
      if (path.startsWith('/api/personalverktyg/')) asked.personalverktyg += 1;
      if (path.startsWith('/api/webcert/')) asked.webcert += 1;
    };
    server.events.on('request:start', count);
    try {
      // The school nurse has no role in Personalverktyg: it answers 403.
      await renderApp('/inkorg', {
        as: 'skolskoterska',
        wrapper: withTiming({ pollIntervalMs: 150 }),
      });
      expect(await screen.findByText('Ingen åtkomst till 1177 Personalverktyg')).toBeVisible();
      const refusedSoFar = asked.personalverktyg;
      const webcertSoFar = asked.webcert;
      await waitFor(() => expect(asked.webcert).toBeGreaterThanOrEqual(webcertSoFar + 3), {
        timeout: 5000,
      });
      expect(asked.personalverktyg).toBe(refusedSoFar);
    } finally {
      server.events.removeListener('request:start', count);
    }
  });

  it('says a slow source is slow and shows its cases when they come', async () => {
    setSourceFault('formularhantering', 'slow');
    await openInboxAsDoctor('/inkorg', { slowAfterMs: 100 });
    expect(await within(sources()).findByText(/svarar långsamt/)).toBeInTheDocument();
    await waitForAllSources();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a secure message as a case with no patient that opens in Meddelanden', async () => {
    const user = userEvent.setup();
    // The screen's own events; the sources write theirs for every list and case they release.
    const fromBrowser = () => allAccessEvents().filter((e) => e.recordedBy === 'Webbläsaren');
    const before = fromBrowser().length;
    await openInboxAsDoctor();
    await waitForAllSources();
    expect(within(sources()).getByText('Säkra meddelanden (SDK)')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Tjänst' }), 'sdk');
    const list = screen.getByRole('region', { name: 'Ärendelista' });
    const row = await within(list).findByRole('link', { name: SIP_SUBJECT });
    expect(row.closest('li')).toHaveTextContent('Motpart: Hemsjukvården Åsby (Åsby kommun)');
    expect(row.closest('li')).toHaveTextContent('Meddelande från annan organisation');
    await user.click(row);

    await screen.findByRole('heading', { name: SIP_SUBJECT, level: 2 });
    const view = caseFacts();
    expect(within(view).getByText('Säkra meddelanden (SDK)', { selector: 'dd' })).toBeVisible();
    expect(within(view).queryByText('Patient', { selector: 'dt' })).not.toBeInTheDocument();
    expect(within(view).getByText('Funktionsbrevlåda', { selector: 'dt' })).toBeVisible();
    expect(within(view).getByRole('link', { name: 'Öppna i Meddelanden' })).toHaveAttribute(
      'href',
      `/meddelanden/fm-vc-norrbacka-sip/${SIP_CONVERSATION}`,
    );
    expect(within(view).getByRole('heading', { name: 'Görs i Meddelanden' })).toBeVisible();
    expect(within(view).queryByRole('button', { name: 'Ta ärendet' })).not.toBeInTheDocument();
    expect(within(view).getByRole('region', { name: 'Meddelanden' })).toHaveTextContent(
      'Bilagor: kallelse-sip.pdf',
    );

    // No patient, no access event: only the patient's case that follows is logged.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tjänst' }), 'personalverktyg');
    await openFirstPvCase(user);
    await waitFor(() => expect(fromBrowser()).toHaveLength(before + 1), { timeout: 8000 });
    expect(fromBrowser().at(-1)!.shown).toMatch(/Personalverktyg/);
  });

  it('takes a case at once and rolls back with a message when the source refuses', async () => {
    const user = userEvent.setup();
    server.use(
      http.post(`${PV}/arenden/:id/tilldelning`, async () => {
        await delay(300);
        return HttpResponse.json(
          { error: { code: 'FEL', message: 'Tjänsten svarar inte.' } },
          { status: 503 },
        );
      }),
    );
    await openInboxAsDoctor();
    await openFirstPvCase(user);
    expect(within(caseFacts()).getByText('Ej tilldelad')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ta ärendet' }));
    expect(within(caseFacts()).getByText('Anna Lindqvist', { selector: 'dd' })).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent('Ändringen är ångrad');
    expect(within(caseFacts()).getByText('Ej tilldelad')).toBeInTheDocument();
  });

  it('an open case follows a colleague who takes it, once the list has seen the change', async () => {
    const user = userEvent.setup();
    // A poll a second: often enough for the test, seldom enough for two busy cores (CI).
    await openInboxAsDoctor('/inkorg', { pollIntervalMs: 1000 });
    await openFirstPvCase(user);
    expect(within(caseFacts()).getByText('Ej tilldelad')).toBeInTheDocument();
    const reads = caseReads();

    await receiverTakesFirstPvCase();

    // The doctor may no longer read a case given to someone else: the source says whose it is.
    expect(await within(caseFacts()).findByRole('alert')).toHaveTextContent(
      /Ärendet kunde inte uppdateras: Ärendet är tilldelat Sara Ekström\. Uppgifterna nedan är från .+\.$/,
    );
    // Read again for the change only, not on every poll of the list (two more polls here).
    await act(() => new Promise((resolve) => setTimeout(resolve, 2500)));
    expect(reads.length).toBe(1);
  });

  it('says who took the case first when the source answers 409', async () => {
    const user = userEvent.setup();
    await openInboxAsDoctor();
    await openFirstPvCase(user);

    // Meanwhile the receiver at the unit gives the case to herself.
    await receiverTakesFirstPvCase();

    await user.click(screen.getByRole('button', { name: 'Ta ärendet' }));
    expect(await screen.findByText(/Ärendet har ändrats av Sara Ekström/)).toBeInTheDocument();
  });

  it('sends a reply once, even clicked twice and retried after a lost answer, and keeps the draft across a new login', async () => {
    const user = userEvent.setup();
    const first = await openInboxAsDoctor();
    await openFirstPvCase(user);
    await user.click(screen.getByRole('button', { name: 'Ta ärendet' }));
    await screen.findByText('Du har tagit ärendet.');

    const reply = screen.getByRole('textbox', { name: /Svar till patienten/ });
    await waitFor(() => expect(reply).toBeEnabled());
    await user.type(reply, 'Hej! Receptet är förnyat.');
    expect(
      await screen.findByText(/Utkastet är sparat/, {}, { timeout: 4000 }),
    ).toBeInTheDocument();

    // A reload and a new login: the draft comes back from the source.
    first.unmount();
    await openInboxAsDoctor(`/inkorg/personalverktyg/${firstPvCase().id}`);
    const restored = await screen.findByRole('textbox', { name: /Svar till patienten/ });
    // The box stays disabled until the source has answered with the draft.
    await waitFor(() => expect(restored).toBeEnabled());
    expect(restored).toHaveValue('Hej! Receptet är förnyat.');

    const keys: string[] = [];
    server.events.on('request:start', async ({ request }) => {
      if (request.method === 'POST' && request.url.endsWith('/svar'))
        keys.push((await request.clone().json()).idempotensnyckel);
    });
    const messages = () => screen.getByRole('region', { name: 'Meddelanden' });

    // A double click sends the reply once.
    await user.dblClick(screen.getByRole('button', { name: 'Skicka svar' }));
    expect(await screen.findByText('Svaret är skickat.')).toBeInTheDocument();
    expect(within(messages()).getAllByText('Hej! Receptet är förnyat.')).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: /Svar till patienten/ })).toHaveValue('');

    // The next reply is stored, but the answer is lost on the way back; the retry sends it again.
    let lose = true;
    server.use(
      http.post(`${PV}/arenden/:id/svar`, async ({ request }) => {
        if (!lose) return undefined;
        lose = false;
        await fetch(request.url, {
          method: 'POST',
          headers: request.headers,
          body: await request.clone().text(),
        });
        return HttpResponse.error();
      }),
    );
    const reply2 = screen.getByRole('textbox', { name: /Svar till patienten/ });
    await user.type(reply2, 'Hör av dig om det inte hjälper.');
    await user.click(screen.getByRole('button', { name: 'Skicka svar' }));
    expect(await screen.findByText(/gick inte att nå/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skicka svar' }));
    expect(await screen.findByText('Svaret är skickat.')).toBeInTheDocument();
    server.events.removeAllListeners();

    expect(within(messages()).getAllByText('Hör av dig om det inte hjälper.')).toHaveLength(1);
    // Two replies, each with one key however often it was sent.
    expect(new Set(keys).size).toBe(2);
    expect(keys.length).toBeGreaterThanOrEqual(3);
  });
});
