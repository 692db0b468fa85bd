import type { UserManager } from 'oidc-client-ts';
import { paths } from '@/config/paths';

/**
 * The OpenID Connect client, loaded when it is needed: a visitor reading the open knowledge
 * never downloads it. It is needed when this tab may hold a session (a stored user), on the
 * provider's way back (/callback, /utloggad) and when someone logs in.
 */
export type SessionClient = {
  mayHaveSession: () => boolean;
  load: () => Promise<UserManager>;
};

const RETURN_PATHS: string[] = [paths.callback.path, paths.loggedOut.path];

export function createSessionClient(): SessionClient {
  let loading: Promise<UserManager> | null = null;
  return {
    mayHaveSession: () =>
      RETURN_PATHS.includes(window.location.pathname) ||
      Object.keys(sessionStorage).some((key) => key.startsWith('oidc.user:')),
    load: () => (loading ??= import('./user-manager').then((m) => m.createUserManager())),
  };
}

/** Runs inside the hidden iframe of a silent renewal: hands the response to the parent tab. */
export async function completeSilentRenew(): Promise<void> {
  const { createUserManager } = await import('./user-manager');
  await createUserManager().signinSilentCallback();
}
