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

type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; error?: string }
  | { status: 'authenticated'; user: User; profile: StaffProfile };

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

export function AuthProvider({
  sessionClient,
  children,
}: {
  sessionClient: SessionClient;
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

  const logout = useCallback(
    async (reason: LogoutReason = 'user') => {
      if (leaving.current) return;
      leaving.current = true;
      setSession({ status: 'loading' });
      const userManager = await sessionClient.load();
      const user = await userManager.getUser();
      clearActiveCommission();
      // Ends the provider's session too, so a shared workstation is really logged out.
      await userManager.signoutRedirect({ id_token_hint: user?.id_token, state: { reason } });
    },
    [sessionClient],
  );

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
