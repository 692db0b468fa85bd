import type { AppEnv } from './env-schema';

/** Put in by vite.config.ts at build time: the VITE_* variables, checked (./env-schema.ts). */
declare const __APP_ENV__: AppEnv;

/** The app's configuration, read once. */
export const env: AppEnv = __APP_ENV__;

// zod (loaded later, with the first page that checks data) compiles its object parsers with
// `new Function` unless told not to, and probes whether it may first. The Content-Security-
// Policy allows no eval, and the browser reports even the caught probe as a violation
// (docs/decisions/0015-content-security-policy.md). Set here, without importing zod, because
// this module runs before any module that builds a schema; zod reads it when it loads.
const zodGlobal = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(zodGlobal.__zod_globalConfig ??= {}).jitless = true;
