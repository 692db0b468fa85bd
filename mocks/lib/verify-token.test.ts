import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { DEV } from '../dev-config';
import { findStaff, LOA2, LOA3, type StaffMember } from '../idp/staff';
import { server } from '../node';
import { authHeaders, signAccessToken, testJwksHandler, trustTestKeys } from './test-tokens';
import { authenticate, setJwksForTests, type AuthResult } from './verify-token';

const URL = `${DEV.appOrigin}/api/anything`;

const staff = (accountId: string): StaffMember => {
  const person = findStaff(accountId);
  if (!person) throw new Error(`No test person ${accountId}`);
  return person;
};

const request = (headers: Record<string, string>) => new Request(URL, { headers });

async function refusal(result: AuthResult): Promise<{ status: number; code: string }> {
  if (result.ok) throw new Error('Expected the request to be refused');
  const body = (await result.response.json()) as { error: { code: string } };
  return { status: result.response.status, code: body.error.code };
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('authenticate', () => {
  it('turns the token into a typed caller', async () => {
    const result = await authenticate(request(await authHeaders(staff('vardadministrator'))));
    expect(result).toEqual({
      ok: true,
      activeCommission: null,
      caller: {
        employeeHsaId: 'SE2321000016-E5001',
        givenName: 'Johan',
        familyName: 'Nilsson',
        title: 'Vårdadministratör',
        acr: LOA3,
        loa: 3,
        systemRoles: ['EFK;Användare'],
        commissions: staff('vardadministrator').commissions,
      },
    });
  });

  it('reads LoA 2 from a password login', async () => {
    const result = await authenticate(request(await authHeaders(staff('underskoterska'))));
    expect(result.ok && result.caller).toMatchObject({ acr: LOA2, loa: 2, commissions: [] });
  });

  it('picks the active commission from X-Commission-HsaId', async () => {
    const lakare = staff('lakare');
    const result = await authenticate(
      request(await authHeaders(lakare, { commissionHsaId: 'SE2321000016-C1002' })),
    );
    expect(result.ok && result.activeCommission).toEqual(lakare.commissions[1]);
  });

  it('treats an empty X-Commission-HsaId as none', async () => {
    const result = await authenticate(
      request(await authHeaders(staff('lakare'), { commissionHsaId: '' })),
    );
    expect(result.ok && result.activeCommission).toBeNull();
  });

  it('refuses another scheme than Bearer as a missing token', async () => {
    expect(
      await refusal(await authenticate(request({ Authorization: 'Basic bGFrYXJlOmxha2FyZQ==' }))),
    ).toEqual({
      status: 401,
      code: 'missing_token',
    });
  });

  it('refuses a token without exp', async () => {
    const token = await signAccessToken(staff('lakare'), { claims: { exp: undefined } });
    expect(
      await refusal(await authenticate(request({ Authorization: `Bearer ${token}` }))),
    ).toEqual({
      status: 401,
      code: 'invalid_token',
    });
  });

  it('refuses a token the provider issued to another client, such as the demo service', async () => {
    const demoService = await signAccessToken(staff('lakare'), {
      claims: { client_id: DEV.demoServiceClientId },
    });
    expect(
      await refusal(await authenticate(request({ Authorization: `Bearer ${demoService}` }))),
    ).toEqual({ status: 401, code: 'invalid_token' });
    const noClient = await signAccessToken(staff('lakare'), { claims: { client_id: undefined } });
    expect(
      await refusal(await authenticate(request({ Authorization: `Bearer ${noClient}` }))),
    ).toEqual({ status: 401, code: 'invalid_token' });
  });

  it('takes azp as the client when the token has no client_id', async () => {
    const byAzp = (azp: string) =>
      signAccessToken(staff('lakare'), { claims: { client_id: undefined, azp } });
    const ours = await byAzp(DEV.appClientId);
    expect((await authenticate(request({ Authorization: `Bearer ${ours}` }))).ok).toBe(true);
    const theirs = await byAzp(DEV.demoServiceClientId);
    expect(
      await refusal(await authenticate(request({ Authorization: `Bearer ${theirs}` }))),
    ).toEqual({ status: 401, code: 'invalid_token' });
  });

  it('refuses an unsigned token (alg "none")', async () => {
    const signed = await signAccessToken(staff('lakare'));
    const payload = signed.split('.')[1];
    const unsigned = `${base64url({ alg: 'none', typ: 'at+jwt' })}.${payload}.`;
    expect(
      await refusal(await authenticate(request({ Authorization: `Bearer ${unsigned}` }))),
    ).toEqual({
      status: 401,
      code: 'invalid_token',
    });
  });
});

describe('authenticate against the provider’s remote JWKS (the dev and browser default)', () => {
  afterEach(() => trustTestKeys());

  it('fetches the keys from `${issuer}/jwks` and accepts a token they verify', async () => {
    setJwksForTests(null);
    server.use(testJwksHandler);
    let jwksRequests = 0;
    const countJwksRequests = ({ request: seen }: { request: Request }) => {
      if (seen.url === `${DEV.issuer}/jwks`) jwksRequests += 1;
    };
    server.events.on('request:start', countJwksRequests);

    try {
      const headers = await authHeaders(staff('lakare'));
      expect((await authenticate(request(headers))).ok).toBe(true);
      expect((await authenticate(request(headers))).ok).toBe(true);
      // Cached after the first fetch, as a resource server must.
      expect(jwksRequests).toBe(1);
    } finally {
      server.events.removeListener('request:start', countJwksRequests);
    }
  });

  it('answers 503 when the provider’s keys cannot be read', async () => {
    setJwksForTests(null);
    server.use(http.get(`${DEV.issuer}/jwks`, () => new HttpResponse(null, { status: 500 })));

    expect(await refusal(await authenticate(request(await authHeaders(staff('lakare')))))).toEqual({
      status: 503,
      code: 'auth_unavailable',
    });
  });
});
