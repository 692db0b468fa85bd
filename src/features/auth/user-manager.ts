import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { env } from '@/config/env';
import { paths } from '@/config/paths';

/**
 * The OpenID Connect client. Tokens and the login's state live in this tab's sessionStorage
 * only (oidc-client-ts defaults its state store to localStorage, which would outlive the tab).
 * Renewal is a silent prompt=none request in a hidden iframe on the provider's session: each
 * tab renews on its own, so two tabs never race over one refresh token.
 */
export function createUserManager(origin = window.location.origin): UserManager {
  const store = new WebStorageStateStore({ store: window.sessionStorage });
  return new UserManager({
    authority: env.oidcAuthority,
    client_id: env.oidcClientId,
    redirect_uri: `${origin}${paths.callback.path}`,
    silent_redirect_uri: `${origin}${paths.silentCallback.path}`,
    post_logout_redirect_uri: `${origin}${paths.loggedOut.path}`,
    response_type: 'code',
    scope: 'openid profile hsa',
    loadUserInfo: false,
    // The default also drops `acr`, and the level of assurance decides what a login may reach.
    filterProtocolClaims: ['nbf', 'jti', 'auth_time', 'nonce', 'amr', 'azp', 'at_hash'],
    automaticSilentRenew: true,
    monitorSession: false,
    userStore: store,
    stateStore: store,
  });
}
