import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '@/testing/render-app';

const regionChoice = () =>
  within(screen.getByRole('banner')).getByRole('combobox', { name: 'Region' });

/** The header's region choice once the corpus's regions have arrived. */
async function regionShown(name: string) {
  await waitFor(() =>
    expect(within(regionChoice()).getByRole('option', { name: 'Region Sjödal' })).toBeTruthy(),
  );
  await waitFor(() => expect(regionChoice()).toHaveDisplayValue(name));
}

describe('the region in the header', { timeout: 20_000 }, () => {
  it('is the commission’s care provider’s region, until the person chooses another', async () => {
    const user = userEvent.setup();
    // Sara Ekström's commission is at Region Norrbacka, a care provider regions.json lists.
    const first = await renderApp('/tjanster', { as: 'sjukskoterska' });
    await regionShown('Region Norrbacka');

    // "Ingen vald" is a choice too, and it is kept.
    await user.selectOptions(regionChoice(), '');
    await regionShown('Ingen vald');
    first.unmount();
    await renderApp('/tjanster', { as: 'sjukskoterska' });
    await regionShown('Ingen vald');
    await screen.findByRole('heading', { name: 'Mina tjänster', level: 1 });
  });

  it('keeps a region the person chose over the commission’s, and has none for a care provider in no region or before login', async () => {
    const user = userEvent.setup();
    const first = await renderApp('/tjanster', { as: 'sjukskoterska' });
    await regionShown('Region Norrbacka');
    await user.selectOptions(regionChoice(), 'sjodal');
    first.unmount();
    const again = await renderApp('/tjanster', { as: 'sjukskoterska' });
    await regionShown('Region Sjödal');
    again.unmount();

    // Nobody has chosen in this browser; Åsby kommun is in no region's list.
    localStorage.removeItem('vardpersonal.region');
    const nurse = await renderApp('/tjanster', { as: 'hemsjukskoterska' });
    await screen.findByRole('heading', { name: 'Mina tjänster', level: 1 });
    await regionShown('Ingen vald');
    nurse.unmount();
    await renderApp('/');
    await regionShown('Ingen vald');
    // The start page's code and data arrive before the test ends, not after it.
    await screen.findByRole('navigation', { name: 'Ämnen' });
  });
});
