/**
 * The security headers the app is served with: a Content-Security-Policy whose script-src and
 * style-src name the prerender's inline scripts and styles by their SHA-256 hashes (no
 * 'unsafe-inline'), and nosniff, no-referrer and no framing by other sites. See
 * docs/decisions/0015-content-security-policy.md.
 *
 * `npm run build` writes them to dist/csp.json (scripts/prerender.mjs, from every HTML file of the
 * build); `vite preview` serves that file's headers (vite.config.ts), and so must a host. The dev
 * server sends the same policy, except that its scripts and styles may be inline: Vite's
 * development client injects both.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Script types the browser runs; any other (application/json) is data and needs no hash. */
const RUNNABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The hash sources of every inline script the browser would run, and of every inline style. */
export function inlineHashes(html) {
  const scripts = new Set();
  const styles = new Set();
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
    if (RUNNABLE.has(type.toLowerCase())) scripts.add(sha256(body));
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    styles.add(sha256(body));
  }
  return { scripts: [...scripts], styles: [...styles] };
}

/**
 * The headers for one response.
 * @param {{ scriptHashes: string[], styleHashes: string[], oidcAuthority: string,
 *   smartIssuers: string[], dev?: boolean, framedBySelf?: boolean }} options
 */
export function securityHeaders({
  scriptHashes,
  styleHashes,
  oidcAuthority,
  smartIssuers,
  dev = false,
  framedBySelf = false,
}) {
  const authority = new URL(oidcAuthority).origin;
  // A SMART launch asks the journal system's FHIR server and its token endpoint from the page.
  const journalSystems = smartIssuers.map((iss) => new URL(iss).origin);
  const inline = dev ? ["'unsafe-inline'"] : null;
  const directives = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...(inline ?? scriptHashes)],
    ['style-src', "'self'", ...(inline ?? styleHashes)],
    // The select boxes' arrow is an SVG data: URL in the stylesheet.
    ['img-src', "'self'", 'data:'],
    ['connect-src', "'self'", authority, ...journalSystems],
    // The silent renewal: a hidden frame on the provider that returns to our own page.
    ['frame-src', "'self'", authority],
    ['frame-ancestors', framedBySelf ? "'self'" : "'none'"],
    ['form-action', "'self'", authority],
    ['base-uri', "'none'"],
    ['object-src', "'none'"],
  ];
  return {
    'Content-Security-Policy': directives
      .map(([name, ...sources]) => [name, ...new Set(sources)].join(' '))
      .join('; '),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': framedBySelf ? 'SAMEORIGIN' : 'DENY',
  };
}

/**
 * The headers for a path. The one page the app shows in a frame is its own silent-renewal
 * callback, framed by the app itself: it may be framed by the same origin, nothing else may.
 */
export const headersFor = (config, path) =>
  path === config.silentCallback.path ? config.silentCallback.headers : config.headers;

/**
 * Hashes every HTML file in `dist` (and the pages in `alsoPages`, rendered on request from a
 * template) and writes dist/csp.json: the headers for every response, and those for the silent
 * callback. Returns what it wrote.
 * @param {string} dist
 * @param {{ oidcAuthority: string, smartIssuers: string[], silentCallbackPath: string }} app
 * @param {string[]} [alsoPages]
 */
export function writeSecurityHeaders(dist, { silentCallbackPath, ...origins }, alsoPages = []) {
  const scripts = new Set();
  const styles = new Set();
  const pages = readdirSync(dist, { recursive: true })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dist, file))
    .concat(alsoPages);
  for (const page of pages) {
    const hashes = inlineHashes(readFileSync(page, 'utf8'));
    hashes.scripts.forEach((hash) => scripts.add(hash));
    hashes.styles.forEach((hash) => styles.add(hash));
  }
  const options = {
    ...origins,
    scriptHashes: [...scripts].sort(),
    styleHashes: [...styles].sort(),
  };
  const config = {
    headers: securityHeaders(options),
    silentCallback: {
      path: silentCallbackPath,
      headers: securityHeaders({ ...options, framedBySelf: true }),
    },
  };
  writeFileSync(join(dist, 'csp.json'), `${JSON.stringify(config, null, 2)}\n`);
  return { config, pages: pages.length };
}
