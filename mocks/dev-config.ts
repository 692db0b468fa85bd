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
  /** The audience of every access token: our APIs. */
  apiAudience: 'urn:vardpersonal:api',
  appClientId: 'vardpersonal-web',
  demoServiceClientId: 'demo-tjanst',
} as const;
