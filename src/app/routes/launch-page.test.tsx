import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';
import { storePendingLaunch } from '@/features/patient-context';

describe('a SMART launch from an unregistered journal system', () => {
  it('is refused with the reason, sends nothing anywhere and keeps nothing', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    storePendingLaunch({ method: 'smart', iss: 'https://evil.example/fhir', launch: 'abc123' });
    // MSW fails the test on any request it does not handle, so a request to evil.example
    // would fail it; the login is not started either (the user stays anonymous).
    await renderApp('/launch');

    expect(
      await screen.findByRole('heading', { name: /Journalsystemet är inte registrerat/ }),
    ).toBeInTheDocument();
    expect(screen.getByText(/https:\/\/evil\.example är inte ett av dem/)).toBeInTheDocument();
    expect(screen.getByText(/Ingenting har skickats dit/)).toBeInTheDocument();
    expect(sessionStorage.getItem('vardpersonal.launch.pending')).toBeNull();
    const urls = fetchSpy.mock.calls.map(([input]) =>
      String(input instanceof Request ? input.url : input),
    );
    expect(urls.filter((url) => url.includes('evil.example'))).toEqual([]);
  });
});
