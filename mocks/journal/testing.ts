/**
 * Test helpers for the journal system: what an app does in a SMART EHR launch, over real HTTP
 * against a journal started on 127.0.0.1 (the only host the Vitest setup lets past MSW).
 */
import { createHash, randomBytes } from 'node:crypto';
import { importJWK, SignJWT, type JWK } from 'jose';
import { DEV } from '../dev-config';
import { findStaff } from '../idp/staff';
import type { RunningServer } from '../idp/http-server';
import { startJournal } from './app';
import { SERVER_CLIENT_ID, SERVER_CLIENT_TEST_PRIVATE_JWK } from './clients';

export const APP = 'http://127.0.0.1:5173';
/** Not 127.0.0.1: MSW's in-process handlers answer the mock-API service here. */
export const MOCK_API = 'http://localhost:4402';
export const REDIRECT_URI = `${APP}/launch/smart`;
export const SERVER_REDIRECT_URI = `${APP}/api/launch/smart/callback`;
export const DOCTOR = findStaff('lakare')!.employeeHsaId;
export const SCOPE =
  'launch openid fhirUser patient/Patient.rs patient/Condition.rs patient/Encounter.rs';

export const TOLVAN = 'pat-0001';
export const JONAS = 'pat-0002';

export const startTestJournal = (): Promise<RunningServer> =>
  startJournal({ port: 0, host: '127.0.0.1', appOrigin: APP, mockApiOrigin: MOCK_API });

export function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export type LaunchBody = {
  patientId?: string;
  iss?: string;
  encounterId?: string | null;
  user?: string;
  fault?: string;
};

export async function createLaunch(
  journal: RunningServer,
  body: LaunchBody = {},
): Promise<{ launch: string; launchUrl: string; iss: string }> {
  const response = await fetch(`${journal.url}/api/launches`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ patientId: TOLVAN, user: DOCTOR, ...body }),
  });
  if (response.status !== 201) throw new Error(`POST /api/launches: ${response.status}`);
  const created = (await response.json()) as { launch: string; launchUrl: string };
  return { ...created, iss: new URL(created.launchUrl).searchParams.get('iss')! };
}

/** GET /smart/authorize without following the redirect. */
export function authorize(
  journal: RunningServer,
  params: Record<string, string>,
): Promise<Response> {
  return fetch(`${journal.url}/smart/authorize?${new URLSearchParams(params)}`, {
    redirect: 'manual',
  });
}

export function authorizeParams(
  launch: { launch: string; iss: string },
  challenge: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    response_type: 'code',
    client_id: DEV.smartClientId,
    redirect_uri: REDIRECT_URI,
    launch: launch.launch,
    scope: SCOPE,
    state: 'state-1',
    aud: launch.iss,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...extra,
  };
}

/** The parameters of the redirect back to the app (throws unless it is one). */
export function redirectParams(response: Response, redirectUri = REDIRECT_URI): URLSearchParams {
  const location = response.headers.get('location');
  if (response.status !== 302 || !location) throw new Error(`Not a redirect: ${response.status}`);
  const target = new URL(location);
  if (`${target.origin}${target.pathname}` !== redirectUri)
    throw new Error(`Elsewhere: ${location}`);
  return target.searchParams;
}

export function token(journal: RunningServer, form: Record<string, string>): Promise<Response> {
  return fetch(`${journal.url}/smart/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
}

/** The public client's token request for a code. */
export function exchange(
  journal: RunningServer,
  code: string,
  verifier: string,
): Promise<Response> {
  return token(journal, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT_URI,
    code_verifier: verifier,
    client_id: DEV.smartClientId,
  });
}

export type TokenResponse = {
  access_token: string;
  token_type: string;
  expires_in: number;
  scope: string;
  id_token?: string;
  patient?: string;
  encounter?: string;
  need_patient_banner: boolean;
};

/** A launch, authorize and token, as the public client: the token response. */
export async function launchWithToken(
  journal: RunningServer,
  body: LaunchBody = {},
  scope = SCOPE,
): Promise<TokenResponse & { iss: string }> {
  const launch = await createLaunch(journal, body);
  const { verifier, challenge } = pkce();
  const params = redirectParams(
    await authorize(journal, authorizeParams(launch, challenge, { scope })),
  );
  const response = await exchange(journal, params.get('code')!, verifier);
  if (response.status !== 200)
    throw new Error(`Token: ${response.status} ${await response.text()}`);
  return { ...((await response.json()) as TokenResponse), iss: launch.iss };
}

/** A client assertion of vardpersonal-server, signed with its test key unless told otherwise. */
export async function clientAssertion(
  audience: string,
  options: { jti?: string; key?: JWK; expiresIn?: string } = {},
): Promise<string> {
  const jwk = options.key ?? SERVER_CLIENT_TEST_PRIVATE_JWK;
  return new SignJWT({})
    .setProtectedHeader({ alg: 'ES384', kid: SERVER_CLIENT_TEST_PRIVATE_JWK.kid, typ: 'JWT' })
    .setIssuer(SERVER_CLIENT_ID)
    .setSubject(SERVER_CLIENT_ID)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '2m')
    .setJti(options.jti ?? randomBytes(16).toString('hex'))
    .sign(await importJWK(jwk, 'ES384'));
}

export const bearer = (accessToken: string) => ({ Authorization: `Bearer ${accessToken}` });
