import { z } from 'zod';
import { isSecureOrLocal } from '../lib/launch-address';

/** A comma-separated list, each entry trimmed, empty entries left out. */
const commaList = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((list) =>
      list
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    );

/** An origin a service may be opened on: https, or http on this computer; nothing but the origin. */
const serviceOrigin = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      const originOnly = url.pathname === '/' && !url.search && !url.hash && !url.username;
      return isSecureOrLocal(url) && originOnly && !url.password;
    } catch {
      return false;
    }
  },
  { error: 'ange ursprung som https://tjanst.example.se (http bara för localhost), utan sökväg' },
);

/**
 * The app's configuration and its defaults: the local development stack's addresses
 * (mocks/dev-config.ts), but nothing switched on that a deployment must not have (the dev
 * server's switches are in .env.development). vite.config.ts checks it when the dev server or
 * a build starts and hands the result to the app (src/config/env.ts): a wrong value stops the
 * build with a readable message instead of breaking in a user's browser, and zod stays out of
 * the app's first download.
 */
const envSchema = z.object({
  VITE_OIDC_AUTHORITY: z.url().default('http://localhost:4400'),
  VITE_OIDC_CLIENT_ID: z.string().min(1).default('vardpersonal-web'),
  /** Minutes without activity before a shared workstation is logged out. */
  VITE_IDLE_TIMEOUT_MINUTES: z.coerce.number().positive().default(20),
  /** How long before the idle logout the warning dialog appears. */
  VITE_IDLE_WARNING_SECONDS: z.coerce.number().positive().default(120),
  /**
   * 'on': the build prerenders the texts from the mock knowledge backend (in Node, at build time).
   * The browser always talks HTTP to /api: the mock-API service locally, real backends elsewhere.
   */
  VITE_API_MOCKING: z.enum(['on', 'off']).default('off'),
  /**
   * 'off' refuses the direct launch URL (/launch?patient=…); the opaque handle always works.
   * Both default to 'off', so a build made without settings has neither the mock texts nor the
   * direct launch; the dev server (.env.development), the e2e build (playwright.config.ts) and
   * `npm run bench:web` turn them on.
   */
  VITE_DIRECT_LAUNCH: z.enum(['on', 'off']).default('off'),
  /**
   * The origins the service catalog's services may be opened on, comma separated. The default
   * covers every launchUrl in mocks/service-catalog/services.ts: the local demo service and the
   * open services' public sites.
   */
  VITE_SERVICE_ORIGINS: commaList(
    'http://localhost:4401,https://www.inera.se,https://www.silonline.se,https://www.vardhandboken.se,https://www.rikshandboken-bhv.se',
  )
    .pipe(z.array(serviceOrigin).min(1))
    .transform((origins) => origins.map((origin) => new URL(origin).origin)),
  /**
   * The journal systems' FHIR bases (SMART `iss`) the workspace accepts a launch from, comma
   * separated. Any other `iss` is refused before anything is sent to it.
   */
  VITE_SMART_ISSUERS: commaList(
    // The local journal system's installations (JOURNAL_FHIR_BASES in mocks/dev-config.ts).
    'http://localhost:4404/fhir,http://localhost:4404/fel/discovery/fhir,http://localhost:4404/fel/s256/fhir',
  ).pipe(z.array(z.url({ protocol: /^https?$/ })).min(1)),
  /** Our client id at the journal systems' SMART authorization servers. */
  VITE_SMART_CLIENT_ID: z.string().min(1).default('vardpersonal-web'),
});

export type AppEnv = {
  oidcAuthority: string;
  oidcClientId: string;
  idleTimeoutMs: number;
  idleWarningMs: number;
  apiMocking: boolean;
  directLaunchEnabled: boolean;
  smartIssuers: string[];
  smartClientId: string;
  /** Origins (`https://host`) the service catalog's services may be opened on. */
  serviceOrigins: string[];
};

/** The VITE_* variables, checked; throws a message in Swedish that names each wrong one. */
export function parseEnv(variables: Record<string, string | undefined>): AppEnv {
  const result = envSchema.safeParse(variables);
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
    smartIssuers: env.VITE_SMART_ISSUERS,
    smartClientId: env.VITE_SMART_CLIENT_ID,
    serviceOrigins: env.VITE_SERVICE_ORIGINS,
  };
}
