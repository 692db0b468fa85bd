import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { paths } from '@/config/paths';
import { QueryClientProvider } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { corpusFrom, useCorpus } from '../../../mocks/knowledge/live-corpus';
import { makeDoc, makeSource } from '@/features/search/engine/testing';
import { TYPING_DELAY_MS } from '@/features/search/hooks/use-query-draft';
import { createQueryClient } from '@/lib/query-client';
import { SearchPage } from './search-page';

/** A small corpus, answered by the real search API (msw/node) with the real engine. */
function fixtureCorpus() {
  const sources = [
    makeSource({ id: 'nationell', name: 'Nationella handboken' }),
    makeSource({ id: 'region-norrbacka', name: 'Region Norrbacka', publisherType: 'region' }),
    makeSource({ id: 'halsobloggen', name: 'Hälsobloggen', approved: false }),
  ];
  const docs = [
    makeDoc({
      id: 'cvk',
      title: 'Central venkateter – skötsel och spolning',
      contentType: 'metodbeskrivning',
      audience: ['sjukskoterska'],
      body: '<h2>Spolning av katetern</h2><p>Spola katetern med natriumklorid.</p>',
    }),
    makeDoc({
      id: 'pvk',
      title: 'Perifer venkateter',
      source: 'region-norrbacka',
      region: 'norrbacka',
      contentType: 'metodbeskrivning',
      audience: ['sjukskoterska', 'underskoterska'],
      body: '<h2>Sätta kateter</h2><p>Välj ven och storlek på katetern.</p>',
    }),
    makeDoc({
      id: 'urinkateter',
      title: 'Att leva med urinkateter',
      contentType: 'patientinformation',
      patientMaterial: true,
      audience: ['underskoterska'],
      body: '<h2>Skötsel hemma</h2><p>Tvätta runt katetern varje dag.</p>',
    }),
    ...['utredning', 'behandling', 'uppföljning'].map((word) =>
      makeDoc({
        id: `hjartsvikt-${word}`,
        title: `Hjärtsvikt – ${word}`,
        contentType: 'riktlinje',
        audience: ['lakare'],
        icd10: ['I50'],
        body: `<h2>${word}</h2><p>Vid hjärtsvikt gäller ${word} enligt riktlinjen.</p>`,
      }),
    ),
    makeDoc({
      id: 'juice',
      title: 'Superjuicekur mot allt',
      source: 'halsobloggen',
      body: '<p>Superjuicekur botar allt.</p>',
    }),
  ];
  return corpusFrom({
    regions: [{ id: 'norrbacka', name: 'Region Norrbacka' }],
    sources,
    documents: docs,
  });
}

beforeAll(() => useCorpus(fixtureCorpus()));
afterAll(() => useCorpus(null));

function renderSearch(path: string) {
  const router = createMemoryRouter(
    [
      { path: paths.search.path, element: <SearchPage /> },
      { path: paths.article.path, element: <p>Artikel</p> },
    ],
    { initialEntries: [path] },
  );
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  const location = () => new URLSearchParams(router.state.location.search);
  return { router, location, user: userEvent.setup() };
}

const summary = () => screen.getByRole('heading', { level: 2, name: /träff|Söker/ });
const resultTitles = () =>
  within(screen.getByRole('list', { name: 'Sökresultat' }))
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);

describe('search page /sok', () => {
  it('searches as you type, writes the words to the URL and links hits and sections', async () => {
    const { user, location } = renderSearch('/sok');
    await user.type(screen.getByRole('searchbox', { name: 'Sök' }), 'kateter');
    await waitFor(() => expect(summary()).toHaveTextContent('3 träffar för ”kateter”'));
    expect(location().get('q')).toBe('kateter');
    // The count is a polite live region, heard when it changes.
    expect(within(summary()).getByRole('status')).toHaveTextContent('3 träffar för ”kateter”');
    const cvk = screen.getByRole('link', { name: 'Central venkateter – skötsel och spolning' });
    expect(cvk).toHaveAttribute('href', '/kunskap/cvk');
    expect(screen.getByRole('link', { name: 'Spolning av katetern' })).toHaveAttribute(
      'href',
      '/kunskap/cvk#spolning-av-katetern',
    );
    // The highlight is a real <mark>, the rest plain text.
    expect(document.querySelector('.search-hit__snippet mark')).toBeInTheDocument();
  });

  it('restores words, filters and sort from the URL (reload, shared link)', async () => {
    renderSearch('/sok?q=kateter&innehall=patientinformation&sortering=senast');
    expect(screen.getByRole('searchbox', { name: 'Sök' })).toHaveValue('kateter');
    await waitFor(() => expect(summary()).toHaveTextContent('1 träff för ”kateter” med 1 filter'));
    expect(resultTitles()).toEqual(['Att leva med urinkateter']);
    expect(screen.getByRole('checkbox', { name: /^Patientinformation/ })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Sortera efter' })).toHaveValue('updated');
    expect(
      screen.getByRole('button', { name: 'Ta bort filtret Innehållstyp: Patientinformation' }),
    ).toBeInTheDocument();
  });

  it('narrows with a facet, widens again with its chip, and steps back with history', async () => {
    const { user, location, router } = renderSearch('/sok?q=kateter');
    await waitFor(() => expect(summary()).toHaveTextContent('3 träffar'));
    const group = screen.getByRole('group', { name: 'Målgrupp' });
    // OR within a facet: both values' counts stay as if the facet were unselected.
    await user.click(within(group).getByRole('checkbox', { name: /^Sjuksköterska\W+2 träffar/ }));
    await waitFor(() =>
      expect(summary()).toHaveTextContent('2 träffar för ”kateter” med 1 filter'),
    );
    expect(location().getAll('malgrupp')).toEqual(['sjukskoterska']);
    await user.click(within(group).getByRole('checkbox', { name: /^Undersköterska\W+2 träffar/ }));
    await waitFor(() =>
      expect(summary()).toHaveTextContent('3 träffar för ”kateter” med 2 filter'),
    );
    // AND across facets.
    await user.click(screen.getByRole('checkbox', { name: /^Patientinformation/ }));
    await waitFor(() => expect(resultTitles()).toEqual(['Att leva med urinkateter']));

    await user.click(
      screen.getByRole('button', { name: 'Ta bort filtret Innehållstyp: Patientinformation' }),
    );
    await waitFor(() =>
      expect(summary()).toHaveTextContent('3 träffar för ”kateter” med 2 filter'),
    );
    await user.click(screen.getByRole('button', { name: 'Rensa alla filter' }));
    await waitFor(() => expect(summary()).toHaveTextContent('3 träffar för ”kateter”'));
    expect(location().getAll('malgrupp')).toEqual([]);
    expect(summary()).toHaveFocus();

    await act(() => router.navigate(-1));
    expect(location().getAll('malgrupp')).toHaveLength(2);
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: /^Undersköterska/ })).toBeChecked(),
    );
    expect(screen.getByRole('searchbox', { name: 'Sök' })).toHaveValue('kateter');
  });

  it('keeps a selected value at 0 and suggests removing filters when nothing is left', async () => {
    const { user } = renderSearch('/sok?q=hj%C3%A4rtsvikt&malgrupp=dietist');
    await waitFor(() =>
      expect(summary()).toHaveTextContent('Inga träffar för ”hjärtsvikt” med 1 filter'),
    );
    expect(screen.getByRole('checkbox', { name: /^Dietist\W+0 träffar/ })).toBeChecked();
    expect(screen.getByText(/Ta bort ett eller flera filter/)).toBeInTheDocument();
    const empty = screen.getByRole('heading', { name: 'Inga träffar', level: 3 }).parentElement!;
    await user.click(within(empty).getByRole('button', { name: 'Rensa alla filter' }));
    await waitFor(() => expect(summary()).toHaveTextContent('3 träffar för ”hjärtsvikt”'));
  });

  it('never finds what only an unapproved source says', async () => {
    renderSearch('/sok?q=superjuicekur');
    await waitFor(() => expect(summary()).toHaveTextContent('Inga träffar för ”superjuicekur”'));
    expect(screen.getByText(/Kontrollera stavningen/)).toBeInTheDocument();
  });

  it('offers "Menade du …?" and runs the suggestion', async () => {
    const { user, location } = renderSearch('/sok');
    const box = screen.getByRole('searchbox', { name: 'Sök' });
    await user.type(box, 'hjärtsvict{Enter}');
    const suggestion = await screen.findByRole('link', { name: 'hjärtsvikt' });
    expect(suggestion.closest('p')).toHaveTextContent('Menade du hjärtsvikt?');
    await user.click(suggestion);
    await waitFor(() => expect(location().get('q')).toBe('hjärtsvikt'));
    expect(box).toHaveValue('hjärtsvikt');
  });

  it('never writes an identity number to the URL', async () => {
    const { user, location } = renderSearch('/sok?q=kateter');
    const box = screen.getByRole('searchbox', { name: 'Sök' });
    await user.clear(box);
    await user.type(box, '19121212-1212{Enter}');
    expect(await screen.findByText('Sök inte på personnummer här')).toBeInTheDocument();
    // Longer than the pause after which typing reaches the URL. Under load a pause may have
    // written the cleared box (no q at all) or the first digits, but never six or more (a date
    // of birth, or the number itself).
    await new Promise((resolve) => setTimeout(resolve, TYPING_DELAY_MS + 100));
    expect(location().get('q') ?? '').not.toMatch(/\d{6}/);
  });

  it('takes an identity number out of an address it arrives with', async () => {
    const { location } = renderSearch('/sok?q=191212121212');
    expect(await screen.findByText('Sök inte på personnummer här')).toBeInTheDocument();
    expect(location().get('q')).toBeNull();
    expect(screen.getByRole('searchbox', { name: 'Sök' })).toHaveValue('');
  });

  it('lifts the region chosen in the header, and says so, without hiding other texts', async () => {
    renderSearch('/sok?q=kateter');
    await waitFor(() => expect(summary()).toHaveTextContent('3 träffar för ”kateter”'));
    const plain = resultTitles();
    expect(plain[0]).not.toBe('Perifer venkateter');
    expect(screen.queryByText(/visas före andra/)).not.toBeInTheDocument();
    cleanup();

    localStorage.setItem('vardpersonal.region', 'norrbacka');
    renderSearch('/sok?q=kateter');
    await waitFor(() => expect(resultTitles()[0]).toBe('Perifer venkateter'));
    expect(summary()).toHaveTextContent('3 träffar för ”kateter”');
    expect(resultTitles()).toEqual(expect.arrayContaining(plain));
    expect(
      await screen.findByText(
        'Texter från Region Norrbacka visas före andra som passar sökningen lika bra.',
      ),
    ).toBeInTheDocument();
  });

  it('says that a diagnosis code lists the texts of that main diagnosis first', async () => {
    renderSearch('/sok?q=I50');
    expect(
      await screen.findByText(
        'Diagnoskod I50: först texterna med koden som huvuddiagnos, vårdprogram först.',
      ),
    ).toBeInTheDocument();
  });

  it('takes the keyboard past the filters to the hits with "Till sökresultaten"', async () => {
    const { user } = renderSearch('/sok?q=kateter');
    await waitFor(() => expect(summary()).toHaveTextContent('3 träffar för ”kateter”'));
    await user.tab();
    expect(screen.getByRole('searchbox', { name: 'Sök' })).toHaveFocus();
    await user.tab();
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Till sökresultaten' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(summary()).toHaveFocus();
    // The sort, then the first hit: not the facets' dozens of checkboxes.
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Sortera efter' })).toHaveFocus();
    await user.tab();
    const [firstTitle] = resultTitles();
    expect(screen.getByRole('link', { name: firstTitle! })).toHaveFocus();
  });

  it('says when the search service fails, and tries again', async () => {
    server.use(
      http.get(
        '*/api/search/v1/search',
        () =>
          HttpResponse.json(
            { error: { code: 'unavailable', message: 'Söktjänsten är tillfälligt otillgänglig.' } },
            { status: 503 },
          ),
        { once: true },
      ),
    );
    const { user } = renderSearch('/sok?q=kateter');
    expect(screen.getByRole('searchbox', { name: 'Sök' })).toBeEnabled();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Sökningen misslyckades');
    expect(alert).toHaveTextContent('Söktjänsten är tillfälligt otillgänglig.');
    await user.click(within(alert).getByRole('button', { name: 'Försök igen' }));
    await waitFor(() => expect(summary()).toHaveTextContent('3 träffar för ”kateter”'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
