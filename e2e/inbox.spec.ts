import type { Page } from '@playwright/test';
import {
  expect,
  expectNoAxeViolations,
  loginAs,
  openInbox,
  setDevSwitches,
  test,
} from './support/fixtures';
import { CARE_UNITS } from '../mocks/idp/staff';
import { seedArenden } from '../mocks/personalverktyg/seed';

/** The newest unassigned case in 1177 Personalverktyg at Vårdcentralen Norrbacka (seeded). */
const firstCase = seedArenden(CARE_UNITS.vcNorrbacka.healthCareUnitHsaId)[0]!;

const caseLink = (page: Page, subject: string) =>
  page.getByRole('region', { name: 'Ärendelista' }).getByRole('link', { name: subject }).first();

test('the doctor takes and answers a case, then sees the other unit’s inbox', async ({ page }) => {
  await loginAs(page, 'lakare');
  await page.getByRole('radio', { name: /Vårdcentralen Norrbacka/ }).check();
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await openInbox(page);
  await expect(page.locator('.inbox__summary')).toHaveText(
    /^Vårdcentralen Norrbacka: \d+ (öppna ärenden|öppet ärende), varav \d+ olästa?, från 5 tjänster:$/,
  );
  await expectNoAxeViolations(page);

  await caseLink(page, firstCase.rubrik).click();
  const view = page.getByRole('article');
  await expect(view.getByRole('heading', { name: firstCase.rubrik, level: 2 })).toBeFocused();
  await expect(view.getByRole('link', { name: /Öppna i 1177 Personalverktyg/ })).toHaveAttribute(
    'href',
    /uppdrag=SE2321000016-C1001/,
  );
  await view.getByRole('button', { name: 'Ta ärendet' }).click();
  await expect(view.getByText('Du har tagit ärendet.')).toBeVisible();

  const reply = view.getByRole('textbox', { name: 'Svar till patienten' });
  await reply.fill('Hej! Du är välkommen på mottagningen i morgon kl. 9.');
  await expect(view.getByText(/Utkastet är sparat/)).toBeVisible();
  await view.getByRole('button', { name: 'Skicka svar' }).click();
  await expect(view.getByText('Svaret är skickat.')).toBeVisible();
  await expect(view.getByRole('region', { name: 'Meddelanden' })).toContainText(
    'välkommen på mottagningen',
  );
  await expect(view.getByText('Väntar på svar', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('banner').getByText('Anna Lindqvist', { exact: true }).click();
  await page.getByText('Byt medarbetaruppdrag').click();
  await page.getByRole('button', { name: /Vårdcentralen Sjöstaden/ }).click();
  await openInbox(page);
  await expect(page.locator('.inbox__summary')).toHaveText(
    /^Vårdcentralen Sjöstaden: \d+ (öppna ärenden|öppet ärende), varav \d+ olästa?, från 5 tjänster:$/,
  );
});

test('with Webcert failing the receiver still works with the others, by keyboard only', async ({
  page,
}) => {
  await setDevSwitches(page, { faults: { webcert: 'error' } });
  await loginAs(page, 'sjukskoterska');
  await openInbox(page);
  const banner = page.getByRole('alert').filter({ hasText: 'Webcert kunde inte hämtas' });
  await expect(banner).toBeVisible();
  await expect(caseLink(page, firstCase.rubrik)).toBeVisible();
  await expectNoAxeViolations(page);

  // Keyboard only, with the filter from the address: from the search field to the first
  // unassigned case, open it, take it.
  await page.goto('/inkorg?tilldelning=unassigned');
  await expect(banner).toBeVisible();
  await page.getByRole('searchbox', { name: /Sök bland ärendena/ }).focus();
  for (let i = 0; i < 30; i += 1) {
    await page.keyboard.press('Tab');
    const inList = await page.evaluate(() => !!document.activeElement?.closest('.inbox-list a'));
    if (inList) break;
  }
  const subject = (await page.locator(':focus').textContent())!.replace(/^Oläst: /, '');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: subject, level: 2 })).toBeFocused();
  for (let i = 0; i < 30; i += 1) {
    await page.keyboard.press('Tab');
    if ((await page.locator(':focus').textContent()) === 'Ta ärendet') break;
  }
  await page.keyboard.press('Enter');
  await expect(page.getByText('Du har tagit ärendet.')).toBeVisible();

  // Webcert is back: "Försök igen" brings its cases.
  await setDevSwitches(page, { faults: {} });
  await banner.getByRole('button', { name: /Försök igen/ }).click();
  await expect(banner).toBeHidden();
  await expect(page.getByRole('list', { name: 'Tjänster som inkorgen hämtar från' })).toContainText(
    /Webcert: \d+ ärenden/,
  );
});

test('the receiver assigns a case to a colleague, and new cases wait behind "visa"', async ({
  page,
  mockApi,
}) => {
  await page.clock.install();
  await loginAs(page, 'sjukskoterska');
  await openInbox(page);

  await page.getByRole('combobox', { name: 'Tilldelning' }).selectOption('unassigned');
  await expect(page).toHaveURL(/tilldelning=unassigned/);
  await caseLink(page, firstCase.rubrik).click();
  const view = page.getByRole('article');
  await view
    .getByRole('combobox', { name: 'Tilldela till' })
    .selectOption({ label: 'Per Sandberg, Läkare' });
  await view.getByRole('button', { name: 'Tilldela' }).click();
  await expect(view.getByText('Ärendet är tilldelat Per Sandberg.')).toBeVisible();
  await expect(view.getByText('Per Sandberg', { exact: true })).toBeVisible();

  // Polling: cases that arrive meanwhile do not push the list around; they wait to be shown.
  const listBefore = await page
    .getByRole('region', { name: 'Ärendelista' })
    .getByRole('link')
    .allTextContents();
  // Ninety seconds pass, for the services (the new cases are due) and for the page (it polls).
  const advanced = await mockApi('/api/dev/v1/clock', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ advanceMs: 90_000 }),
  });
  expect(advanced.status).toBe(204);
  await page.clock.fastForward(90_000);
  const show = page.getByRole('button', { name: /(nytt ärende|nya ärenden) – visa/ });
  await expect(show).toBeVisible();
  expect(
    await page.getByRole('region', { name: 'Ärendelista' }).getByRole('link').allTextContents(),
  ).toEqual(listBefore);
  await show.click();
  await expect(show).toBeHidden();
  await expect(page).toHaveTitle(/^\(\d+\) /);
});
