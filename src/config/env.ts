// zod/mini: this runs on every page, and the mini build keeps the first download small.
import { z } from 'zod/mini';

/**
 * The app's configuration, read once from Vite's environment. The defaults are the local
 * development stack (mocks/dev-config.ts), so `npm start` needs no .env file.
 */
const envSchema = z.object({
  VITE_OIDC_AUTHORITY: z._default(z.url(), 'http://localhost:4400'),
  VITE_OIDC_CLIENT_ID: z._default(z.string().check(z.minLength(1)), 'vardpersonal-web'),
  /** Minutes without activity before a shared workstation is logged out. */
  VITE_IDLE_TIMEOUT_MINUTES: z._default(z.coerce.number().check(z.positive()), 20),
  /** How long before the idle logout the warning dialog appears. */
  VITE_IDLE_WARNING_SECONDS: z._default(z.coerce.number().check(z.positive()), 120),
  /** 'off' talks to real backends; anything else starts the MSW mock backends. */
  VITE_API_MOCKING: z._default(z.enum(['on', 'off']), 'on'),
  /** 'off' refuses the direct launch URL (/launch?patient=…); the opaque handle always works. */
  VITE_DIRECT_LAUNCH: z._default(z.enum(['on', 'off']), 'on'),
});

function parseEnv() {
  const result = envSchema.safeParse(import.meta.env);
  if (!result.success) {
    throw new Error(`Felaktig konfiguration (miljövariabler):\n${z.prettifyError(result.error)}`);
  }
  const env = result.data;
  return {
    oidcAuthority: env.VITE_OIDC_AUTHORITY,
    oidcClientId: env.VITE_OIDC_CLIENT_ID,
    idleTimeoutMs: env.VITE_IDLE_TIMEOUT_MINUTES * 60_000,
    idleWarningMs: env.VITE_IDLE_WARNING_SECONDS * 1000,
    apiMocking: env.VITE_API_MOCKING === 'on',
    directLaunchEnabled: env.VITE_DIRECT_LAUNCH === 'on',
  };
}

export const env = parseEnv();
