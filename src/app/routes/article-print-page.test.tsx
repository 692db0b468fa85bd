import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';

/** The sample corpus's blood-pressure leaflet, as the knowledge backend serves it. */
const LEAFLET = '/kunskap/patientinfo-hemblodtryck/utskrift';

const findLeaflet = () =>
  screen.findByRole('heading', { level: 1, name: 'Mät ditt blodtryck hemma – instruktion' });

describe('printing the blood-pressure leaflet', () => {
  it('has a log with a row for each of the seven days, and a column for the date', async () => {
    await renderApp(LEAFLET);
    await findLeaflet();
    const log = screen.getByRole('table', { name: /^Mätprotokoll för sju dagar/ });
    const [head, ...days] = within(log).getAllByRole('row');
    expect(
      within(head!)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Dag', 'Datum', 'Morgon 1', 'Morgon 2', 'Kväll 1', 'Kväll 2']);
    expect(days.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
    ]);
    expect(screen.queryByText(/Fortsätt på samma sätt/)).not.toBeInTheDocument();
  });

  it("prints the unit's name and phone number typed in before printing, or lines to write on", async () => {
    const user = userEvent.setup();
    await renderApp(LEAFLET);
    await findLeaflet();
    const contact = within(screen.getByRole('region', { name: 'Din mottagning' }));
    const value = (term: string) => contact.getByText(term).nextElementSibling!;
    // Nothing typed: a line to write on by hand for each.
    expect(value('Mottagning')).toHaveTextContent('ej ifyllt, skrivs för hand');
    expect(value('Telefon')).toHaveTextContent('ej ifyllt, skrivs för hand');

    const fill = within(
      screen.getByRole('group', { name: 'Mottagningens kontaktuppgifter på utskriften' }),
    );
    await user.type(fill.getByRole('textbox', { name: 'Mottagning' }), 'Vårdcentralen Sjöstaden');
    await user.type(fill.getByRole('textbox', { name: 'Telefonnummer' }), '0123-45 67 89');
    expect(value('Mottagning')).toHaveTextContent(/^Vårdcentralen Sjöstaden$/);
    expect(value('Telefon')).toHaveTextContent(/^0123-45 67 89$/);
  });

  it("offers a logged-in person's care unit as the contact", async () => {
    await renderApp(LEAFLET, { as: 'skolskoterska' });
    await findLeaflet();
    // The session is read as the page starts: the unit follows once it is known.
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Mottagning' })).toHaveValue(
        'Elevhälsan Åsby skolor',
      ),
    );
    const contact = within(screen.getByRole('region', { name: 'Din mottagning' }));
    expect(contact.getByText('Mottagning').nextElementSibling).toHaveTextContent(
      'Elevhälsan Åsby skolor',
    );
  });
});
