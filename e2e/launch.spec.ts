import type { Page } from '@playwright/test';
import {
  expect,
  expectNoAxeViolations,
  loginAs,
  loginAtProvider,
  registerHandle,
  setDevSwitches,
  staff,
  test,
} from './support/fixtures';
import type { LaunchRequest } from '../mocks/launch-context/journal-system-client';

const TOLVAN = '19121212-1212';
/** Any form of Tolvan's number: 12 digits, 10 digits, with or without hyphen. */
const TOLVAN_ANY_FORM = /(19)?121212[-+]?1212/;

type HandleLaunch = LaunchRequest & {
  /** The log service loses its first two answers (after storing). */
  failLog?: boolean;
};

/** Plays a journal system's server: registers the launch, and the browser opens its address. */
async function launchWithHandle(
  page: Page,
  mockNamespace: string,
  { failLog, ...launch }: HandleLaunch,
): Promise<string> {
  if (failLog) {
    await page.goto('/');
    await setDevSwitches(page, { accessLogFailures: { mode: 'lose-response', count: 2 } });
  }
  const launchUrl = await registerHandle(mockNamespace, launch);
  await page.goto(launchUrl);
  return launchUrl;
}

async function expectNoIdentityNumberLeft(page: Page): Promise<void> {
  expect(page.url()).not.toMatch(TOLVAN_ANY_FORM);
  expect(page.url()).not.toContain('launch=');
  const stored = await page.evaluate(() => ({
    href: window.location.href,
    local: JSON.stringify({ ...window.localStorage }),
    pending: window.sessionStorage.getItem('vardpersonal.launch.pending'),
  }));
  expect(stored.href).not.toMatch(TOLVAN_ANY_FORM);
  expect(stored.local).not.toMatch(TOLVAN_ANY_FORM);
  expect(stored.pending).toBeNull();
}

const banner = (page: Page) => page.getByRole('region', { name: 'Patient', exact: true });

test('a handle launch before login survives the login and lands with the banner', async ({
  page,
  mockNamespace,
}) => {
  const toProvider: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith('http://localhost:4400')) {
      toProvider.push(`${request.url()} ${request.postData() ?? ''}`);
    }
  });

  await launchWithHandle(page, mockNamespace, {
    patient: TOLVAN,
    careUnit: 'SE2321000016-1A2C',
    to: 'start',
    icd10: ['E11', 'I10'],
  });
  await loginAtProvider(page, staff('lakare'));

  await expect(banner(page).getByText('Tolvan Tolvansson')).toBeVisible();
  await expect(banner(page).getByText(TOLVAN)).toBeVisible();
  await expect(page).toHaveURL(/\/tjanster$/);
  // The launch's care unit became the active commission without asking.
  await expect(
    page.getByText('Tjänster för ditt uppdrag på Vårdcentralen Sjöstaden'),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Kunskapsstöd för patientens diagnoser' }).getByRole('link', {
      name: 'Typ 2-diabetes (E11)',
    }),
  ).toHaveAttribute('href', '/sok?q=E11');
  await expectNoIdentityNumberLeft(page);
  expect(toProvider.join('\n')).not.toMatch(TOLVAN_ANY_FORM);
  await expectNoAxeViolations(page);
});

test('a direct launch before login survives the login, and nothing reaches the provider', async ({
  page,
}) => {
  const toProvider: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith('http://localhost:4400')) {
      toProvider.push(
        `${request.url()} ${request.postData() ?? ''} ${request.headers().referer ?? ''}`,
      );
    }
  });
  await page.goto(`/launch?patient=${TOLVAN}&careUnit=SE2321000016-1A2B&to=start`);
  await loginAtProvider(page, staff('lakare'));
  await expect(banner(page).getByText('Tolvan Tolvansson')).toBeVisible();
  await expect(
    page.getByText('Tjänster för ditt uppdrag på Vårdcentralen Norrbacka'),
  ).toBeVisible();
  await expectNoIdentityNumberLeft(page);
  expect(toProvider.length).toBeGreaterThan(0);
  expect(toProvider.join('\n')).not.toMatch(TOLVAN_ANY_FORM);
});

test('both launch methods leave a clean address bar and history', async ({
  page,
  mockNamespace,
}) => {
  await loginAs(page, 'radgivningssjukskoterska');
  await expect(page.getByRole('heading', { name: 'Mina tjänster' })).toBeVisible();
  const before = await page.evaluate(() => window.history.length);
  // Where the address stood when the app first put anything on the screen.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.getElementById('root')?.firstChild) {
        (window as unknown as { firstRenderHref: string }).firstRenderHref = location.href;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });

  // Direct URL, logged in: the launch is one history entry, and it holds no number.
  await page.goto(`/launch?patient=${TOLVAN}&icd10=J45`);
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { firstRenderHref?: string }).firstRenderHref),
    )
    .toBe('http://localhost:5173/launch');
  await expect(banner(page).getByText('Tolvan Tolvansson')).toBeVisible();
  expect(await page.evaluate(() => window.history.length)).toBe(before + 1);
  expect(await page.evaluate(() => window.location.href)).toBe('http://localhost:5173/tjanster');
  await expectNoIdentityNumberLeft(page);
  await page.goBack();
  await expect(page).toHaveURL('http://localhost:5173/tjanster');
  await page.goForward();
  await expect(page).toHaveURL('http://localhost:5173/tjanster');
  await expect(banner(page)).toBeVisible();

  // Handle, logged in: one entry for the launch – replaced, not added to.
  await launchWithHandle(page, mockNamespace, { patient: '19800762-3450' });
  await expect(banner(page).getByText('Jonas Vik')).toBeVisible();
  await expect(banner(page).getByText('Samordningsnummer')).toBeVisible();
  expect(await page.evaluate(() => window.history.length)).toBe(before + 2);
  expect(await page.evaluate(() => window.location.href)).toBe('http://localhost:5173/tjanster');
  await expectNoIdentityNumberLeft(page);
  await page.goBack();
  await expect(page).toHaveURL('http://localhost:5173/tjanster');

  // "Stäng patient" clears it everywhere.
  await page.goForward();
  await banner(page).getByRole('button', { name: 'Stäng patient' }).click();
  await expect(banner(page)).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Mina tjänster' })).toBeVisible();
  await expect(banner(page)).toBeHidden();
});

const INVALID: [string, string][] = [
  ['1912121A-1212', 'Personnumret får bara innehålla siffror'],
  ['191212-121', 'Personnumret har fel antal siffror'],
  ['19121212-1213', 'Personnumrets kontrollsiffra stämmer inte'],
  ['19990231-1233', 'Personnumret innehåller inget giltigt födelsedatum'],
  ['20991212-1218', 'Personnumret har ett födelsedatum i framtiden'],
];

test('each invalid input shows its own message, before any login', async ({ page }) => {
  for (const [patient, message] of INVALID) {
    await page.goto(`/launch?${new URLSearchParams({ patient })}`);
    await expect(page.getByText(message)).toBeVisible();
    await expect(page).toHaveURL('http://localhost:5173/launch');
    await expect(page.getByRole('main')).not.toContainText(patient);
  }
  await expectNoAxeViolations(page);

  // No open redirect: absolute URLs, "//host" and "javascript:" are refused.
  for (const to of ['https://evil.example/', '//evil.example', 'javascript:alert(1)']) {
    await page.goto(`/launch?${new URLSearchParams({ patient: TOLVAN, to })}`);
    await expect(page.getByText('Målet (to) är inte en sida i arbetsytan')).toBeVisible();
    await expect(page).toHaveURL('http://localhost:5173/launch');
  }
  await page.goto(`/launch?${new URLSearchParams({ patient: TOLVAN, careUnit: 'vc-norrbacka' })}`);
  await expect(page.getByText('Vårdenheten (careUnit) är inget giltigt HSA-id')).toBeVisible();
  await page.goto(`/launch?${new URLSearchParams({ patient: TOLVAN, icd10: 'E11,x' })}`);
  await expect(
    page.getByText(/Diagnoskod nummer 2 \(icd10\) är inte en giltig ICD-10-kod/),
  ).toBeVisible();
});

test('a handle is refused when reused, bound to someone else, or for a unit without a commission', async ({
  page,
  mockNamespace,
}) => {
  // Bound to Erik, opened by Anna.
  await launchWithHandle(page, mockNamespace, {
    patient: TOLVAN,
    user: staff('radgivningssjukskoterska').employeeHsaId,
  });
  await loginAtProvider(page, staff('lakare'));
  await expect(
    page.getByText(/Startlänken från journalsystemet gäller en annan användare/),
  ).toBeVisible();
  await expect(banner(page)).toBeHidden();
  await expectNoAxeViolations(page);

  // A handle for anyone at a unit where Anna has no commission: the service refuses to release
  // the patient to her, and the message names the unit.
  await launchWithHandle(page, mockNamespace, { patient: TOLVAN, careUnit: 'SE2120000142-7E01' });
  await expect(
    page.getByText(/Startlänken från journalsystemet gäller Elevhälsan Åsby skolor/),
  ).toBeVisible();
  await expect(banner(page)).toBeHidden();
  await expectNoAxeViolations(page);

  // Bound to her, at such a unit: she chooses the commission to work in, once.
  await launchWithHandle(page, mockNamespace, {
    patient: TOLVAN,
    careUnit: 'SE2120000142-7E01',
    user: staff('lakare').employeeHsaId,
  });
  await expect(
    page.getByRole('group', { name: 'Vilket medarbetaruppdrag arbetar du i för patienten?' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('radio', { name: /Vårdcentralen Sjöstaden/ }).check();
  await page.getByRole('button', { name: 'Fortsätt med patienten' }).click();
  await expect(banner(page).getByText('Tolvan Tolvansson')).toBeVisible();

  // The same handle a second time.
  const used = await launchWithHandle(page, mockNamespace, { patient: TOLVAN });
  await expect(banner(page)).toBeVisible();
  await page.goto(used);
  await expect(page.getByText(/Startlänken från journalsystemet har redan använts/)).toBeVisible();
});

test('a protected identity hides the name; a deceased patient is marked', async ({ page }) => {
  await loginAs(page, 'radgivningssjukskoterska');
  await expect(page.getByRole('heading', { name: 'Mina tjänster' })).toBeVisible();

  await page.goto('/launch?patient=19730501-2382');
  await expect(banner(page).getByText('Sekretessmarkerad uppgift')).toBeVisible();
  await expect(banner(page).getByText('Skyddad identitet')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Lisa Berg');
  await expect(page.locator('body')).not.toContainText('Hemlig adress');
  await expectNoAxeViolations(page);

  await page.goto('/launch?patient=19320318-5677');
  await expect(banner(page).getByText('Gustav Lund')).toBeVisible();
  await expect(banner(page).getByText('Avliden 2025-08-14')).toBeVisible();

  await page.goto('/launch?patient=190606%2B9123');
  await expect(banner(page).getByText('Elsa Nyberg')).toBeVisible();
  await expect(banner(page).getByText('19190606-9123')).toBeVisible();
});

test('access events arrive exactly once, and the head of the unit finds them in her own browser', async ({
  page,
  mockNamespace,
  openBrowserFor,
}) => {
  // The log service loses its first two answers: the app retries, the service keeps one copy.
  await launchWithHandle(page, mockNamespace, {
    patient: TOLVAN,
    careUnit: 'SE2321000016-1A2B',
    failLog: true,
  });
  await loginAtProvider(page, staff('lakare'));
  await expect(banner(page).getByText('Tolvan Tolvansson')).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => sessionStorage.getItem('vardpersonal.accessLog.queue')), {
      timeout: 15_000,
    })
    .toBe('[]');

  // The head of the unit reviews the log at her own computer, while Anna is still working.
  const karin = await openBrowserFor();
  await loginAs(karin, 'verksamhetschef');
  await karin
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Åtkomstlogg' })
    .click();
  await expect(karin.getByRole('heading', { name: 'Åtkomstlogg', level: 1 })).toBeVisible();
  await expect(karin).toHaveURL('http://localhost:5173/atkomstlogg');

  await karin.getByRole('textbox', { name: 'Patient', exact: true }).fill(TOLVAN);
  await karin.getByLabel('Användare', { exact: true }).fill(staff('lakare').employeeHsaId);
  await karin.getByRole('button', { name: 'Sök i loggen' }).click();
  const table = karin.getByRole('table');
  await expect(table.getByRole('caption')).toHaveText(/åtkomsthändelser hos Region Norrbacka/);
  // The services that released Tolvan's data logged it themselves; the banner's own event,
  // despite the lost answers, is there exactly once.
  const rows = table.getByRole('row');
  await expect(rows.filter({ hasText: 'Webbläsaren' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Personuppslag (PU-tjänsten)' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: 'Startkontext' })).toHaveCount(1);
  await expect(table).toContainText('Anna Lindqvist');
  await expect(table).toContainText('Vårdcentralen Norrbacka');
  await expect(table).not.toContainText('Erik Bergström');
  // The filter (an identity number) never reaches the address.
  expect(karin.url()).toBe('http://localhost:5173/atkomstlogg');
  await expectNoAxeViolations(karin);

  // All of Tolvan's events: Region Norrbacka's only – the school nurse at Åsby kommun is not here.
  await karin.getByLabel('Användare', { exact: true }).fill('');
  await karin.getByRole('button', { name: 'Sök i loggen' }).click();
  await expect(table).toContainText('Erik Bergström');
  // Her own first search is an access too, and is in the log.
  await expect(rows.filter({ hasText: 'Loggranskning' }).first()).toContainText('Karin');
  await expect(table).not.toContainText('Maria Johansson');
  await expect(table).not.toContainText('Elevhälsan');
});
