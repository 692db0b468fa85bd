import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { server } from '../../../mocks/node';
import { knowledgeHandlersFor } from '../../../mocks/knowledge/handlers';
import { testCorpus } from '../../../mocks/knowledge/test-corpus';
import { renderApp } from '@/testing/render-app';

const PVK = '/kunskap/perifer-venkateter-pvk';

beforeEach(() => {
  // A small fixed corpus, independent of the sample corpus.
  server.use(...knowledgeHandlersFor(testCorpus));
});

/** The PVK text's sections, as its table of contents lists them. */
const PVK_SECTIONS = ['Inför insättning', 'Val av kateter', 'Skötsel', 'Komplikationer'];

const tocLinks = () =>
  within(screen.getByRole('navigation', { name: 'Innehåll' })).getAllByRole('link');
const tocTitles = () => tocLinks().map((link) => link.textContent);

/** A line of the contents links to its heading (an h3) by a stable id. */
function expectTocLeadsTo(title: string, id: string) {
  expect(tocLinks().find((link) => link.textContent === title)).toHaveAttribute('href', `#${id}`);
  expect(screen.getByRole('heading', { level: 3, name: title })).toHaveAttribute('id', id);
}

const findArticleHeading = () =>
  screen.findByRole('heading', { level: 1, name: 'Perifer venkateter (PVK)' });

describe('article page', () => {
  it('shows the facts staff look for: updated, responsible, source, audience, references', async () => {
    await renderApp(PVK);
    await findArticleHeading();
    const facts = within(screen.getByRole('region', { name: 'Fakta om texten' }));
    const value = (term: string) => facts.getByText(term).nextElementSibling?.textContent;

    expect(value('Senast uppdaterad')).toBe('10 mars 2025 (version 3)');
    expect(value('Ansvarig')).toBe('Nationella redaktionen, Anna Exempel');
    expect(value('Källa/avsändare')).toBe(
      'Handboken för vård och omsorg, Nationella redaktionen för vård och omsorg (Inera). Ja – källan är ansvarig för området perifer venkateter.',
    );
    expect(value('Målgrupp')).toBe('Sjuksköterska, Undersköterska');
    expect(facts.getByRole('link', { name: 'Vårdhygieniska rutiner, 2024' })).toHaveAttribute(
      'href',
      'https://kunskap.exempel.se/ref/vardhygien',
    );
    expect(facts.getByText('Lärobok i omvårdnad, 2023')).toBeInTheDocument();
  });

  it('says when the source is not the one in charge of the area', async () => {
    await renderApp('/kunskap/trycksar-patientinformation');
    const facts = within(await screen.findByRole('region', { name: 'Fakta om texten' }));
    expect(
      facts.getByText(/Källan ansvarar för områdena omvårdnad, perifer venkateter\./),
    ).toBeInTheDocument();
  });

  it('builds the table of contents from the h2 and h3 headings, linked by stable ids', async () => {
    await renderApp(PVK);
    await findArticleHeading();
    expect(tocTitles()).toEqual(PVK_SECTIONS);
    expectTocLeadsTo('Val av kateter', 'avsnitt-val-av-kateter');
  });

  it('folds the facts and the contents above the text on a phone, and opens them beside it on a laptop', async () => {
    const user = userEvent.setup();
    await renderApp(PVK);
    await findArticleHeading();
    // jsdom has no matchMedia: the narrow layout, as a phone (and the prerendered page) gets it.
    let facts = screen.getByRole('region', { name: 'Fakta om texten' });
    const toc = screen.getByRole('navigation', { name: 'Innehåll' });
    expect(within(facts).getByText('Ansvarig')).not.toBeVisible();
    expect(within(toc).getByRole('link', { name: 'Skötsel' })).not.toBeVisible();
    // Folded, the facts still say how fresh the text is, and the contents how long.
    expect(within(facts).getByText(/^uppdaterad/)).toHaveTextContent('uppdaterad 10 mars 2025');
    expect(within(toc).getByText('3 avsnitt')).toBeVisible();
    // "Sök i texten" is one line until used: no buttons before the first letter.
    expect(screen.queryByRole('button', { name: 'Nästa' })).not.toBeInTheDocument();
    expect(screen.getByText('Välj minsta möjliga kateter. Informera patienten.')).toBeVisible();

    await user.click(within(facts).getByText('Fakta om texten'));
    expect(within(facts).getByText('Ansvarig')).toBeVisible();
    await user.click(within(toc).getByText('Innehåll'));
    expect(within(toc).getByRole('link', { name: 'Skötsel' })).toBeVisible();

    // A laptop: every width query of the layout matches, and both are open from the start.
    cleanup();
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query.startsWith('(min-width'),
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    onTestFinished(() => {
      vi.unstubAllGlobals();
    });
    await renderApp(PVK);
    await findArticleHeading();
    facts = screen.getByRole('region', { name: 'Fakta om texten' });
    expect(within(facts).getByText('Ansvarig')).toBeVisible();
    expect(
      within(screen.getByRole('navigation', { name: 'Innehåll' })).getByRole('link', {
        name: 'Skötsel',
      }),
    ).toBeVisible();
  });

  it("announces the chosen region's addition at the top and lists it in the contents", async () => {
    const user = userEvent.setup();
    await renderApp(PVK);
    await findArticleHeading();
    expect(screen.queryByRole('link', { name: /^Regionalt tillägg/ })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'Region Sjödal');
    const notice = await screen.findByRole('link', { name: 'Regionalt tillägg för Region Sjödal' });
    expect(notice).toHaveAttribute('href', '#regional-heading');
    // At the top: before the facts, the contents and the text itself.
    const facts = screen.getByRole('region', { name: 'Fakta om texten' });
    expect(notice.compareDocumentPosition(facts) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    expect(tocTitles()).toEqual([
      ...PVK_SECTIONS,
      'Regionalt tillägg – Region Sjödal',
      'PVK i Region Sjödal',
    ]);
    expectTocLeadsTo('PVK i Region Sjödal', 'tillagg-pvk-sjodal');

    // A region with nothing to add: no notice, nothing in the contents.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'Region Västmark');
    expect(
      await screen.findByText('Region Västmark har inget eget tillägg till den här texten.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Regionalt tillägg/ })).not.toBeInTheDocument();
  });

  it('finds words and headings in the text, with next and previous by keyboard', async () => {
    const user = userEvent.setup();
    await renderApp(PVK);
    await findArticleHeading();
    const field = screen.getByRole('searchbox', { name: 'Sök i texten' });
    const status = () =>
      within(screen.getByRole('search', { name: 'Sök i texten' })).getByRole('status');

    await user.type(field, 'kateter');
    expect(status()).toHaveTextContent('1 av 4');
    const marks = document.querySelectorAll('.article-body mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual([
      'kateter',
      'kateter',
      'kateter',
      'kateter',
    ]);
    expect(marks[0]).toHaveClass('is-current');

    await user.keyboard('{Enter}');
    expect(status()).toHaveTextContent('2 av 4');
    expect(document.querySelectorAll('.article-body mark')[1]).toHaveClass('is-current');
    await user.keyboard('{Shift>}{Enter}{/Shift}{Shift>}{Enter}{/Shift}');
    expect(status()).toHaveTextContent('4 av 4');
    await user.click(screen.getByRole('button', { name: 'Nästa' }));
    expect(status()).toHaveTextContent('1 av 4');

    await user.clear(field);
    await user.type(field, 'skötsel');
    expect(status()).toHaveTextContent('1 av 1');
    expect(
      screen.getByRole('heading', { level: 2, name: 'Skötsel' }).querySelector('mark'),
    ).not.toBeNull();

    await user.clear(field);
    await user.type(field, 'blodtryck');
    expect(status()).toHaveTextContent('Inga träffar i texten');
    expect(screen.getByRole('button', { name: 'Nästa' })).toBeDisabled();
  });

  it("shows the chosen region's addition, and follows a change of region", async () => {
    const user = userEvent.setup();
    await renderApp(PVK);
    await findArticleHeading();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Regionalt tillägg' }),
    ).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'Region Sjödal');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Regionalt tillägg – Region Sjödal' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('I Sjödal byts katetern efter 72 timmar.')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'Region Norrbacka');
    expect(
      await screen.findByText('Dokumentera i journalens PVK-mall i Norrbacka.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('I Sjödal byts katetern efter 72 timmar.')).not.toBeInTheDocument();
    expect(localStorage.getItem('vardpersonal.region')).toBe('norrbacka');
  });

  it('says so when the region has no addition to the text', async () => {
    localStorage.setItem('vardpersonal.region', 'vastmark');
    await renderApp(PVK);
    expect(
      await screen.findByText('Region Västmark har inget eget tillägg till den här texten.'),
    ).toBeInTheDocument();
  });

  it('lists the versions and shows an earlier one with a banner and a way to the current one', async () => {
    const user = userEvent.setup();
    await renderApp(PVK);
    await findArticleHeading();
    const versions = within(screen.getByRole('region', { name: 'Versioner' }));
    expect(await versions.findByRole('link', { name: 'Version 3 (gällande)' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(versions.getByText('Nytt avsnitt om komplikationer')).toBeInTheDocument();

    await user.click(versions.getByRole('link', { name: 'Version 1' }));
    expect(
      await screen.findByText('Du läser version 1 från 1 februari 2023 – inte den gällande'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Perifer venkateter' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Version ett av texten.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Regionalt tillägg/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Läs den gällande versionen' }));
    expect(await findArticleHeading()).toBeInTheDocument();
    expect(screen.queryByText(/inte den gällande/)).not.toBeInTheDocument();
  });

  it('opens a deep link to an earlier version', async () => {
    await renderApp(`${PVK}/version/2`);
    expect(
      await screen.findByText('Du läser version 2 från 2 maj 2024 – inte den gällande'),
    ).toBeInTheDocument();
    expect(screen.getByText('Version två av texten.')).toBeInTheDocument();
  });

  it('strips scripts, event handlers and javascript: links from the text', async () => {
    await renderApp(PVK);
    await findArticleHeading();
    const body = document.querySelector('.article-body')!;
    expect(body.querySelector('script')).toBeNull();
    expect(body.querySelectorAll('[onerror], [onclick]')).toHaveLength(0);
    expect(body.innerHTML).not.toMatch(/hacked/);
    expect(screen.getByText('Farlig länk')).not.toHaveAttribute('href');
    expect(screen.getByText('Inspektera insticksstället varje dag.')).toBeInTheDocument();
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
  });

  it('shows a not-found page with a search box for an unknown id', async () => {
    await renderApp('/kunskap/finns-inte');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Texten finns inte' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('searchbox', { name: 'Sök efter texten i stället' }),
    ).toBeInTheDocument();
  });

  it('shows a message and a retry when the backend fails, never a blank page', async () => {
    const user = userEvent.setup();
    server.use(
      http.get('*/api/knowledge/v1/documents/:id', () => new HttpResponse(null, { status: 503 }), {
        once: true,
      }),
    );
    await renderApp(PVK);
    expect(await screen.findByText('Det gick inte att hämta texten')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await findArticleHeading()).toBeInTheDocument();
  });
});

describe('print view', () => {
  it('lays out patient material for printing and prints on request', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await renderApp('/kunskap/trycksar-patientinformation');
    await user.click(
      await screen.findByRole('link', { name: 'Utskriftsvänlig version för patienten' }),
    );
    // The article page has the same title: wait for the print view's own button.
    const printButton = await screen.findByRole('button', { name: 'Skriv ut' });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Trycksår – råd till dig som patient' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Exempeltext för utveckling – inte medicinska råd/, { selector: 'main p' }),
    ).toBeInTheDocument();
    await user.click(printButton);
    expect(print).toHaveBeenCalledOnce();
  });
});
