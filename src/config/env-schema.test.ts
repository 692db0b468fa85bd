import { parseEnv } from './env-schema';

describe('parseEnv', () => {
  it('gives the local stack’s addresses when nothing is set, with the mocks and the direct launch off', () => {
    expect(parseEnv({})).toEqual({
      oidcAuthority: 'http://localhost:4400',
      oidcClientId: 'vardpersonal-web',
      idleTimeoutMs: 20 * 60_000,
      idleWarningMs: 120_000,
      apiMocking: false,
      directLaunchEnabled: false,
      smartIssuers: [
        'http://localhost:4404/fhir',
        'http://localhost:4404/fel/discovery/fhir',
        'http://localhost:4404/fel/s256/fhir',
      ],
      smartClientId: 'vardpersonal-web',
      serviceOrigins: [
        'http://localhost:4401',
        'https://www.inera.se',
        'https://www.silonline.se',
        'https://www.vardhandboken.se',
        'https://www.rikshandboken-bhv.se',
      ],
    });
  });

  it('reads the service origins as a list: https, http only on localhost, nothing but the origin', () => {
    expect(
      parseEnv({ VITE_SERVICE_ORIGINS: ' https://webcert.example.se/ ,http://127.0.0.1:4401' })
        .serviceOrigins,
    ).toEqual(['https://webcert.example.se', 'http://127.0.0.1:4401']);
    for (const bad of [
      'http://webcert.example.se',
      'javascript:alert(1)',
      'https://webcert.example.se/intyg',
      'https://a@webcert.example.se',
      'webcert.example.se',
      ',',
    ]) {
      expect(() => parseEnv({ VITE_SERVICE_ORIGINS: bad }), bad).toThrow(/VITE_SERVICE_ORIGINS/);
    }
  });

  it('reads the registered SMART issuers as a list and refuses anything but http(s)', () => {
    expect(
      parseEnv({ VITE_SMART_ISSUERS: ' https://fhir.a.example/r4 , https://fhir.b.example ' })
        .smartIssuers,
    ).toEqual(['https://fhir.a.example/r4', 'https://fhir.b.example']);
    expect(() => parseEnv({ VITE_SMART_ISSUERS: 'javascript:alert(1)' })).toThrow(
      /VITE_SMART_ISSUERS/,
    );
  });

  it('reads the variables as a deployment sets them', () => {
    const env = parseEnv({
      VITE_OIDC_AUTHORITY: 'https://idp.example.se',
      VITE_IDLE_TIMEOUT_MINUTES: '5',
      VITE_API_MOCKING: 'on',
      VITE_DIRECT_LAUNCH: 'on',
    });
    expect(env).toMatchObject({
      oidcAuthority: 'https://idp.example.se',
      idleTimeoutMs: 5 * 60_000,
      apiMocking: true,
      directLaunchEnabled: true,
    });
  });

  it('switches the mocks and the direct launch on only where the dev server, e2e and benchmark say so', async () => {
    const { loadEnv } = await import('vite');
    const development = parseEnv(loadEnv('development', process.cwd(), 'VITE_'));
    expect(development).toMatchObject({ apiMocking: true, directLaunchEnabled: true });
    const production = loadEnv('production', process.cwd(), 'VITE_');
    for (const name of ['VITE_API_MOCKING', 'VITE_DIRECT_LAUNCH']) {
      // A build reads no file that switches them on (the shell may, as e2e and the benchmark do).
      if (process.env[name] === undefined) expect(production[name], name).toBeUndefined();
    }
  });

  it('names every wrong variable in one message', () => {
    expect(() =>
      parseEnv({ VITE_OIDC_AUTHORITY: 'inte en adress', VITE_IDLE_TIMEOUT_MINUTES: '-1' }),
    ).toThrow(/Felaktig konfiguration[\s\S]*VITE_OIDC_AUTHORITY[\s\S]*VITE_IDLE_TIMEOUT_MINUTES/);
  });
});
