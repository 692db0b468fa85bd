import { useEffect } from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import type { UserManager } from 'oidc-client-ts';
import { MemoryRouter, Route, Routes } from 'react-router';
import { fakeSessionClient, fakeUserManager, userFor } from '@/testing/fake-user-manager';
import { apiRequest, ApiError } from '@/lib/http-client';
import { z } from 'zod';
import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { otherTab } from '@/testing/other-tab';
import { AuthProvider } from './auth-provider';
import { leavePage } from './session-end';
import { useAuth } from './auth-context';
import type { AuthContextValue } from './auth-context';
import { RequireAuth } from './components/require-auth';
import { createUserManager } from './user-manager';
import type { SessionClient } from './session-client';

function Probe() {
  const auth = useAuth();
  return (
    <p>
      {auth.status}
      {auth.profile && `: ${auth.profile.fullName}`}
    </p>
  );
}

function renderWithAuth(userManager: ReturnType<typeof fakeUserManager>, path = '/tjanster') {
  window.history.replaceState(null, '', path);
  return render(
    <AuthProvider sessionClient={fakeSessionClient(userManager)}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/public" element={<Probe />} />
          <Route
            path="/tjanster"
            element={
              <RequireAuth>
                <Probe />
              </RequireAuth>
            }
          />
          <Route path="/valj-uppdrag" element={<p>Välj uppdrag</p>} />
        </Routes>
      </MemoryRouter>
    </AuthProvider>,
  );
}

/** Hands the auth context to the test, so it can call login and logout like a page would. */
function captureAuth() {
  const captured: { current: AuthContextValue | null; Capture: () => null } = {
    current: null,
    Capture: function Capture() {
      const value = useAuth();
      useEffect(() => {
        captured.current = value;
      });
      return null;
    },
  };
  return captured;
}

describe('AuthProvider', () => {
  it('restores a valid session from this tab without asking the provider', async () => {
    const um = fakeUserManager(userFor('radgivningssjukskoterska'));
    renderWithAuth(um);
    expect(await screen.findByText('authenticated: Erik Bergström')).toBeInTheDocument();
    expect(um.signinSilent).not.toHaveBeenCalled();
    expect(um.signinRedirect).not.toHaveBeenCalled();
  });

  it('renews an expired session silently on the provider session', async () => {
    const um = fakeUserManager(userFor('radgivningssjukskoterska', { expiresIn: -10 }));
    um.signinSilent.mockResolvedValueOnce(userFor('radgivningssjukskoterska'));
    renderWithAuth(um);
    expect(await screen.findByText('authenticated: Erik Bergström')).toBeInTheDocument();
    expect(um.signinSilent).toHaveBeenCalledTimes(1);
  });

  it('sends a person whose session cannot be renewed to login, remembering where they were', async () => {
    const um = fakeUserManager(userFor('radgivningssjukskoterska', { expiresIn: -10 }));
    renderWithAuth(um, '/tjanster?q=intyg');
    await waitFor(() => expect(um.signinRedirect).toHaveBeenCalledTimes(1));
    expect(um.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/tjanster?q=intyg' } });
    expect(screen.getByText('Du skickas till inloggningen …')).toBeInTheDocument();
  });

  it('does not send an anonymous visitor of an open page to login', async () => {
    const um = fakeUserManager(null);
    renderWithAuth(um, '/public');
    expect(await screen.findByText('anonymous')).toBeInTheDocument();
    expect(um.signinRedirect).not.toHaveBeenCalled();
  });

  it('goes back to login when renewal fails, and only once', async () => {
    const um = fakeUserManager(userFor('radgivningssjukskoterska'));
    renderWithAuth(um);
    await screen.findByText('authenticated: Erik Bergström');
    act(() => {
      um.raiseRenewError();
      um.raiseRenewError();
    });
    await waitFor(() => expect(um.signinRedirect).toHaveBeenCalledTimes(1));
    expect(um.removeUser).toHaveBeenCalledTimes(1);
    expect(um.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/tjanster' } });
  });

  it('stops instead of looping when the session is lost again right after a new login', async () => {
    sessionStorage.setItem('vardpersonal.lastRelogin', String(Date.now() - 5_000));
    const um = fakeUserManager(userFor('radgivningssjukskoterska'));
    renderWithAuth(um);
    await screen.findByText('authenticated: Erik Bergström');
    act(() => um.raiseRenewError());
    expect(
      await screen.findByText('Inloggningen kunde inte förnyas. Logga in igen.'),
    ).toBeInTheDocument();
    expect(um.signinRedirect).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Logga in' })).toBeInTheDocument();
  });

  it('sends the person to login again when an API answers 401', async () => {
    server.use(
      http.get('*/api/test/ping', () =>
        HttpResponse.json({ error: 'invalid_token' }, { status: 401 }),
      ),
    );
    const um = fakeUserManager(userFor('radgivningssjukskoterska'));
    renderWithAuth(um);
    await screen.findByText('authenticated: Erik Bergström');
    await expect(apiRequest('/api/test/ping', z.unknown())).rejects.toBeInstanceOf(ApiError);
    await waitFor(() => expect(um.signinRedirect).toHaveBeenCalledTimes(1));
  });

  it('sends the bearer token of this tab with API requests', async () => {
    let authorization: string | null = null;
    server.use(
      http.get('*/api/test/ping', ({ request }) => {
        authorization = request.headers.get('Authorization');
        return HttpResponse.json({ ok: true });
      }),
    );
    const um = fakeUserManager(userFor('radgivningssjukskoterska'));
    renderWithAuth(um);
    await screen.findByText('authenticated: Erik Bergström');
    await apiRequest('/api/test/ping', z.object({ ok: z.boolean() }));
    expect(authorization).toBe('Bearer token-of-radgivningssjukskoterska');
  });

  it('asks a person with several commissions to choose one', async () => {
    const um = fakeUserManager(userFor('lakare'));
    renderWithAuth(um);
    expect(await screen.findByText('Välj uppdrag')).toBeInTheDocument();
  });

  it('redeems the code once even if the callback page mounts twice', async () => {
    const um = fakeUserManager(null);
    const auth = captureAuth();
    render(
      <AuthProvider sessionClient={fakeSessionClient(um)}>
        <auth.Capture />
      </AuthProvider>,
    );
    await waitFor(() => expect(auth.current!.status).toBe('anonymous'));
    const [first, second] = await act(() =>
      Promise.all([auth.current!.completeLogin(), auth.current!.completeLogin()]),
    );
    expect(first).toBe('/tjanster?q=intyg');
    expect(second).toBe(first);
    expect(um.signinRedirectCallback).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(auth.current!.status).toBe('authenticated'));
  });

  it('ends the provider session on logout with the id token as hint', async () => {
    const um = fakeUserManager(userFor('radgivningssjukskoterska'));
    const auth = captureAuth();
    render(
      <AuthProvider sessionClient={fakeSessionClient(um)}>
        <auth.Capture />
      </AuthProvider>,
    );
    await waitFor(() => expect(auth.current!.status).toBe('authenticated'));
    await act(() => auth.current!.logout('idle'));
    expect(um.signoutRedirect).toHaveBeenCalledWith({
      id_token_hint: 'id-token',
      state: { reason: 'idle' },
    });
  });
});

describe('the end of a session', () => {
  async function renderAuthenticated(endSession = vi.fn(async () => [] as string[])) {
    const um = fakeUserManager(userFor('radgivningssjukskoterska'));
    const auth = captureAuth();
    render(
      <AuthProvider sessionClient={fakeSessionClient(um)} endSession={endSession}>
        <auth.Capture />
      </AuthProvider>,
    );
    await waitFor(() => expect(auth.current!.status).toBe('authenticated'));
    return { um, auth, endSession };
  }

  afterEach(() => vi.restoreAllMocks());

  it('clears what the features hold before the provider logout, and tells the other tabs', async () => {
    const tab = otherTab();
    const { um, auth, endSession } = await renderAuthenticated(
      vi.fn(async () => ['1 visning kunde inte skickas.']),
    );
    const person = auth.current!.profile!.employeeHsaId;
    await act(() => auth.current!.logout('user'));
    expect(endSession).toHaveBeenCalledWith(person);
    expect(endSession.mock.invocationCallOrder[0]!).toBeLessThan(
      um.signoutRedirect.mock.invocationCallOrder[0]!,
    );
    expect(um.removeUser).toHaveBeenCalled();
    await waitFor(() => expect(tab.heard).toEqual([{ type: 'logged-out' }]));
    expect(JSON.parse(sessionStorage.getItem('vardpersonal.loggedOut')!)).toEqual({
      reason: 'user',
      notices: ['1 visning kunde inte skickas.'],
    });
    tab.close();
  });

  it('follows a logout in another tab at once: cleared, tokens gone, on the logged-out page', async () => {
    const leave = vi.spyOn(leavePage, 'to').mockImplementation(() => {});
    const { um, auth, endSession } = await renderAuthenticated();
    const person = auth.current!.profile!.employeeHsaId;
    const tab = otherTab();
    tab.post({ type: 'logged-out' });
    await waitFor(() => expect(leave).toHaveBeenCalledWith('/utloggad'));
    expect(endSession).toHaveBeenCalledWith(person);
    expect(um.removeUser).toHaveBeenCalled();
    expect(um.signoutRedirect).not.toHaveBeenCalled();
    expect(JSON.parse(sessionStorage.getItem('vardpersonal.loggedOut')!).reason).toBe('other-tab');
    tab.close();
  });

  it('checks the provider’s session when the tab is shown again, and follows when it is gone', async () => {
    const leave = vi.spyOn(leavePage, 'to').mockImplementation(() => {});
    const { um } = await renderAuthenticated();
    um.querySessionStatus.mockRejectedValue(
      Object.assign(new Error('login'), { error: 'login_required' }),
    );
    // Restored from the back/forward cache: checked at once, whatever the last check was.
    act(() => {
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    });
    await waitFor(() => expect(leave).toHaveBeenCalledWith('/utloggad'));
  });

  it('stays logged in when the check only fails to reach the provider', async () => {
    const leave = vi.spyOn(leavePage, 'to').mockImplementation(() => {});
    const { um, auth } = await renderAuthenticated();
    um.querySessionStatus.mockRejectedValue(new TypeError('Failed to fetch'));
    act(() => {
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    });
    await waitFor(() => expect(um.querySessionStatus).toHaveBeenCalled());
    expect(leave).not.toHaveBeenCalled();
    expect(auth.current!.status).toBe('authenticated');
  });
});

describe('loading the OIDC client', () => {
  /** A visitor without a stored session in this tab, with the loader recorded. */
  async function renderVisitor(load: SessionClient['load']) {
    const auth = captureAuth();
    render(
      <AuthProvider sessionClient={{ mayHaveSession: () => false, load }}>
        <auth.Capture />
      </AuthProvider>,
    );
    await waitFor(() => expect(auth.current!.status).toBe('anonymous'));
    return auth;
  }

  it('is skipped for a visitor who has no session in this tab', async () => {
    const load = vi.fn();
    await renderVisitor(load);
    expect(load).not.toHaveBeenCalled();
  });

  it('happens when the visitor logs in', async () => {
    const um = fakeUserManager(null);
    const load = vi.fn(async () => um as unknown as UserManager);
    const auth = await renderVisitor(load);
    await act(() => auth.current!.login('/tjanster'));
    expect(load).toHaveBeenCalledTimes(1);
    expect(um.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/tjanster' } });
  });
});

describe('token storage', () => {
  it('keeps tokens and login state in this tab’s sessionStorage, never in localStorage', async () => {
    const userManager = createUserManager('http://localhost:5173');
    await userManager.storeUser(userFor('lakare'));
    expect(Object.keys(localStorage)).toEqual([]);
    expect(Object.keys(sessionStorage).some((key) => key.startsWith('oidc.user:'))).toBe(true);
    expect(userManager.settings.stateStore).toBe(userManager.settings.userStore);
  });
});
