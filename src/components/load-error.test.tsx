import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { LoadError } from './load-error';

describe('LoadError', () => {
  it('says what failed and why, and asks again on "Försök igen"', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    render(
      <LoadError title="Meddelandena gick inte att hämta" onRetry={onRetry}>
        Meddelandetjänsten svarar inte just nu.
      </LoadError>,
    );
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Fel: Meddelandena gick inte att hämta');
    expect(status).toHaveTextContent('Meddelandetjänsten svarar inte just nu.');
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
