// @vitest-environment node
import { generateKeyPairSync } from 'node:crypto';
import { createRemoteJWKSet, decodeJwt, jwtVerify, type JWK } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEV } from '../dev-config';
import type { RunningServer } from '../idp/http-server';
import { SERVER_CLIENT_ID } from './clients';
import {
  APP,
  authorize,
  authorizeParams,
  bearer,
  clientAssertion,
  createLaunch,
  exchange,
  DOCTOR,
  launchWithToken,
  pkce,
  redirectParams,
  SCOPE,
  SERVER_REDIRECT_URI,
  startTestJournal,
  token,
  TOLVAN,
} from './testing';

let journal: RunningServer;
beforeAll(async () => {
  journal = await startTestJournal();
});
afterAll(() => journal.close());

const json = async (response: Response) => (await response.json()) as Record<string, unknown>;

describe('discovery', () => {
  it('publishes the SMART configuration of the working installation', async () => {
    const response = await fetch(`${journal.url}/fhir/.well-known/smart-configuration`);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.json()).toMatchObject({
      issuer: `${journal.url}/smart`,
      jwks_uri: `${journal.url}/smart/jwks`,
      authorization_endpoint: `${journal.url}/smart/authorize`,
      token_endpoint: `${journal.url}/smart/token`,
      token_endpoint_auth_methods_supported: ['none', 'private_key_jwt'],
      token_endpoint_auth_signing_alg_values_supported: ['RS384', 'ES384'],
      code_challenge_methods_supported: ['S256'],
      capabilities: expect.arrayContaining(['launch-ehr', 'context-ehr-patient', 'permission-v2']),
      scopes_supported: expect.arrayContaining(['launch', 'patient/Condition.rs']),
    });
  });

  it('answers 500 with an OperationOutcome on the installation whose discovery fails', async () => {
    const response = await fetch(
      `${journal.url}/fel/discovery/fhir/.well-known/smart-configuration`,
    );
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ resourceType: 'OperationOutcome' });
  });

  it('offers only plain PKCE on the installation without S256', async () => {
    const response = await fetch(`${journal.url}/fel/s256/fhir/.well-known/smart-configuration`);
    expect(await response.json()).toMatchObject({ code_challenge_methods_supported: ['plain'] });
  });

  it('publishes a CapabilityStatement with the SMART security extension', async () => {
    const response = await fetch(`${journal.url}/fhir/metadata`);
    expect(response.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    const statement = await json(response);
    expect(statement).toMatchObject({ resourceType: 'CapabilityStatement', fhirVersion: '4.0.1' });
    expect(JSON.stringify(statement)).toContain(`${journal.url}/smart/authorize`);
  });
});

describe('the EHR launch', () => {
  it('goes from launch to token to the patient and the active diagnoses', async () => {
    const launch = await createLaunch(journal, { patientId: TOLVAN, encounterId: 'enc-0002' });
    expect(launch.launch).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect(launch.launchUrl).toBe(
      `${APP}/launch?${new URLSearchParams({ iss: `${journal.url}/fhir`, launch: launch.launch })}`,
    );

    const { verifier, challenge } = pkce();
    const redirect = await authorize(
      journal,
      authorizeParams(launch, challenge, { scope: `${SCOPE} patient/Observation.rs` }),
    );
    const params = redirectParams(redirect);
    expect(params.get('state')).toBe('state-1');

    const preflight = await fetch(`${journal.url}/smart/token`, {
      method: 'OPTIONS',
      headers: { Origin: APP, 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(APP);

    const response = await exchange(journal, params.get('code')!, verifier);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    const body = await json(response);
    expect(body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      // The unknown scope is dropped, the rest granted.
      scope: SCOPE,
      patient: TOLVAN,
      encounter: 'enc-0002',
      need_patient_banner: true,
    });

    const keys = createRemoteJWKSet(new URL(`${journal.url}/smart/jwks`));
    const { payload: access } = await jwtVerify(body.access_token as string, keys, {
      issuer: `${journal.url}/smart`,
      audience: launch.iss,
    });
    expect(access).toMatchObject({
      sub: DOCTOR,
      client_id: DEV.smartClientId,
      patient: TOLVAN,
      launch_id: launch.launch,
    });
    const { payload: id } = await jwtVerify(body.id_token as string, keys, {
      issuer: `${journal.url}/smart`,
      audience: DEV.smartClientId,
    });
    expect(id).toMatchObject({
      sub: DOCTOR,
      employeeHsaId: DOCTOR,
      name: 'Anna Lindqvist',
      fhirUser: `${launch.iss}/Practitioner/prac-0001`,
    });

    const patient = await fetch(`${launch.iss}/Patient/${TOLVAN}`, {
      headers: bearer(body.access_token as string),
    });
    expect(patient.status).toBe(200);
    expect(await patient.json()).toMatchObject({
      resourceType: 'Patient',
      id: TOLVAN,
      identifier: [
        { system: 'http://electronichealth.se/identifier/personnummer', value: '191212121212' },
      ],
    });
    const conditions = await fetch(
      `${launch.iss}/Condition?patient=${TOLVAN}&clinical-status=active`,
      { headers: bearer(body.access_token as string) },
    );
    const bundle = (await conditions.json()) as {
      total: number;
      entry: { resource: { code: { coding: { code: string }[] } } }[];
    };
    expect(bundle.total).toBe(2);
    expect(bundle.entry.map((e) => e.resource.code.coding[0]!.code)).toEqual(['E11', 'I10']);

    const listed = (await (await fetch(`${journal.url}/api/launches`)).json()) as {
      launches: { launch: string; status: string; statusText: string }[];
    };
    expect(listed.launches[0]).toMatchObject({
      launch: launch.launch,
      status: 'token-issued',
      statusText: 'Token utfärdad',
    });
  });

  it('gives no ID token without openid, and no fhirUser without its scope', async () => {
    const bare = await launchWithToken(journal, {}, 'launch patient/Patient.rs');
    expect(bare.id_token).toBeUndefined();
    const noFhirUser = await launchWithToken(journal, {}, 'launch openid patient/Patient.rs');
    expect(decodeJwt(noFhirUser.id_token!).fhirUser).toBeUndefined();
  });

  it('refuses a wrong code_verifier (PKCE)', async () => {
    const launch = await createLaunch(journal);
    const { challenge } = pkce();
    const params = redirectParams(await authorize(journal, authorizeParams(launch, challenge)));
    const response = await exchange(journal, params.get('code')!, pkce().verifier);
    expect(response.status).toBe(400);
    expect(await json(response)).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses an authorization request without S256 PKCE', async () => {
    const launch = await createLaunch(journal);
    const params = redirectParams(
      await authorize(journal, {
        ...authorizeParams(launch, pkce().verifier),
        code_challenge_method: 'plain',
      }),
    );
    expect(params.get('error')).toBe('invalid_request');
    expect(params.get('state')).toBe('state-1');
  });

  it('lets a code be used once only', async () => {
    const launch = await createLaunch(journal);
    const { verifier, challenge } = pkce();
    const params = redirectParams(await authorize(journal, authorizeParams(launch, challenge)));
    const first = await json(await exchange(journal, params.get('code')!, verifier));
    const again = await exchange(journal, params.get('code')!, verifier);
    expect(again.status).toBe(400);
    expect(await json(again)).toMatchObject({ error: 'invalid_grant' });
    // The tokens of a replayed code are revoked.
    const read = await fetch(`${launch.iss}/Patient/${TOLVAN}`, {
      headers: bearer(first.access_token as string),
    });
    expect(read.status).toBe(401);
  });

  it('refuses a launch value used before', async () => {
    const launch = await createLaunch(journal);
    redirectParams(await authorize(journal, authorizeParams(launch, pkce().challenge)));
    const params = redirectParams(
      await authorize(journal, authorizeParams(launch, pkce().challenge, { state: 'state-2' })),
    );
    expect(params.get('error')).toBe('invalid_request');
    expect(params.get('error_description')).toContain('redan använts');
    expect(params.get('state')).toBe('state-2');
    expect(params.get('code')).toBeNull();
  });

  it('refuses an aud that is not the launch’s iss', async () => {
    const launch = await createLaunch(journal);
    const params = redirectParams(
      await authorize(
        journal,
        authorizeParams(launch, pkce().challenge, { aud: `${journal.url}/fel/s256/fhir` }),
      ),
    );
    expect(params.get('error')).toBe('invalid_request');
    expect(params.get('code')).toBeNull();
  });

  it('refuses an unknown launch and a request without the launch scope', async () => {
    const unknown = redirectParams(
      await authorize(
        journal,
        authorizeParams({ launch: 'x'.repeat(32), iss: `${journal.url}/fhir` }, pkce().challenge),
      ),
    );
    expect(unknown.get('error')).toBe('invalid_request');
    const launch = await createLaunch(journal);
    const noScope = redirectParams(
      await authorize(journal, authorizeParams(launch, pkce().challenge, { scope: 'openid' })),
    );
    expect(noScope.get('error')).toBe('invalid_scope');
  });

  it('shows its own page, and does not redirect, for an unregistered redirect_uri', async () => {
    const launch = await createLaunch(journal);
    const response = await authorize(
      journal,
      authorizeParams(launch, pkce().challenge, { redirect_uri: 'https://evil.example/cb' }),
    );
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('inte registrerad');
  });

  it('shows its own page for an unknown client', async () => {
    const launch = await createLaunch(journal);
    const response = await authorize(
      journal,
      authorizeParams(launch, pkce().challenge, { client_id: 'okand-app' }),
    );
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
  });
});

describe('simulated faults at the authorization server', () => {
  it('authorize-denied: access_denied with the state', async () => {
    const launch = await createLaunch(journal, { fault: 'authorize-denied' });
    const params = redirectParams(
      await authorize(journal, authorizeParams(launch, pkce().challenge)),
    );
    expect(params.get('error')).toBe('access_denied');
    expect(params.get('state')).toBe('state-1');
  });

  it('state-mismatch: a code with another state', async () => {
    const launch = await createLaunch(journal, { fault: 'state-mismatch' });
    const params = redirectParams(
      await authorize(journal, authorizeParams(launch, pkce().challenge)),
    );
    expect(params.get('code')).toBeTruthy();
    expect(params.get('state')).not.toBe('state-1');
  });

  it('token-error: 500 server_error', async () => {
    const launch = await createLaunch(journal, { fault: 'token-error' });
    const { verifier, challenge } = pkce();
    const params = redirectParams(await authorize(journal, authorizeParams(launch, challenge)));
    const response = await exchange(journal, params.get('code')!, verifier);
    expect(response.status).toBe(500);
    expect(await json(response)).toMatchObject({ error: 'server_error' });
  });

  it('token-without-patient: the token response names no patient', async () => {
    const body = await launchWithToken(journal, { fault: 'token-without-patient' });
    expect(body.access_token).toBeTruthy();
    expect(body).not.toHaveProperty('patient');
  });
});

describe('the confidential client (private_key_jwt)', () => {
  async function serverCode() {
    const launch = await createLaunch(journal);
    const { verifier, challenge } = pkce();
    const params = redirectParams(
      await authorize(
        journal,
        authorizeParams(launch, challenge, {
          client_id: SERVER_CLIENT_ID,
          redirect_uri: SERVER_REDIRECT_URI,
        }),
      ),
      SERVER_REDIRECT_URI,
    );
    return { code: params.get('code')!, verifier };
  }

  const exchange = (code: { code: string; verifier: string }, assertion: string) =>
    token(journal, {
      grant_type: 'authorization_code',
      code: code.code,
      redirect_uri: SERVER_REDIRECT_URI,
      code_verifier: code.verifier,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
    });

  const tokenEndpoint = () => `${journal.url}/smart/token`;

  it('accepts a good assertion', async () => {
    const response = await exchange(await serverCode(), await clientAssertion(tokenEndpoint()));
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(decodeJwt(body.access_token as string).client_id).toBe(SERVER_CLIENT_ID);
  });

  it('refuses an assertion signed with another key', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
    const other = privateKey.export({ format: 'jwk' }) as JWK;
    const response = await exchange(
      await serverCode(),
      await clientAssertion(tokenEndpoint(), { key: other }),
    );
    expect(response.status).toBe(401);
    expect(await json(response)).toMatchObject({ error: 'invalid_client' });
  });

  it('refuses an assertion for another audience', async () => {
    const response = await exchange(
      await serverCode(),
      await clientAssertion(`${journal.url}/smart/authorize`),
    );
    expect(response.status).toBe(401);
    expect(await json(response)).toMatchObject({ error: 'invalid_client' });
  });

  it('refuses an assertion valid longer than five minutes', async () => {
    const response = await exchange(
      await serverCode(),
      await clientAssertion(tokenEndpoint(), { expiresIn: '10m' }),
    );
    expect(response.status).toBe(401);
  });

  it('refuses a jti used before', async () => {
    const assertion = await clientAssertion(tokenEndpoint(), { jti: 'samma-jti' });
    expect((await exchange(await serverCode(), assertion)).status).toBe(200);
    const again = await exchange(await serverCode(), assertion);
    expect(again.status).toBe(401);
    expect(await json(again)).toMatchObject({ error: 'invalid_client' });
  });

  it('refuses the confidential client without an assertion', async () => {
    const code = await serverCode();
    const response = await token(journal, {
      grant_type: 'authorization_code',
      code: code.code,
      redirect_uri: SERVER_REDIRECT_URI,
      code_verifier: code.verifier,
      client_id: SERVER_CLIENT_ID,
    });
    expect(response.status).toBe(401);
  });
});

describe('lifetimes', () => {
  afterEach(() => vi.useRealTimers());

  it('refuses a launch value after five minutes, and lists it as expired', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const launch = await createLaunch(journal);
    vi.setSystemTime(Date.now() + 5 * 60_000 + 1000);
    const listed = (await (await fetch(`${journal.url}/api/launches`)).json()) as {
      launches: { launch: string; statusText: string }[];
    };
    expect(listed.launches.find((l) => l.launch === launch.launch)?.statusText).toBe('Utgången');
    const params = redirectParams(
      await authorize(journal, authorizeParams(launch, pkce().challenge)),
    );
    expect(params.get('error')).toBe('invalid_request');
    expect(params.get('error_description')).toContain('gått ut');
  });

  it('refuses a code after 60 seconds', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const launch = await createLaunch(journal);
    const { verifier, challenge } = pkce();
    const params = redirectParams(await authorize(journal, authorizeParams(launch, challenge)));
    vi.setSystemTime(Date.now() + 61_000);
    const response = await exchange(journal, params.get('code')!, verifier);
    expect(response.status).toBe(400);
    expect(await json(response)).toMatchObject({ error: 'invalid_grant' });
  });
});
