/**
 * Access tokens for Vitest, shaped exactly like the local identity provider's, signed with a key
 * pair made once per test file.
 *
 * Importing this module makes every mock backend trust that key (and only it) instead of the
 * provider's JWKS, so a test can call a backend with `await authHeaders(findStaff('lakare')!)`.
 */
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  SignJWT,
  type CryptoKey,
  type JSONWebKeySet,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { http, HttpResponse } from 'msw';
import { DEV } from '../dev-config';
import { identityClaimsOf, type StaffMember } from '../idp/staff';
import { COMMISSION_HEADER, setJwksForTests } from './verify-token';

// A test key in the browser would let anyone sign in as anyone: refuse outside Node (Vitest,
// and the mock-API service's tests and benchmark, which run the service against this key).
if (typeof process === 'undefined' || (typeof window !== 'undefined' && !process.env.VITEST)) {
  throw new Error('mocks/lib/test-tokens.ts is for tests in Node only.');
}

export const TEST_KEY_ID = 'vitest-signing-key';

const keyPair = generateKeyPair('RS256', { extractable: true });

const publicJwks: Promise<JSONWebKeySet> = keyPair.then(async ({ publicKey }) => ({
  keys: [{ ...(await exportJWK(publicKey)), kid: TEST_KEY_ID, alg: 'RS256', use: 'sig' }],
}));

const localKeySet = publicJwks.then((jwks) => createLocalJWKSet(jwks));

const testKeySet: JWTVerifyGetKey = async (protectedHeader, token) =>
  (await localKeySet)(protectedHeader, token);

/** Makes the backends trust the test key. Done on import; call again after `setJwksForTests(null)`. */
export function trustTestKeys(): void {
  setJwksForTests(testKeySet);
}
trustTestKeys();

/** The public half of the test key, as the provider would publish it. */
export function getTestJwks(): Promise<JSONWebKeySet> {
  return publicJwks;
}

/**
 * Serves the test key at the provider's JWKS address, for tests of the real remote-JWKS path
 * (`setJwksForTests(null)` + `server.use(testJwksHandler)`).
 */
export const testJwksHandler = http.get(`${DEV.issuer}/jwks`, async () =>
  HttpResponse.json(await publicJwks),
);

export type AccessTokenOverrides = {
  iss?: string;
  aud?: string | string[];
  /** Seconds since the epoch. Default: 15 minutes from now. */
  exp?: number;
  /** Seconds since the epoch. Default: now. */
  iat?: number;
  /** Replace or add claims, e.g. `{ commissions: [] }` or `{ acr: 'x' }`. `undefined` removes one. */
  claims?: Record<string, unknown>;
  /** Sign with another key, e.g. to prove a foreign signature is refused. */
  signWith?: { privateKey: CryptoKey; kid: string };
};

const nowInSeconds = (): number => Math.floor(Date.now() / 1000);

/** An RS256 access token for this person, with the provider's claims (see docs/service-catalog-api.md). */
export async function signAccessToken(
  person: StaffMember,
  overrides: AccessTokenOverrides = {},
): Promise<string> {
  const iat = overrides.iat ?? nowInSeconds();
  const payload: JWTPayload = {
    iss: overrides.iss ?? DEV.issuer,
    aud: overrides.aud ?? DEV.apiAudience,
    sub: person.accountId,
    iat,
    exp: overrides.exp ?? iat + 15 * 60,
    jti: crypto.randomUUID(),
    client_id: DEV.appClientId,
    scope: 'openid profile hsa',
    ...identityClaimsOf(person),
    ...overrides.claims,
  };
  for (const [name, value] of Object.entries(payload))
    if (value === undefined) delete payload[name];

  const { privateKey, kid } = overrides.signWith ?? {
    privateKey: (await keyPair).privateKey,
    kid: TEST_KEY_ID,
  };
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid })
    .sign(privateKey);
}

/**
 * Request headers for calling a mock backend as this person: a fresh token and, if given, the
 * active commission.
 */
export async function authHeaders(
  person: StaffMember,
  options: { commissionHsaId?: string; token?: AccessTokenOverrides } = {},
): Promise<Record<string, string>> {
  const headers: Record<string, string> = {
    Authorization: `Bearer ${await signAccessToken(person, options.token)}`,
  };
  if (options.commissionHsaId !== undefined) headers[COMMISSION_HEADER] = options.commissionHsaId;
  return headers;
}
