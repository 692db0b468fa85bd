import { generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { DEV } from '../dev-config';
import { findStaff, type StaffMember } from '../idp/staff';
import { authHeaders, signAccessToken, TEST_KEY_ID } from '../lib/test-tokens';
import type { ServiceDetailResponse, ServiceListResponse } from './handlers';

const SERVICES_URL = `${DEV.appOrigin}/api/service-catalog/v1/services`;

const staff = (accountId: string): StaffMember => {
  const person = findStaff(accountId);
  if (!person) throw new Error(`No test person ${accountId}`);
  return person;
};

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const nowInSeconds = () => Math.floor(Date.now() / 1000);

async function expectInvalidToken(response: Response, message: string) {
  expect(response.status).toBe(401);
  expect(response.headers.get('WWW-Authenticate')).toBe(
    'Bearer realm="vardpersonal", error="invalid_token"',
  );
  expect(await response.json()).toEqual({ error: { code: 'invalid_token', message } });
}

const INVALID = 'Din inloggning är inte giltig. Logga in igen.';

describe('GET /api/service-catalog/v1/services – authentication', () => {
  it('401 without a token', async () => {
    const response = await fetch(SERVICES_URL);
    expect(response.status).toBe(401);
    expect(response.headers.get('WWW-Authenticate')).toBe('Bearer realm="vardpersonal"');
    expect(await response.json()).toEqual({
      error: { code: 'missing_token', message: 'Du behöver logga in för att använda tjänsten.' },
    });
  });

  it('401 with something that is not a JWT', async () => {
    await expectInvalidToken(
      await fetch(SERVICES_URL, { headers: bearer('inte-en-jwt') }),
      INVALID,
    );
  });

  it('401 with an expired token', async () => {
    const token = await signAccessToken(staff('lakare'), {
      iat: nowInSeconds() - 3600,
      exp: nowInSeconds() - 120,
    });
    await expectInvalidToken(
      await fetch(SERVICES_URL, { headers: bearer(token) }),
      'Din inloggning har gått ut. Logga in igen.',
    );
  });

  it('accepts a token that expired within the clock tolerance', async () => {
    const token = await signAccessToken(staff('lakare'), {
      iat: nowInSeconds() - 3600,
      exp: nowInSeconds() - 5,
    });
    expect((await fetch(SERVICES_URL, { headers: bearer(token) })).status).toBe(200);
  });

  it('401 with a token for another audience', async () => {
    const token = await signAccessToken(staff('lakare'), { aud: DEV.appClientId });
    await expectInvalidToken(await fetch(SERVICES_URL, { headers: bearer(token) }), INVALID);
  });

  it('401 with a token from another issuer', async () => {
    const token = await signAccessToken(staff('lakare'), { iss: 'http://localhost:9999' });
    await expectInvalidToken(await fetch(SERVICES_URL, { headers: bearer(token) }), INVALID);
  });

  it('401 with a token signed by another key, under our key id or another', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    for (const kid of [TEST_KEY_ID, 'some-other-key']) {
      const token = await signAccessToken(staff('lakare'), { signWith: { privateKey, kid } });
      await expectInvalidToken(await fetch(SERVICES_URL, { headers: bearer(token) }), INVALID);
    }
  });

  it('401 with a valid signature but claims we cannot use', async () => {
    const token = await signAccessToken(staff('lakare'), {
      claims: { acr: 'http://id.sambi.se/loa/loa1' },
    });
    await expectInvalidToken(
      await fetch(SERVICES_URL, { headers: bearer(token) }),
      'Din inloggning saknar uppgifter som tjänsten behöver. Logga in igen.',
    );
  });

  it('403 with a commission that is not in the token', async () => {
    const response = await fetch(SERVICES_URL, {
      // The Statistiker's commission, asked for by the Läkare.
      headers: await authHeaders(staff('lakare'), { commissionHsaId: 'SE2321000016-C7001' }),
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      error: {
        code: 'commission_not_in_token',
        message:
          'Medarbetaruppdraget du har valt finns inte i din inloggning. Välj ett annat uppdrag eller logga in igen.',
      },
    });
  });
});

describe('GET /api/service-catalog/v1/services – the catalog', () => {
  async function catalogFor(
    accountId: string,
    commissionHsaId?: string,
  ): Promise<ServiceListResponse> {
    const options = commissionHsaId === undefined ? {} : { commissionHsaId };
    const response = await fetch(SERVICES_URL, {
      headers: await authHeaders(staff(accountId), options),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    return (await response.json()) as ServiceListResponse;
  }

  const grantedIds = (body: ServiceListResponse) =>
    body.services
      .filter((s) => s.access.granted)
      .map((s) => s.id)
      .sort();

  it('returns every service with the access decided for the Läkare’s active commission', async () => {
    const body = await catalogFor('lakare', 'SE2321000016-C1002');

    expect(body.caller).toEqual({
      employeeHsaId: 'SE2321000016-E1001',
      activeCommissionHsaId: 'SE2321000016-C1002',
    });
    expect(body.services).toHaveLength(17);
    expect(grantedIds(body)).toEqual([
      'eira',
      'elektronisk-remiss',
      'formularhantering',
      'hjalpmedelstjansten',
      'infektionsverktyget',
      'nitha',
      'personalverktyg',
      'radgivningsstodet',
      'rehabstod',
      'rikshandboken',
      'sil-online',
      'stod-och-behandling',
      'vardhandboken',
      'webcert',
    ]);

    const webcert = body.services.find((s) => s.id === 'webcert');
    expect(webcert).toMatchObject({
      name: 'Intyg och läkarintyg – Webcert',
      category: 'Intyg och sjukskrivning',
      requiredLogin: { method: 'siths', loa: 3 },
      singleSignOn: true,
      launchUrl: `${DEV.demoServiceOrigin}/?tjanst=webcert`,
      productionUrl: 'https://webcert.intygstjanster.se',
      keywords: expect.arrayContaining(['sjukintyg', 'FK', 'Försäkringskassan']),
      access: { granted: true },
    });
    expect(body.services.find((s) => s.id === 'e-frikort')?.access).toEqual({
      granted: false,
      reasons: [
        {
          code: 'system_role_required',
          message:
            'Kräver behörighet som användare av e-frikort. Den ges av din behörighetsadministratör.',
        },
      ],
    });
  });

  it('refuses the Vårdadministratör Webcert with a reason, and grants e-frikort', async () => {
    const body = await catalogFor('vardadministrator', 'SE2321000016-C5001');
    expect(body.services.find((s) => s.id === 'webcert')?.access).toEqual({
      granted: false,
      reasons: [
        {
          code: 'commission_purpose_required',
          message: 'Kräver medarbetaruppdrag med syftet Vård och behandling',
        },
      ],
    });
    expect(body.services.find((s) => s.id === 'e-frikort')?.access).toEqual({ granted: true });
  });

  it('gives the Undersköterska with a password login only the open services', async () => {
    const body = await catalogFor('underskoterska');
    expect(body.caller).toEqual({
      employeeHsaId: 'SE2120000142-E3001',
      activeCommissionHsaId: null,
    });
    expect(grantedIds(body)).toEqual(['eira', 'rikshandboken', 'sil-online', 'vardhandboken']);
    expect(body.services.find((s) => s.id === 'webcert')?.access).toEqual({
      granted: false,
      reasons: [
        {
          code: 'siths_required',
          message: 'Kräver inloggning med SITHS-kort – du är inloggad med lösenord',
        },
        {
          code: 'commission_purpose_required',
          message: 'Kräver medarbetaruppdrag med syftet Vård och behandling',
        },
      ],
    });
  });

  it('without X-Commission-HsaId decides on no active commission', async () => {
    const body = await catalogFor('lakare');
    expect(body.caller.activeCommissionHsaId).toBeNull();
    expect(grantedIds(body)).toEqual(['eira', 'rikshandboken', 'sil-online', 'vardhandboken']);
  });

  it('grants the Statistiker Intygsstatistik', async () => {
    const body = await catalogFor('statistiker', 'SE2321000016-C7001');
    expect(grantedIds(body)).toEqual([
      'eira',
      'intygsstatistik',
      'rikshandboken',
      'sil-online',
      'statistiktjansten',
      'vardhandboken',
    ]);
  });

  it('trusts the token, not the seed data: a commission removed from the token grants nothing', async () => {
    const headers = await authHeaders(staff('lakare'), { token: { claims: { commissions: [] } } });
    const response = await fetch(SERVICES_URL, {
      headers: { ...headers, 'X-Commission-HsaId': 'SE2321000016-C1001' },
    });
    expect(response.status).toBe(403);
  });
});

describe('GET /api/service-catalog/v1/services/:id', () => {
  it('returns one service with its access', async () => {
    const response = await fetch(`${SERVICES_URL}/intygsstatistik`, {
      headers: await authHeaders(staff('statistiker'), { commissionHsaId: 'SE2321000016-C7001' }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as ServiceDetailResponse;
    expect(body.service).toMatchObject({ id: 'intygsstatistik', access: { granted: true } });
    expect(body.caller).toEqual({
      employeeHsaId: 'SE2321000016-E7001',
      activeCommissionHsaId: 'SE2321000016-C7001',
    });
  });

  it('404 for an unknown id', async () => {
    const response = await fetch(`${SERVICES_URL}/finns-inte`, {
      headers: await authHeaders(staff('lakare')),
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: 'service_not_found', message: 'Tjänsten finns inte i tjänstekatalogen.' },
    });
  });

  it('401 without a token, before saying whether the service exists', async () => {
    expect((await fetch(`${SERVICES_URL}/finns-inte`)).status).toBe(401);
  });
});
