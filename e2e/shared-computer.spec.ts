import type { Page } from '@playwright/test';
import { expect, loginAs, loginAtProvider, staff, test } from './support/fixtures';

/**
 * A clinic computer that several people use in turn, with the app in more than one tab: what
 * one person leaves must not reach the next, in the address bar, on the screen or in storage.
 */

const TOLVAN = '19121212-1212';
/** Tolvan's number in any form a person or a program writes it. */
const TOLVAN_ANY_FORM = /(19)?121212\D{0,3}1212/;
const banner = (page: Page) => page.getByRole('region', { name: 'Patient', exact: true });

async function logout(page: Page, name: string): Promise<void> {
  await page.getByRole('banner').getByText(name, { exact: true }).click();
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByRole('heading', { name: 'Du är utloggad' })).toBeVisible();
}

/** Everything the browser keeps for the app's origin, as text. */
async function browserStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const dump: Record<string, unknown> = {
      local: { ...localStorage },
      session: { ...sessionStorage },
      cookies: document.cookie,
    };
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of db.objectStoreNames) {
        dump[`idb:${info.name}:${store}`] = await new Promise((resolve) => {
          const all = db.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => resolve(all.result);
        });
      }
      db.close();
    }
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      const entries = [];
      for (const request of await cache.keys()) {
        entries.push(request.url, await (await cache.match(request))!.text());
      }
      dump[`cache:${name}`] = entries;
    }
    return JSON.stringify(dump);
  });
}

test.describe('the address bar keeps no identity number', () => {
  /** Where the address stood when the app first put anything on the screen. */
  async function recordFirstRender(page: Page): Promise<() => Promise<string | undefined>> {
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.getElementById('root')?.firstChild) {
          (window as unknown as { firstRenderHref: string }).firstRenderHref = location.href;
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    return () =>
      page.evaluate(() => (window as unknown as { firstRenderHref?: string }).firstRenderHref);
  }

  for (const path of ['/launch/', '/LAUNCH']) {
    test(`a launch written ${path} is captured and leaves the address`, async ({ page }) => {
      const toProvider: string[] = [];
      page.on('request', (request) => {
        if (request.url().startsWith('http://localhost:4400')) toProvider.push(request.url());
      });
      await page.goto(`${path}?patient=${TOLVAN}&careUnit=SE2321000016-1A2B&to=start`);
      await loginAtProvider(page, staff('sjukskoterska'));
      await expect(banner(page).getByText('Tolvan Tolvansson')).toBeVisible();
      expect(page.url()).not.toMatch(TOLVAN_ANY_FORM);
      expect(toProvider.join('\n')).not.toMatch(TOLVAN_ANY_FORM);
    });
  }

  test('a number on any other path leaves the address before paint', async ({ page }) => {
    await loginAs(page, 'sjukskoterska');
    await expect(page.getByRole('heading', { name: 'Mina tjänster' })).toBeVisible();
    const firstRender = await recordFirstRender(page);
    for (const [address, clean] of [
      [`/launch/fortsatt?patient=${TOLVAN}`, '/launch/fortsatt'],
      [`/sok?q=${encodeURIComponent('19121212–1212')}&typ=vardprogram`, '/sok?typ=vardprogram'],
      [`/tjanster#${TOLVAN}`, '/tjanster'],
    ]) {
      await page.goto(address!);
      await expect.poll(firstRender).toBe(`http://localhost:5173${clean}`);
      expect(page.url()).not.toMatch(TOLVAN_ANY_FORM);
    }
  });

  test('a number in the address never reaches the login’s state', async ({ page }) => {
    // Stop at the provider's door (a 204 leaves the tab where it is) and look at what the tab
    // kept for the way back.
    await page.route('http://localhost:4400/auth**', (route) => route.fulfill({ status: 204 }));
    await page.goto(`/launch/fortsatt?patient=${TOLVAN}`);
    await expect
      .poll(() =>
        page.evaluate(() => Object.keys(sessionStorage).some((key) => key.startsWith('oidc.'))),
      )
      .toBe(true);
    expect(await browserStorage(page)).not.toMatch(TOLVAN_ANY_FORM);
  });
});

test('a logout reaches every tab at once, and a page from the back/forward cache shows no patient', async ({
  context,
  page,
}) => {
  await loginAs(page, 'sjukskoterska');
  await page.goto(`/launch?patient=${TOLVAN}&careUnit=SE2321000016-1A2B&to=start`);
  await expect(banner(page).getByText('Tolvan Tolvansson')).toBeVisible();

  // A second tab of the same browser: logged in by the provider's session.
  const second = await context.newPage();
  await second.goto('/tjanster');
  await expect(second.getByRole('heading', { name: 'Mina tjänster' })).toBeVisible();

  await logout(page, 'Sara Ekström');

  // The other tab follows by itself, without anyone touching it.
  await expect(second.getByRole('heading', { name: 'Du är utloggad' })).toBeVisible();
  await expect(second.getByText('Utloggad i en annan flik')).toBeVisible();
  expect(await browserStorage(second)).not.toMatch(/oidc\.user|access_token/);

  // Back, as far as the history goes: nothing of the patient comes back on screen.
  for (let step = 0; step < 4; step += 1) {
    await page.goBack().catch(() => {});
    await page.waitForLoadState();
    // Before the first page is the tab's blank start, which has no storage to read.
    if (page.url() === 'about:blank') {
      await page.goForward();
      break;
    }
    await expect(page.getByText('Tolvan Tolvansson')).toHaveCount(0);
    await expect(banner(page)).toHaveCount(0);
  }
  expect(await browserStorage(page)).not.toMatch(TOLVAN_ANY_FORM);
});

test('the next person at a shared computer finds nothing of the previous one', async ({ page }) => {
  const secret = `Tolvans provsvar ${Date.now()}`;
  await loginAs(page, 'sjukskoterska');
  await page.goto(`/launch?patient=${TOLVAN}&careUnit=SE2321000016-1A2B&to=start`);
  await expect(banner(page).getByText('Tolvan Tolvansson')).toBeVisible();

  // A draft about the patient, left unsent.
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Meddelanden' })
    .click();
  await page.getByRole('link', { name: 'Vårdcentralen Norrbacka – SIP' }).click();
  await page.getByRole('link', { name: 'Nytt meddelande' }).click();
  await page.getByRole('textbox', { name: /^Rubrik/ }).fill(secret);
  await page.getByRole('textbox', { name: /^Meddelande/ }).fill(`Gäller ${TOLVAN}.`);
  await expect(page.getByText(/Utkastet (är )?sparat/)).toBeVisible();
  await expect.poll(() => browserStorage(page)).not.toContain(secret);

  await logout(page, 'Sara Ekström');
  const afterLogout = await browserStorage(page);
  expect(afterLogout).not.toMatch(TOLVAN_ANY_FORM);
  expect(afterLogout).not.toContain(secret);
  expect(afterLogout).not.toContain('Sara');

  // The next person, same browser profile.
  await page.getByRole('button', { name: 'Logga in igen' }).click();
  await loginAtProvider(page, staff('skolskoterska'));
  await expect(page.getByRole('heading', { name: 'Mina tjänster' })).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Meddelanden' })
    .click();
  await expect(
    page.getByRole('heading', { name: 'Elevhälsan Åsby skolor', level: 1 }),
  ).toBeVisible();
  await expect(page.getByText(secret)).toHaveCount(0);
  const nextPerson = await browserStorage(page);
  expect(nextPerson).not.toMatch(TOLVAN_ANY_FORM);
  expect(nextPerson).not.toContain(secret);

  // The first person's draft waits for her on the message service, not in this browser.
  await logout(page, 'Maria Johansson');
  await page.getByRole('button', { name: 'Logga in igen' }).click();
  await loginAtProvider(page, staff('sjukskoterska'));
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Meddelanden' })
    .click();
  await page.getByRole('link', { name: 'Vårdcentralen Norrbacka – SIP' }).click();
  await expect(page.getByText(secret)).toBeVisible();
});
