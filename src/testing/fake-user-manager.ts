import { User } from 'oidc-client-ts';
import type { UserManager } from 'oidc-client-ts';
import { vi } from 'vitest';
import { findStaff, identityClaimsOf } from '../../mocks/idp/staff';

/** An oidc-client-ts User for a test person, with the claims the provider issues. */
export function userFor(
  accountId: string,
  {
    expiresIn = 600,
    accessToken = `token-of-${accountId}`,
  }: { expiresIn?: number; accessToken?: string } = {},
): User {
  const person = findStaff(accountId)!;
  return new User({
    access_token: accessToken,
    id_token: 'id-token',
    token_type: 'Bearer',
    scope: 'openid profile hsa',
    expires_at: Math.floor(Date.now() / 1000) + expiresIn,
    profile: {
      sub: accountId,
      iss: 'http://localhost:4400',
      aud: 'vardpersonal-web',
      exp: 0,
      iat: 0,
      ...identityClaimsOf(person),
    },
  });
}

export type FakeUserManager = ReturnType<typeof fakeUserManager>;

/** Stands in for oidc-client-ts' UserManager: records what the provider was asked to do. */
export function fakeUserManager(initialUser: User | null) {
  let user = initialUser;
  const handlers = {
    loaded: new Set<(u: User) => void>(),
    unloaded: new Set<() => void>(),
    renewError: new Set<(e: Error) => void>(),
  };
  const fake = {
    getUser: vi.fn(async () => user),
    removeUser: vi.fn(async () => {
      user = null;
      handlers.unloaded.forEach((h) => h());
    }),
    signinSilent: vi.fn(async (): Promise<User | null> => {
      throw new Error('login_required');
    }),
    signinRedirect: vi.fn(async () => {}),
    signinRedirectCallback: vi.fn(async () => {
      user = userFor('radgivningssjukskoterska');
      Object.assign(user, { state: { returnTo: '/tjanster?q=intyg' } });
      return user;
    }),
    signoutRedirect: vi.fn(async () => {}),
    /** The provider's session holds unless a test says otherwise. */
    querySessionStatus: vi.fn(async () => null as unknown),
    events: {
      addUserLoaded: (h: (u: User) => void) => handlers.loaded.add(h),
      removeUserLoaded: (h: (u: User) => void) => handlers.loaded.delete(h),
      addUserUnloaded: (h: () => void) => handlers.unloaded.add(h),
      removeUserUnloaded: (h: () => void) => handlers.unloaded.delete(h),
      addSilentRenewError: (h: (e: Error) => void) => handlers.renewError.add(h),
      removeSilentRenewError: (h: (e: Error) => void) => handlers.renewError.delete(h),
    },
    raiseRenewError: () => handlers.renewError.forEach((h) => h(new Error('login_required'))),
  };
  return fake;
}

/** The fake behind the auth feature's SessionClient, as the app's providers take it. */
export const fakeSessionClient = (userManager: FakeUserManager) => ({
  mayHaveSession: () => true,
  load: async () => userManager as unknown as UserManager,
});
