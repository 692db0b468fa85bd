import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { User } from 'oidc-client-ts';
import { configureHttpClient } from '@/lib/http-client';
import type { StaffProfile } from './claims';
import {
  clearActiveCommission,
  readActiveCommissionId,
  resolveActiveCommission,
  storeActiveCommission,
} from './commission-choice';
import { currentLocation, safeReturnTo } from './return-to';
import { AuthContext } from './auth-context';
import type { SessionClient } from './session-client';
import type { AuthContextValue, LogoutReason } from './auth-context';
import { leavePage, openSessionChannel, storeLoggedOutNote, type EndSession } from './session-end';
import { paths } from '@/config/paths';

type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; error?: string }
  | { status: 'authenticated'; user: User; profile: StaffProfile };

/** A visible tab asks the provider whether the session still holds at most this often. */
const SESSION_CHECK_INTERVAL_MS = 30_000;
/** The last attempt to send what the tab holds may not keep a logout waiting longer. */
const END_SESSION_TIMEOUT_MS = 4000;

/** A second re-login this soon after the last one means something is broken: stop, don't loop. */
const RELOGIN_GUARD_MS = 30_000;
const RELOGIN_KEY = 'vardpersonal.lastRelogin';

type LoginState = { returnTo?: string };

/**
 * The claims' parser (and zod) loads with the OIDC client, only for a tab with a session: the
 * open pages' first download does without.
 */
async function toSession(user: User | null): Promise<SessionState> {
  if (!user || user.expired) return { status: 'anonymous' };
  const { parseStaffProfile } = await import('./claims');
  try {
    return { status: 'authenticated', user, profile: parseStaffProfile(user.profile) };
  } catch (error) {
    return { status: 'anonymous', error: (error as Error).message };
  }
}

/** Runs `endSession` within its time limit; what it could not say in time is not said. */
async function endSessionInTime(endSession: EndSession, employeeHsaId: string) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<string[]>((resolve) => {
    timer = setTimeout(() => resolve([]), END_SESSION_TIMEOUT_MS);
  });
  try {
    return await Promise.race([endSession(employeeHsaId).catch(() => []), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function AuthProvider({
  sessionClient,
  endSession = async () => [],
  children,
}: {
  sessionClient: SessionClient;
  /** Clears what the features hold of the person; the app composes it (src/app/app.tsx). */
  endSession?: EndSession;
  children: ReactNode;
}) {
  const [session, setSession] = useState<SessionState>({ status: 'loading' });
  const [activeCommissionId, setActiveCommissionId] = useState<string | null>(() =>
    readActiveCommissionId(),
  );
  const callbackPromise = useRef<Promise<string> | null>(null);
  // Set while the tab is on its way to the provider: nothing may start a second redirect.
  const leaving = useRef(false);

  const login = useCallback(
    async (returnTo?: string) => {
      if (leaving.current) return;
      leaving.current = true;
      const state: LoginState = { returnTo: safeReturnTo(returnTo ?? currentLocation()) };
      const userManager = await sessionClient.load();
      await userManager.signinRedirect({ state });
    },
    [sessionClient],
  );

  /** The session is gone (expired, revoked, renewal failed): log in again and come back here. */
  const relogin = useCallback(async () => {
    if (leaving.current) return;
    leaving.current = true;
    const userManager = await sessionClient.load();
    await userManager.removeUser();
    const last = Number(sessionStorage.getItem(RELOGIN_KEY) ?? 0);
    if (Date.now() - last < RELOGIN_GUARD_MS) {
      leaving.current = false;
      setSession({ status: 'anonymous', error: 'Inloggningen kunde inte förnyas. Logga in igen.' });
      return;
    }
    sessionStorage.setItem(RELOGIN_KEY, String(Date.now()));
    const state: LoginState = { returnTo: safeReturnTo(currentLocation()) };
    await userManager.signinRedirect({ state });
  }, [sessionClient]);

  useEffect(() => {
    let cancelled = false;
    const update = (user: User | null) =>
      void toSession(user).then((next) => {
        if (!cancelled && !leaving.current) setSession(next);
      });
    // A visitor who has not logged in in this tab never loads the OIDC client.
    if (!sessionClient.mayHaveSession()) {
      update(null);
      return () => {
        cancelled = true;
      };
    }
    const onLoaded = (user: User) => update(user);
    const onUnloaded = () => update(null);
    const onRenewError = () => void relogin();
    let unsubscribe = () => {};
    void (async () => {
      const userManager = await sessionClient.load();
      if (cancelled) return;
      const events = userManager.events;
      events.addUserLoaded(onLoaded);
      events.addUserUnloaded(onUnloaded);
      events.addSilentRenewError(onRenewError);
      unsubscribe = () => {
        events.removeUserLoaded(onLoaded);
        events.removeUserUnloaded(onUnloaded);
        events.removeSilentRenewError(onRenewError);
      };
      const user = await userManager.getUser();
      if (user?.expired) {
        // The tab slept past the token's lifetime: try once, silently, on the provider session.
        update(await userManager.signinSilent().catch(() => null));
      } else {
        update(user);
      }
    })();
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [sessionClient, relogin]);

  const profile = session.status === 'authenticated' ? session.profile : null;
  const activeCommission = profile
    ? resolveActiveCommission(profile.commissions, activeCommissionId)
    : null;

  useEffect(() => {
    configureHttpClient({
      getAccessToken: async () => {
        if (!sessionClient.mayHaveSession()) return null;
        const userManager = await sessionClient.load();
        const user = await userManager.getUser();
        if (!user) return null;
        if (!user.expired) return user.access_token;
        const renewed = await userManager.signinSilent().catch(() => null);
        return renewed?.access_token ?? null;
      },
      onUnauthorized: () => void relogin(),
    });
    return () => configureHttpClient(null);
  }, [sessionClient, relogin]);

  const completeLogin = useCallback(() => {
    // React may mount the callback page twice; the code can be redeemed only once.
    callbackPromise.current ??= sessionClient
      .load()
      .then((userManager) => userManager.signinRedirectCallback())
      .then(async (user) => {
        sessionStorage.removeItem(RELOGIN_KEY);
        setSession(await toSession(user));
        return safeReturnTo((user.state as LoginState | undefined)?.returnTo);
      });
    return callbackPromise.current;
  }, [sessionClient]);

  const chooseCommission = useCallback(
    (commissionHsaId: string) => {
      if (!profile?.commissions.some((c) => c.commissionHsaId === commissionHsaId)) return;
      storeActiveCommission(profile.employeeHsaId, commissionHsaId);
      setActiveCommissionId(commissionHsaId);
    },
    [profile],
  );

  const profileRef = useRef(profile);
  useEffect(() => {
    profileRef.current = profile;
  }, [profile]);
  const endSessionRef = useRef(endSession);
  useEffect(() => {
    endSessionRef.current = endSession;
  }, [endSession]);
  const channel = useRef<ReturnType<typeof openSessionChannel> | null>(null);

  /**
   * Clears this tab: what the features hold of the person, the tokens and the commission. The
   * provider's session is another matter (logout below).
   */
  const endLocally = useCallback(
    async (reason: LogoutReason) => {
      const person = profileRef.current;
      const notices = person
        ? await endSessionInTime(endSessionRef.current, person.employeeHsaId)
        : [];
      storeLoggedOutNote({ reason, notices });
      clearActiveCommission();
      if (sessionClient.mayHaveSession()) await (await sessionClient.load()).removeUser();
    },
    [sessionClient],
  );

  /** Another tab logged out, or the provider's session is gone: this tab follows. */
  const followLogout = useCallback(
    async (reason: LogoutReason) => {
      if (leaving.current) return;
      leaving.current = true;
      setSession({ status: 'loading' });
      await endLocally(reason);
      // A full page load: nothing the tab had in memory survives.
      leavePage.to(paths.loggedOut.getHref());
    },
    [endLocally],
  );

  const logout = useCallback(
    async (reason: LogoutReason = 'user') => {
      if (leaving.current) return;
      leaving.current = true;
      const userManager = await sessionClient.load();
      const user = await userManager.getUser();
      // The screen goes blank first: a page kept in the back/forward cache shows nothing.
      setSession({ status: 'loading' });
      await endLocally(reason);
      channel.current?.post({ type: 'logged-out' });
      // Ends the provider's session too, so a shared workstation is really logged out.
      await userManager.signoutRedirect({ id_token_hint: user?.id_token, state: { reason } });
    },
    [sessionClient, endLocally],
  );

  // Logout reaches every tab: the announcement, and each tab's own check when it is shown again.
  const authenticated = session.status === 'authenticated';
  useEffect(() => {
    channel.current = openSessionChannel((message) => {
      if (message.type === 'logged-out' && sessionClient.mayHaveSession()) {
        void followLogout('other-tab');
      }
    });
    return () => channel.current?.close();
  }, [sessionClient, followLogout]);

  // A tab shown again (or restored from the back/forward cache) asks whether the session still
  // holds: a tab that missed the announcement, or slept through another tab's logout, follows.
  const authenticatedRef = useRef(authenticated);
  useEffect(() => {
    authenticatedRef.current = authenticated;
  }, [authenticated]);
  useEffect(() => {
    let lastCheck = Date.now();
    const checkSession = async (force: boolean) => {
      if (leaving.current || !authenticatedRef.current) return;
      if (!force && Date.now() - lastCheck < SESSION_CHECK_INTERVAL_MS) return;
      lastCheck = Date.now();
      const userManager = await sessionClient.load();
      if (!(await userManager.getUser())) return void followLogout('other-tab');
      try {
        await userManager.querySessionStatus();
      } catch (error) {
        // Only the provider's own answer that there is no session ends this one; a network
        // failure does not.
        if ((error as { error?: string }).error === 'login_required')
          void followLogout('other-tab');
      }
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') void checkSession(false);
    };
    const onPageShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      // This page was leaving for the provider's logout: it must not come back as it was.
      if (leaving.current) return leavePage.to(paths.loggedOut.getHref());
      void checkSession(true);
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('pageshow', onPageShow);
    };
  }, [sessionClient, followLogout]);

  const value = useMemo<AuthContextValue>(
    () => ({
      status: session.status,
      error: session.status === 'anonymous' ? (session.error ?? null) : null,
      profile,
      activeCommission,
      needsCommissionChoice: !!profile && profile.commissions.length > 1 && !activeCommission,
      login,
      completeLogin,
      chooseCommission,
      logout,
    }),
    [session, profile, activeCommission, login, completeLogin, chooseCommission, logout],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
