import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headersFor, inlineHashes, securityHeaders, writeSecurityHeaders } from './csp.mjs';

const hash = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const ORIGINS = {
  oidcAuthority: 'https://idp.example.se/oidc',
  smartIssuers: ['https://journal.example.se/fhir/r4', 'https://journal.example.se/other/fhir'],
};

describe('inlineHashes', () => {
  it('hashes the inline scripts the browser runs and the inline styles, nothing else', () => {
    const html = `<html><head><style>body{color:red}</style></head><body>
      <script>if (a) b();</script>
      <script type="module">import '/x.js';</script>
      <script type="application/json" id="prerendered-data">{"a":1}</script>
      <script type="module" crossorigin src="/assets/app.js"></script>
      </body></html>`;
    expect(inlineHashes(html)).toEqual({
      scripts: [hash('if (a) b();'), hash("import '/x.js';")],
      styles: [hash('body{color:red}')],
    });
  });
});

describe('securityHeaders', () => {
  const headers = securityHeaders({ ...ORIGINS, scriptHashes: ["'sha256-a'"], styleHashes: [] });
  const policy = headers['Content-Security-Policy'];

  it('allows scripts by hash only, and names the provider and the journal systems once each', () => {
    expect(policy).toContain("script-src 'self' 'sha256-a';");
    expect(policy).not.toContain('unsafe');
    expect(policy).toContain(
      "connect-src 'self' https://idp.example.se https://journal.example.se;",
    );
    expect(policy).toContain("frame-src 'self' https://idp.example.se;");
    expect(policy).toContain("form-action 'self' https://idp.example.se;");
  });

  it('refuses every frame, plugin and base, and sends nosniff and no referrer', () => {
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
    });
  });

  it('lets the dev server run inline code, and the silent callback be framed by the app', () => {
    const dev = securityHeaders({ ...ORIGINS, scriptHashes: [], styleHashes: [], dev: true });
    expect(dev['Content-Security-Policy']).toContain("script-src 'self' 'unsafe-inline'");
    const framed = securityHeaders({
      ...ORIGINS,
      scriptHashes: [],
      styleHashes: [],
      framedBySelf: true,
    });
    expect(framed['Content-Security-Policy']).toContain("frame-ancestors 'self'");
    expect(framed['X-Frame-Options']).toBe('SAMEORIGIN');
  });
});

describe('writeSecurityHeaders', () => {
  it('collects the hashes of every page of a build into dist/csp.json', () => {
    const dist = mkdtempSync(join(tmpdir(), 'csp-'));
    mkdirSync(join(dist, 'kunskap', 'kol'), { recursive: true });
    writeFileSync(join(dist, 'spa.html'), '<script>one()</script>');
    writeFileSync(join(dist, 'kunskap', 'kol', 'index.html'), '<script>two()</script>');
    const { pages } = writeSecurityHeaders(dist, {
      ...ORIGINS,
      silentCallbackPath: '/silent-callback',
    });
    expect(pages).toBe(2);
    const config = JSON.parse(readFileSync(join(dist, 'csp.json'), 'utf8'));
    const policy = headersFor(config, '/kunskap/kol')['Content-Security-Policy'];
    expect(policy).toContain(hash('one()'));
    expect(policy).toContain(hash('two()'));
    expect(headersFor(config, '/silent-callback')['X-Frame-Options']).toBe('SAMEORIGIN');
  });
});
