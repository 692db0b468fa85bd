import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { findStaff } from '../../mocks/idp/staff';
import type { StaffMember } from '../../mocks/idp/staff';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

type AxeResults = {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
};

/** Runs axe-core for WCAG 2.1 A and AA on the page as it is now; fails on any violation. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
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

/** From the start page through the provider to the page after login. */
export async function loginAs(page: Page, accountId: string): Promise<StaffMember> {
  const person = staff(accountId);
  await page.goto('/');
  await page.getByRole('main').getByRole('button', { name: 'Logga in' }).click();
  await loginAtProvider(page, person);
  return person;
}

/** True once the app runs in the page (src/app/app.tsx marks it). */
const appIsReady = () => document.documentElement.dataset.app === 'ready';

/**
 * Prerendered pages show their text before the app runs, as a person sees them; a test acts on
 * them the way a person with a fast connection would, once the app has started. After a
 * navigation to the app, `goto` and `reload` wait for that – unless told `waitUntil: 'commit'`:
 * the page as it arrives.
 */
export const test = base.extend<{ pageErrors: string[] }>({
  page: async ({ page, baseURL }, use) => {
    const waitForApp = async () => {
      if (!baseURL || !page.url().startsWith(baseURL)) return;
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
    await use(page);
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
