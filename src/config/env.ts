import type { AppEnv } from './env-schema';

/** Put in by vite.config.ts at build time: the VITE_* variables, checked (./env-schema.ts). */
declare const __APP_ENV__: AppEnv;

/** The app's configuration, read once. */
export const env: AppEnv = __APP_ENV__;
