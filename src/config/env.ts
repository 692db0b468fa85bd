import { z } from 'zod';

/**
 * The app's configuration, read once from Vite's environment. The defaults are the local
 * development stack (mocks/dev-config.ts), so `npm start` needs no .env file.
 */
const envSchema = z.object({
  VITE_OIDC_AUTHORITY: z.url().default('http://localhost:4400'),
  VITE_OIDC_CLIENT_ID: z.string().min(1).default('vardpersonal-web'),
  /** Minutes without activity before a shared workstation is logged out. */
  VITE_IDLE_TIMEOUT_MINUTES: z.coerce.number().positive().default(20),
  /** How long before the idle logout the warning dialog appears. */
  VITE_IDLE_WARNING_SECONDS: z.coerce.number().positive().default(120),
  /** 'off' talks to real backends; anything else starts the MSW mock backends. */
  VITE_API_MOCKING: z.enum(['on', 'off']).default('on'),
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
  };
}

export const env = parseEnv();
