import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, loginAs, openInbox, test } from './support/fixtures';

/**
 * The app's own security headers (scripts/csp.mjs, docs/decisions/0015-content-security-policy.md),
 * enforced: these tests do not bypass the Content-Security-Policy as the others do for axe-core.
 */
test.use({ bypassCSP: false });

const APP_URL = 'http://localhost:5173';

/** Every Content-Security-Policy violation the page reports, from the first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}`),
    );
  });
  const logged: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) logged.push(message.text());
  });
  return async () => [
    ...(await page.evaluate(
      () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
    )),
    ...logged,
  ];
}

test('the start page is served with the policy and works under it: a search finds texts', async ({
  page,
}) => {
  const violations = await watchViolations(page);
  const response = await page.goto('/');
  const headers = response!.headers();
  const policy = headers['content-security-policy'] ?? '';
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');

  await page.getByRole('searchbox', { name: 'Sök i kunskapsstödet' }).fill('kateter');
  await page.getByRole('searchbox', { name: 'Sök i kunskapsstödet' }).press('Enter');
  await expect(page).toHaveURL('/sok?q=kateter');
  await expect(
    page
      .getByRole('list', { name: 'Sökresultat' })
      .getByRole('link', { name: 'Suprapubisk kateter – skötsel och byte' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Suprapubisk kateter – skötsel och byte' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Suprapubisk kateter – skötsel och byte' }),
  ).toBeVisible();
  expect(await violations()).toEqual([]);

  // The search page rendered on request, opened from the history: its inline parts are allowed.
  await page.goBack();
  await page.reload();
  await expect(
    page
      .getByRole('list', { name: 'Sökresultat' })
      .getByRole('link', { name: 'Suprapubisk kateter – skötsel och byte' }),
  ).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('a page of the app in a frame on another site is refused', async ({ page }) => {
  // Another site: a real server on this computer (a page the test made up with page.route
  // would be stopped by the browser's local network checks instead, proving nothing).
  const otherSite = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(`<!doctype html><html lang="sv"><title>En annan webbplats</title>
      <h1>En annan webbplats</h1><iframe src="${APP_URL}/" title="Appen"></iframe></html>`);
  });
  await new Promise<void>((resolve) => otherSite.listen(0, 'localhost', resolve));
  const { port } = otherSite.address() as AddressInfo;
  try {
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/frame-ancestors/.test(message.text())) refused.push(message.text());
    });
    const appAnswered = page.waitForResponse(`${APP_URL}/`);
    await page.goto(`http://localhost:${port}/`);
    // The app's answer arrives, with its headers; the browser shows none of it in the frame.
    expect((await appAnswered).headers()['content-security-policy']).toContain(
      "frame-ancestors 'none'",
    );
    await expect.poll(() => refused.length).toBeGreaterThan(0);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame?.url()).not.toContain(APP_URL);
    await expect(page.frameLocator('iframe').locator('#root')).toHaveCount(0);
  } finally {
    otherSite.close();
  }
});

test('only the silent renewal page may be framed, and only by the app itself', async ({
  request,
}) => {
  const silent = await request.get('/silent-callback', { headers: { Accept: 'text/html' } });
  expect(silent.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
  expect(silent.headers()['x-frame-options']).toBe('SAMEORIGIN');
  for (const path of ['/', '/inkorg', '/sok?q=kateter', '/favicon.svg']) {
    const response = await request.get(path, { headers: { Accept: 'text/html' } });
    expect(response.headers()['x-frame-options'], path).toBe('DENY');
    expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }
});

test('logged in, the login, the token and the inbox work under the policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await loginAs(page, 'sjukskoterska');
  await openInbox(page);
  expect(await violations()).toEqual([]);
});

test('a SMART launch from the journal system works under the policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await loginAs(page, 'radgivningssjukskoterska');
  const response = await fetch('http://localhost:4404/api/launches', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ patientId: 'pat-0001', user: 'SE2321000016-E2001' }),
  });
  expect(response.status).toBe(201);
  const { launchUrl } = (await response.json()) as { launchUrl: string };
  await page.goto(launchUrl);
  await expect(
    page.getByRole('region', { name: 'Patient', exact: true }).getByText('Tolvan Tolvansson'),
  ).toBeVisible();
  expect(await violations()).toEqual([]);
});
