import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { knowledgeHandlersFor } from '../../../mocks/knowledge/handlers';
import { testCorpus } from '../../../mocks/knowledge/test-corpus';
import { renderApp } from '@/testing/render-app';

beforeEach(() => {
  server.use(...knowledgeHandlersFor(testCorpus));
});

describe('start page (open mode)', () => {
  it('searches from the big search box', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/');
    // The page's code loads on demand, as in the browser.
    await user.type(
      await screen.findByRole('searchbox', { name: 'Sök i kunskapsstödet' }),
      'PVK byte',
    );
    await user.click(screen.getByRole('button', { name: 'Sök' }));
    // The router moves to the search page once that page's code has loaded.
    await waitFor(() => expect(router.state.location.pathname).toBe('/sok'));
    expect(router.state.location.search).toBe('?q=PVK+byte');
  });

  it('offers topics, professions, the open national services and a login', async () => {
    await renderApp('/');
    const topics = within(await screen.findByRole('navigation', { name: 'Ämnen' }));
    expect(topics.getByRole('link', { name: 'Fall och fallprevention' })).toHaveAttribute(
      'href',
      '/sok?q=fall',
    );
    // A kind of text is a filter, not a word: the word also found texts that mention it.
    expect(topics.getByRole('link', { name: 'Patientinformation att skriva ut' })).toHaveAttribute(
      'href',
      '/sok?innehall=patientinformation',
    );
    const professions = within(screen.getByRole('navigation', { name: 'För din yrkesroll' }));
    expect(professions.getByRole('link', { name: 'Undersköterska' })).toHaveAttribute(
      'href',
      '/sok?malgrupp=underskoterska',
    );
    const services = within(
      screen.getByRole('region', { name: 'Nationella tjänster öppna för alla' }),
    );
    expect(
      services.getByRole('link', {
        name: 'Medicinsk biblioteksservice – vetenskapliga artiklar via din regions bibliotek (Eira)',
      }),
    ).toBeInTheDocument();
    expect(services.getAllByRole('link')).toHaveLength(5);
    expect(
      within(screen.getByRole('main')).getByRole('button', { name: 'Logga in' }),
    ).toBeEnabled();
  });

  it("lists recently updated texts, with the chosen region's own", async () => {
    localStorage.setItem('vardpersonal.region', 'sjodal');
    await renderApp('/');
    const recent = within(await screen.findByRole('region', { name: 'Senast uppdaterade texter' }));
    const titles = (await recent.findAllByRole('link')).map((link) => link.textContent);
    expect(titles.slice(0, 2)).toEqual([
      'Perifer venkateter (PVK)',
      'Trycksår – råd till dig som patient',
    ]);
    expect(titles).toContain('PVK i Region Sjödal');
    expect(titles).not.toContain('PVK i Region Norrbacka');
    expect(recent.getByRole('link', { name: 'Perifer venkateter (PVK)' })).toHaveAttribute(
      'href',
      '/kunskap/perifer-venkateter-pvk',
    );
  });
});

describe('the start page search box', () => {
  it('refuses a personal identity number and keeps what was typed', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/');
    const box = await screen.findByRole('searchbox', { name: /Sök i kunskapsstödet/ });
    await user.type(box, 'KOL 19121212-1212{Enter}');
    expect(box).toHaveAccessibleDescription(/Sök inte på personnummer här/);
    expect(box).toHaveValue('KOL 19121212-1212');
    expect(router.state.location.pathname).toBe('/');
  });
});
