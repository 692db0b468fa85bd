import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import type { BrowserContext, Cookie, Page } from '@playwright/test';
import { paths } from '../../src/config/paths';
import { NAMESPACE_COOKIE, NAMESPACE_HEADER } from '../../mocks/lib/request-context';
import type { DevSwitches } from '../../mocks/lib/dev-switches';
import { findStaff } from '../../mocks/idp/staff';
import { JOURNAL_SYSTEMS } from '../../mocks/launch-context/systems';
import {
  registerLaunch,
  type LaunchRequest,
} from '../../mocks/launch-context/journal-system-client';
import type { StaffMember } from '../../mocks/idp/staff';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

type AxeResults = {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
};

/** Runs axe-core for WCAG 2.1 A and AA on the page as it is now; fails on any violation. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // A dialog fading in, or old results dimmed while new ones load, have too little contrast
  // for a moment: judge what the person ends up seeing.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(() =>
    (
      window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResults> } }
    ).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  );
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  expect(summary, `axe-core på ${page.url()}`).toEqual([]);
}

export function staff(accountId: string): StaffMember {
  const person = findStaff(accountId);
  if (!person) throw new Error(`Ingen testperson ${accountId}`);
  return person;
}

/** The accessible name of a person's button on the provider's SITHS login page. */
export const sithsButtonName = (person: StaffMember) =>
  `${person.given_name} ${person.family_name}, ${person.title}, ${person.workplace}`;

/** On the provider's login page: log in the way that person can. */
export async function loginAtProvider(page: Page, person: StaffMember): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Logga in', level: 1 })).toBeVisible();
  if (person.login.method === 'siths') {
    await page.getByRole('button', { name: sithsButtonName(person) }).click();
  } else {
    await page.getByLabel('Användarnamn', { exact: true }).fill(person.login.username);
    await page.getByLabel('Lösenord', { exact: true }).fill(person.login.password);
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  }
}

const APP_URL = 'http://localhost:5173';
const IDP_URL = 'http://localhost:4400';

/** The identity provider's session cookies (oidc-provider's `_session…`), none of the app's. */
const sessionCookies = (cookies: Cookie[]) =>
  cookies.filter((cookie) => cookie.name.startsWith('_session'));

/**
 * Each person's provider session, kept from their first login in this worker (a process of its
 * own, one test at a time). Not shared across workers: a test that logs out ends the session,
 * and a test running beside it in another worker would lose its login halfway.
 */
const providerSessions = new Map<string, Cookie[]>();

/**
 * From the start page through the provider to the page after login. After the person's first
 * login in this worker it is single sign-on; when a test has ended that session (logged out),
 * the provider asks again and she logs in on its page.
 */
export async function loginAs(page: Page, accountId: string): Promise<StaffMember> {
  const person = staff(accountId);
  const kept = providerSessions.get(accountId);
  if (kept) await page.context().addCookies(kept);
  await page.goto('/');
  await page.getByRole('main').getByRole('button', { name: 'Logga in' }).click();
  const atProvider = (url: URL) => url.origin === IDP_URL;
  await page.waitForURL(
    (url) => atProvider(url) || (url.origin === APP_URL && url.pathname !== '/'),
  );
  if (atProvider(new URL(page.url()))) await loginAtProvider(page, person);
  // Back in the app once the callback has taken the code.
  await page.waitForURL((url) => url.origin === APP_URL && url.pathname !== paths.callback.path);
  providerSessions.set(accountId, sessionCookies(await page.context().cookies(IDP_URL)));
  return person;
}

/** The mock-API service the tests start (playwright.config.ts); the app proxies /api to it. */
export const MOCK_API_ORIGIN = 'http://localhost:4402';

/** True once the app runs in the page (src/app/app.tsx marks it). */
const appIsReady = () => document.documentElement.dataset.app === 'ready';

/**
 * Prerendered pages show their text before the app runs, as a person sees them; a test acts on
 * them the way a person with a fast connection would, once the app has started. After a
 * navigation to the app, `goto` and `reload` wait for that – unless told `waitUntil: 'commit'`:
 * the page as it arrives.
 */
function waitForAppOnNavigation(page: Page): Page {
  const waitForApp = async () => {
    if (!page.url().startsWith(APP_URL)) return;
    // A page that sends the browser on (a login redirect) never gets there: fine.
    await page.waitForFunction(appIsReady, null, { timeout: 10_000 }).catch(() => {});
  };
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    if (options?.waitUntil !== 'commit') await waitForApp();
    return response;
  };
  page.reload = async (...args) => {
    const response = await reload(...args);
    await waitForApp();
    return response;
  };
  return page;
}

/** A browser context in the test's namespace of the mock-API service: its state, no other's. */
async function joinNamespace(context: BrowserContext, namespace: string): Promise<void> {
  await context.addCookies([{ name: NAMESPACE_COOKIE, value: namespace, url: APP_URL }]);
}

/**
 * Sets development switches (faults, volume) for one browser only: the mock-API service ties
 * them to that context's dev session cookie, so other people's browsers meet none of them.
 */
export async function setDevSwitches(page: Page, patch: Partial<DevSwitches>): Promise<void> {
  const response = await page.request.patch(`${APP_URL}/api/dev/v1/switches`, { data: patch });
  expect(response.status(), await response.text()).toBe(200);
}

/**
 * What a journal system's server does for a launch handle, with the journal's own client code
 * (a system token, then the launch registered), in the test's namespace. Returns the address to open.
 */
export async function registerHandle(namespace: string, launch: LaunchRequest): Promise<string> {
  const registered = await registerLaunch(JOURNAL_SYSTEMS[0]!, launch, MOCK_API_ORIGIN, {
    [NAMESPACE_HEADER]: namespace,
  });
  return registered.launchUrl;
}

export type Fixtures = {
  pageErrors: string[];
  /** The test's own namespace of the mock-API service: nothing of other tests, running or not. */
  mockNamespace: string;
  /**
   * Another person at another computer: a browser context of their own, sharing nothing with
   * the others but the servers (and the test's namespace).
   */
  openBrowserFor: () => Promise<Page>;
  /** A program's request to the mock-API service (a journal system), in the test's namespace. */
  mockApi: (path: string, init?: RequestInit) => Promise<Response>;
};

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture uses from this pattern
  mockNamespace: async ({}, use, testInfo) => {
    const namespace = `e2e-${testInfo.testId}-${testInfo.repeatEachIndex}-${testInfo.retry}`;
    await use(namespace);
    // The namespace goes with the test.
    await fetch(`${MOCK_API_ORIGIN}/api/dev/v1/reset`, {
      method: 'POST',
      headers: { [NAMESPACE_HEADER]: namespace },
    }).catch(() => {});
  },
  context: async ({ context, mockNamespace }, use) => {
    await joinNamespace(context, mockNamespace);
    await use(context);
  },
  page: async ({ page }, use) => {
    await use(waitForAppOnNavigation(page));
  },
  openBrowserFor: async (
    { browser, mockNamespace, baseURL, locale, timezoneId, viewport, hasTouch, isMobile },
    use,
  ) => {
    const contexts: BrowserContext[] = [];
    const errors: string[] = [];
    await use(async () => {
      const context = await browser.newContext({
        baseURL,
        locale,
        timezoneId,
        viewport,
        hasTouch,
        isMobile,
        bypassCSP: true,
      });
      contexts.push(context);
      await joinNamespace(context, mockNamespace);
      const page = waitForAppOnNavigation(await context.newPage());
      page.on('pageerror', (error) => errors.push(error.message));
      return page;
    });
    await Promise.all(contexts.map((context) => context.close()));
    expect(errors, 'ohanterade fel i de andra personernas sidor').toEqual([]);
  },
  mockApi: async ({ mockNamespace }, use) => {
    await use((path, init = {}) => {
      const headers = new Headers(init.headers);
      headers.set(NAMESPACE_HEADER, mockNamespace);
      return fetch(`${APP_URL}${path}`, { ...init, headers });
    });
  },
  /** Fails a test whose page logs an uncaught error. */
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'ohanterade fel i sidan').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The main menu's link to the inbox, then the inbox with every source answered. */
export async function openInbox(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: /^Inkorg/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Inkorg', level: 1 })).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Tjänster som inkorgen hämtar från' }),
  ).not.toContainText('hämtar');
}

/**
 * The school nurse (logged in) writes to Hemsjukvården Åsby from the message client, and the
 * message is sent: its thread is on screen.
 */
export async function sendToHomeCare(page: Page, subject: string, text: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Meddelanden' })
    .click();
  await expect(
    page.getByRole('heading', { name: 'Elevhälsan Åsby skolor', level: 1 }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Nytt meddelande' }).click();
  await page.getByRole('combobox', { name: /^Mottagare/ }).fill('Hemsjukvården');
  await page.getByRole('button', { name: 'Sök i adressboken' }).click();
  await page.getByRole('option', { name: 'Hemsjukvården Åsby' }).click();
  await page.getByRole('textbox', { name: /^Rubrik/ }).fill(subject);
  await page.getByRole('textbox', { name: /^Meddelande/ }).fill(text);
  await page.getByRole('button', { name: 'Skicka' }).click();
  await expect(page.getByRole('heading', { name: subject, level: 1 })).toBeVisible();
}
