/**
 * Addresses of the local development stack. The app reads the same values from its
 * environment (src/config/env.ts) with these as defaults; the provider and the mock
 * backends import them from here. (In the browser there is no `process`.)
 */
const env: Record<string, string | undefined> = typeof process === 'undefined' ? {} : process.env;

export const DEV = {
  appOrigin: env.APP_ORIGIN ?? 'http://localhost:5173',
  issuer: env.OIDC_ISSUER ?? 'http://localhost:4400',
  demoServiceOrigin: env.DEMO_SERVICE_ORIGIN ?? 'http://localhost:4401',
  /** The mock-API service: every backend we stand in for (mocks/server). */
  mockApiOrigin: env.MOCK_API_ORIGIN ?? 'http://localhost:4402',
  /** The mock journal system: patient list, FHIR R4 server, SMART authorization server. */
  journalOrigin: env.JOURNAL_ORIGIN ?? 'http://localhost:4404',
  /** The audience of every access token: our APIs. */
  apiAudience: 'urn:vardpersonal:api',
  appClientId: 'vardpersonal-web',
  demoServiceClientId: 'demo-tjanst',
  /** Our client id at the journal system's SMART authorization server. */
  smartClientId: 'vardpersonal-web',
} as const;

/**
 * The journal system's FHIR bases (SMART `iss`) that the workspace trusts locally: the working
 * installation and two that are broken on purpose (discovery fails; discovery without S256), so
 * the bad-discovery cases can be tried end to end. A real deployment lists each region's own.
 */
export const JOURNAL_FHIR_BASES = {
  working: `${DEV.journalOrigin}/fhir`,
  discoveryFails: `${DEV.journalOrigin}/fel/discovery/fhir`,
  withoutS256: `${DEV.journalOrigin}/fel/s256/fhir`,
} as const;
