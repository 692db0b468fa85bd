// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoService } from './demo-service-server';
import type { RunningServer } from './http-server';

const ISSUER = 'http://127.0.0.1:4400';
let demo: RunningServer;
beforeAll(async () => {
  demo = await startDemoService({ issuer: ISSUER, port: 0, host: '127.0.0.1' });
});
afterAll(() => demo.close());

describe('demo service server', () => {
  it('serves the page with its OIDC settings and a CSP without inline scripts', async () => {
    for (const path of ['/', '/callback']) {
      const response = await fetch(new URL(path, demo.url));
      expect(response.status).toBe(200);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain(`connect-src 'self' ${ISSUER}`);
      expect(csp).not.toContain('unsafe-inline');
      const html = await response.text();
      expect(html).toContain('<html lang="sv">');
      expect(html).toContain(`<meta name="oidc-authority" content="${ISSUER}" />`);
      expect(html).toContain('<meta name="oidc-client-id" content="demo-tjanst" />');
    }
  });

  it('serves its script as JavaScript and the browser build of oidc-client-ts', async () => {
    const app = await fetch(new URL('/app.js', demo.url));
    expect(app.headers.get('content-type')).toContain('text/javascript');
    const source = await app.text();
    expect(source).toContain("signinRedirect({ prompt: 'none' })");
    expect(source).not.toMatch(/import type|declare const/);

    const library = await fetch(new URL('/vendor/oidc-client-ts.min.js', demo.url));
    expect(library.status).toBe(200);
    expect(await library.text()).toContain('UserManager');

    expect((await fetch(new URL('/package.json', demo.url))).status).toBe(404);
  });
});
