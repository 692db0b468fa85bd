// @vitest-environment node
import { createHash, randomBytes } from 'node:crypto';
import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV } from '../dev-config';
import type { RunningServer } from './http-server';
import { startIdp } from './server';
import { LOA2, LOA3, findStaff } from './staff';

// Servers in tests listen on 127.0.0.1: the MSW setup lets only that host through.
const APP = 'http://127.0.0.1:5173';
const DEMO = 'http://127.0.0.1:4401';
const CLIENTS = {
  app: { clientId: DEV.appClientId, redirectUri: `${APP}/callback` },
  demo: { clientId: DEV.demoServiceClientId, redirectUri: `${DEMO}/callback` },
};
type TestClient = (typeof CLIENTS)[keyof typeof CLIENTS];

let idp: RunningServer;
beforeAll(async () => {
  idp = await startIdp({ appOrigin: APP, demoServiceOrigin: DEMO, port: 0, host: '127.0.0.1' });
});
afterAll(() => idp.close());

/** A browser's cookie jar around fetch, with redirects followed by hand. */
class Browser {
  private cookies = new Map<string, string>();
  /** The last Set-Cookie line of each cookie, attributes included. */
  readonly setCookieLines = new Map<string, string>();

  async request(
    url: string,
    form?: Record<string, string>,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(new URL(url, idp.url), {
      method: form ? 'POST' : 'GET',
      body: form ? new URLSearchParams(form) : undefined,
      headers: { accept: 'text/html', ...headers, ...(cookie ? { cookie } : {}) },
      redirect: 'manual',
    });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = setCookie.split(';');
      const [name = '', value = ''] = pair.split(/=(.*)/s);
      this.setCookieLines.set(name, setCookie);
      const expired = attributes.some((attribute) =>
        /expires=thu, 01 jan 1970/i.test(attribute.trim()),
      );
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** Follows the provider's own redirects; stops at a page or at a redirect to a client. */
  async follow(url: string, form?: Record<string, string>): Promise<Response> {
    let response = await this.request(url, form);
    let location = response.headers.get('location');
    while (location && new URL(location, idp.url).origin === new URL(idp.url).origin) {
      response = await this.request(location);
      location = response.headers.get('location');
    }
    return response;
  }
}

function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

function authorizeUrl(client: TestClient, params: Record<string, string> = {}): string {
  const url = new URL('/auth', idp.url);
  url.search = new URLSearchParams({
    client_id: client.clientId,
    redirect_uri: client.redirectUri,
    response_type: 'code',
    scope: 'openid profile hsa',
    state: 'state-1',
    nonce: 'nonce-1',
    ...params,
  }).toString();
  return url.href;
}

/** The redirect back to the client, as URL, or fails the test. */
function clientRedirect(response: Response, client: TestClient): URL {
  expect(response.status).toBe(303);
  const location = new URL(response.headers.get('location') ?? '');
  expect(`${location.origin}${location.pathname}`).toBe(client.redirectUri);
  return location;
}

/** Starts an authorization request and returns the login page (path and HTML). */
async function openLoginPage(browser: Browser, client: TestClient, challenge: string, params = {}) {
  const response = await browser.request(
    authorizeUrl(client, { code_challenge: challenge, code_challenge_method: 'S256', ...params }),
  );
  expect(response.status).toBe(303);
  const path = response.headers.get('location') ?? '';
  expect(path).toMatch(/^\/interaction\//);
  const page = await browser.request(path);
  expect(page.status).toBe(200);
  return { path, html: await page.text() };
}

async function exchangeCode(client: TestClient, code: string, verifier: string, origin?: string) {
  const response = await new Browser().request(
    '/token',
    {
      grant_type: 'authorization_code',
      code,
      redirect_uri: client.redirectUri,
      client_id: client.clientId,
      code_verifier: verifier,
    },
    origin ? { origin } : {},
  );
  return { response, body: (await response.json()) as Record<string, string> };
}

/** Logs in with the simulated card reader and returns the tokens. */
async function loginWithSiths(
  browser: Browser,
  accountId: string,
  client: TestClient = CLIENTS.app,
) {
  const { verifier, challenge } = pkce();
  const { path } = await openLoginPage(browser, client, challenge);
  const redirect = clientRedirect(await browser.follow(`${path}/siths`, { accountId }), client);
  const code = redirect.searchParams.get('code') ?? '';
  const { body } = await exchangeCode(client, code, verifier);
  return body;
}

/** Silent sign-in as the hidden iframe or the demo service does it. */
async function silentSignIn(browser: Browser, client: TestClient) {
  const { verifier, challenge } = pkce();
  const response = await browser.request(
    authorizeUrl(client, {
      prompt: 'none',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    }),
  );
  return { redirect: clientRedirect(response, client), verifier };
}

describe('local identity provider', () => {
  it('signs in a SITHS card holder with code + PKCE S256 and issues the claims the app needs', async () => {
    const browser = new Browser();
    const { verifier, challenge } = pkce();
    const { path, html } = await openLoginPage(browser, CLIENTS.app, challenge);
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('Logga in med SITHS-kort');
    expect(html).toContain('Logga in med användarnamn och lösenord');

    const redirect = clientRedirect(
      await browser.follow(`${path}/siths`, { accountId: 'lakare' }),
      CLIENTS.app,
    );
    expect(redirect.searchParams.get('state')).toBe('state-1');
    expect(redirect.searchParams.get('iss')).toBe(idp.url);

    const { response, body } = await exchangeCode(
      CLIENTS.app,
      redirect.searchParams.get('code') ?? '',
      verifier,
      APP,
    );
    expect(response.status).toBe(200);
    // The SPA calls the token endpoint from its own origin.
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    expect(body.refresh_token).toBeUndefined();

    const anna = findStaff('lakare')!;
    const idToken = decodeJwt(body.id_token ?? '');
    expect(idToken).toMatchObject({
      iss: idp.url,
      aud: DEV.appClientId,
      sub: 'lakare',
      nonce: 'nonce-1',
      acr: LOA3,
      given_name: 'Anna',
      family_name: 'Lindqvist',
      name: 'Anna Lindqvist',
      employeeHsaId: anna.employeeHsaId,
      title: 'Läkare',
      systemRole: anna.systemRole,
      commissions: anna.commissions,
    });

    const accessToken = body.access_token ?? '';
    expect(decodeProtectedHeader(accessToken)).toMatchObject({ alg: 'RS256', typ: 'at+jwt' });
    const jwks = createRemoteJWKSet(new URL('/jwks', idp.url));
    const { payload } = await jwtVerify(accessToken, jwks, {
      issuer: idp.url,
      audience: DEV.apiAudience,
    });
    expect(payload.exp! - payload.iat!).toBe(600);
    expect(payload).toMatchObject({
      sub: 'lakare',
      client_id: DEV.appClientId,
      employeeHsaId: anna.employeeHsaId,
      given_name: 'Anna',
      family_name: 'Lindqvist',
      title: 'Läkare',
      acr: LOA3,
      systemRole: anna.systemRole,
      commissions: anna.commissions,
    });
  });

  it('keeps the session only as long as the browser runs: the next person at a shared computer starts logged out', async () => {
    for (const login of [
      (browser: Browser) => loginWithSiths(browser, 'radgivningssjukskoterska'),
      async (browser: Browser) => {
        const { challenge } = pkce();
        const { path } = await openLoginPage(browser, CLIENTS.app, challenge);
        await browser.follow(`${path}/password`, {
          username: 'fatima.haddad',
          password: 'Hemtjanst2026',
        });
      },
    ]) {
      const browser = new Browser();
      await login(browser);
      const session = browser.setCookieLines.get('_session') ?? '';
      expect(session).not.toBe('');
      expect(session).not.toMatch(/expires=|max-age=/i);
    }
  });

  it('lets a password user log in at LoA 2', async () => {
    const browser = new Browser();
    const { verifier, challenge } = pkce();
    const { path } = await openLoginPage(browser, CLIENTS.app, challenge);
    const response = await browser.follow(`${path}/password`, {
      username: 'fatima.haddad',
      password: 'Hemtjanst2026',
    });
    const code = clientRedirect(response, CLIENTS.app).searchParams.get('code') ?? '';
    const { body } = await exchangeCode(CLIENTS.app, code, verifier);
    expect(decodeJwt(body.id_token ?? '')).toMatchObject({
      sub: 'underskoterska',
      acr: LOA2,
      commissions: [],
    });
    expect(decodeJwt(body.access_token ?? '')).toMatchObject({
      acr: LOA2,
      employeeHsaId: 'SE2120000142-E3001',
    });
  });

  it('rejects a wrong password with a Swedish message tied to the fields and keeps the username', async () => {
    const browser = new Browser();
    const { path } = await openLoginPage(browser, CLIENTS.app, pkce().challenge);
    const response = await browser.request(`${path}/password`, {
      username: 'fatima.haddad',
      password: 'fel',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    const html = await response.text();
    expect(html).toContain(
      '<p id="login-error" class="error" role="alert">Fel användarnamn eller lösenord.</p>',
    );
    expect(html).toMatch(
      /id="username"[^>]*value="fatima\.haddad" aria-invalid="true" aria-describedby="login-error"/,
    );
  });

  it('keeps the two login methods apart', async () => {
    const browser = new Browser();
    const { path } = await openLoginPage(browser, CLIENTS.app, pkce().challenge);
    // A SITHS card holder has no password…
    const byPassword = await browser.request(`${path}/password`, {
      username: 'lakare',
      password: '',
    });
    expect(byPassword.status).toBe(400);
    expect(await byPassword.text()).toContain('Fel användarnamn eller lösenord.');
    // …and a password user has no card.
    const byCard = await browser.request(`${path}/siths`, { accountId: 'underskoterska' });
    expect(byCard.status).toBe(400);
    expect(byCard.headers.get('location')).toBeNull();
  });

  it('escapes what a user typed', async () => {
    const browser = new Browser();
    const { path } = await openLoginPage(browser, CLIENTS.app, pkce().challenge);
    const response = await browser.request(`${path}/password`, {
      username: '"><script>alert(1)</script>',
      password: 'x',
    });
    const html = await response.text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('accepts only S256 PKCE', async () => {
    const browser = new Browser();
    const plain = await browser.request(
      authorizeUrl(CLIENTS.app, { code_challenge: 'a'.repeat(43), code_challenge_method: 'plain' }),
    );
    expect(clientRedirect(plain, CLIENTS.app).searchParams.get('error')).toBe('invalid_request');

    const missing = await browser.request(authorizeUrl(CLIENTS.app));
    expect(clientRedirect(missing, CLIENTS.app).searchParams.get('error')).toBe('invalid_request');
  });

  it('signs in silently with prompt=none once there is a session, for the app and the demo service', async () => {
    const browser = new Browser();
    const first = await loginWithSiths(browser, 'radgivningssjukskoterska');

    // The app's hidden-iframe renewal.
    const renewal = await silentSignIn(browser, CLIENTS.app);
    expect(renewal.redirect.searchParams.get('code')).toBeTruthy();

    // The launched service: no second login, no consent page.
    const demo = await silentSignIn(browser, CLIENTS.demo);
    const { body } = await exchangeCode(
      CLIENTS.demo,
      demo.redirect.searchParams.get('code') ?? '',
      demo.verifier,
    );
    const idToken = decodeJwt(body.id_token ?? '');
    expect(idToken).toMatchObject({
      aud: DEV.demoServiceClientId,
      sub: decodeJwt(first.id_token ?? '').sub,
    });
    expect(idToken.commissions).toEqual(findStaff('radgivningssjukskoterska')!.commissions);
  });

  it('answers prompt=none without a session with login_required', async () => {
    const { redirect } = await silentSignIn(new Browser(), CLIENTS.app);
    expect(redirect.searchParams.get('error')).toBe('login_required');
    expect(redirect.searchParams.get('state')).toBe('state-1');
  });

  it('shows the login page again for prompt=login', async () => {
    const browser = new Browser();
    await loginWithSiths(browser, 'lakare');
    await openLoginPage(browser, CLIENTS.app, pkce().challenge, { prompt: 'login' });
  });

  it('returns access_denied to the client when the person cancels', async () => {
    const browser = new Browser();
    const { path } = await openLoginPage(browser, CLIENTS.app, pkce().challenge);
    const response = await browser.follow(`${path}/abort`, {});
    expect(clientRedirect(response, CLIENTS.app).searchParams.get('error')).toBe('access_denied');
  });

  it('ends the session on RP-initiated logout without asking', async () => {
    const browser = new Browser();
    const tokens = await loginWithSiths(browser, 'lakare');
    const logout = await browser.request(
      `/session/end?${new URLSearchParams({
        id_token_hint: tokens.id_token ?? '',
        post_logout_redirect_uri: `${APP}/utloggad`,
        state: 'bye',
      })}`,
    );
    expect(logout.status).toBe(200);
    const html = await logout.text();
    expect(html).toContain('Loggar ut');
    expect(html).toContain('<noscript>');
    // The page submits itself; do what its script does.
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(html).toContain('<input type="hidden" name="logout" value="yes">');
    const confirmed = await browser.request('/session/end/confirm', { xsrf, logout: 'yes' });
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toBe(`${APP}/utloggad?state=bye`);

    const { redirect } = await silentSignIn(browser, CLIENTS.app);
    expect(redirect.searchParams.get('error')).toBe('login_required');
  });

  it('says so in Swedish when there is no post-logout redirect', async () => {
    const browser = new Browser();
    await loginWithSiths(browser, 'lakare');
    const html = await (await browser.request('/session/end')).text();
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const done = await browser.follow('/session/end/confirm', { xsrf, logout: 'yes' });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Du är utloggad');
  });

  it('explains a logout with an ID token from before a restart', async () => {
    const tokens = await loginWithSiths(new Browser(), 'lakare');
    const restarted = await startIdp({
      appOrigin: APP,
      demoServiceOrigin: DEMO,
      port: 0,
      host: '127.0.0.1',
    });
    try {
      const url = new URL('/session/end', restarted.url);
      url.searchParams.set('id_token_hint', tokens.id_token ?? '');
      url.searchParams.set('post_logout_redirect_uri', `${APP}/utloggad`);
      const html = await (await fetch(url, { headers: { accept: 'text/html' } })).text();
      expect(html).toContain('Du är redan utloggad.');
      expect(html).toContain(`href="${APP}/"`);
    } finally {
      await restarted.close();
    }
  });

  it('can be framed for silent renewal and publishes its keys to browsers', async () => {
    const response = await new Browser().request(authorizeUrl(CLIENTS.app, { prompt: 'none' }));
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(response.headers.get('content-security-policy')).toBeNull();

    const jwks = await fetch(new URL('/jwks', idp.url), { headers: { origin: APP } });
    expect(jwks.headers.get('access-control-allow-origin')).toBe(APP);
    const { keys } = (await jwks.json()) as { keys: Record<string, unknown>[] };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(keys[0]).not.toHaveProperty('d');
  });
});
