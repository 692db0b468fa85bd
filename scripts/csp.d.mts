/** Types for scripts/csp.mjs, which scripts/prerender.mjs (plain Node) and vite.config.ts share. */
export type SecurityHeaders = Record<
  'Content-Security-Policy' | 'X-Content-Type-Options' | 'Referrer-Policy' | 'X-Frame-Options',
  string
>;

export type SecurityHeadersConfig = {
  headers: SecurityHeaders;
  silentCallback: { path: string; headers: SecurityHeaders };
};

export declare function inlineHashes(html: string): { scripts: string[]; styles: string[] };

export declare function securityHeaders(options: {
  scriptHashes: string[];
  styleHashes: string[];
  oidcAuthority: string;
  smartIssuers: string[];
  dev?: boolean;
  framedBySelf?: boolean;
}): SecurityHeaders;

export declare function headersFor(config: SecurityHeadersConfig, path: string): SecurityHeaders;

export declare function writeSecurityHeaders(
  dist: string,
  app: { oidcAuthority: string; smartIssuers: string[]; silentCallbackPath: string },
  alsoPages?: string[],
): { config: SecurityHeadersConfig; pages: number };
