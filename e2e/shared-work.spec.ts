/**
 * Several people at once: each in a browser context of their own (nothing shared but the
 * servers), working one care unit's inbox through the shared mock-API service.
 */
import type { Page } from '@playwright/test';
import {
  expect,
  expectNoAxeViolations,
  loginAs,
  loginAtProvider,
  openInbox,
  registerHandle,
  staff,
  test,
} from './support/fixtures';
import { CARE_UNITS } from '../mocks/idp/staff';
import { seedArenden } from '../mocks/personalverktyg/seed';

const NORRBACKA = CARE_UNITS.vcNorrbacka.healthCareUnitHsaId;
/** Seeded in 1177 Personalverktyg at Vårdcentralen Norrbacka: the newest case, not yet assigned. */
const firstCase = seedArenden(NORRBACKA)[0]!;

const caseList = (page: Page) => page.getByRole('region', { name: 'Ärendelista' });
const caseLink = (page: Page, subject: string) =>
  caseList(page).getByRole('link', { name: subject }).first();

/** Logs in; the doctor with two commissions chooses Norrbacka. Ends on the inbox. */
async function openInboxAs(page: Page, accountId: string): Promise<void> {
  await loginAs(page, accountId);
  const norrbacka = page.getByRole('radio', { name: /Vårdcentralen Norrbacka/ });
  if (accountId === 'lakare') {
    await norrbacka.check();
    await page.getByRole('button', { name: 'Fortsätt' }).click();
  }
  await openInbox(page);
}

test('the receiver assigns a case to the doctor, who finds it in her own inbox', async ({
  page: sara,
  openBrowserFor,
}) => {
  await openInboxAs(sara, 'sjukskoterska');
  await caseLink(sara, firstCase.rubrik).click();
  const view = sara.getByRole('article');
  await view
    .getByRole('combobox', { name: 'Tilldela till' })
    .selectOption({ label: 'Anna Lindqvist, Läkare' });
  await view.getByRole('button', { name: 'Tilldela' }).click();
  await expect(view.getByText('Ärendet är tilldelat Anna Lindqvist.')).toBeVisible();

  const anna = await openBrowserFor();
  await openInboxAs(anna, 'lakare');
  await anna.getByRole('combobox', { name: 'Tilldelning' }).selectOption('mine');
  await caseLink(anna, firstCase.rubrik).click();
  await expect(
    anna.getByRole('article').getByRole('heading', { name: firstCase.rubrik, level: 2 }),
  ).toBeVisible();
  await expect(anna.getByRole('article')).toContainText('Anna Lindqvist');
});

test('two people take the same case at the same moment: one gets it, the other is told who', async ({
  page: sara,
  openBrowserFor,
}) => {
  const anna = await openBrowserFor();
  await Promise.all([openInboxAs(sara, 'sjukskoterska'), openInboxAs(anna, 'lakare')]);
  await Promise.all([
    caseLink(sara, firstCase.rubrik).click(),
    caseLink(anna, firstCase.rubrik).click(),
  ]);
  const take = (page: Page) =>
    page.getByRole('article').getByRole('button', { name: 'Ta ärendet', exact: true });
  await Promise.all([expect(take(sara)).toBeVisible(), expect(take(anna)).toBeVisible()]);

  await Promise.all([take(sara).click(), take(anna).click()]);

  const outcome = async (page: Page) => {
    const won = page.getByText('Du har tagit ärendet.');
    const lost = page.getByRole('alert').filter({ hasText: 'Ärendet visas som det är nu.' });
    await expect(won.or(lost)).toBeVisible();
    return (await won.isVisible()) ? 'won' : 'lost';
  };
  const [saraGot, annaGot] = await Promise.all([outcome(sara), outcome(anna)]);
  expect([saraGot, annaGot].sort()).toEqual(['lost', 'won']);

  const [loser, winnerName] =
    saraGot === 'lost' ? [sara, 'Anna Lindqvist'] : [anna, 'Sara Ekström'];
  await expect(loser.getByRole('region', { name: 'Åtgärder' }).getByRole('alert')).toContainText(
    `Ärendet har ändrats av ${winnerName}.`,
  );
});

test('a journal system registers a launch from its own server, and the doctor opens it', async ({
  page,
  mockNamespace,
}) => {
  const launchUrl = await registerHandle(mockNamespace, {
    patient: '19121212-1212',
    careUnit: NORRBACKA,
    icd10: ['E11'],
  });
  expect(launchUrl).not.toContain('121212');

  await page.goto(launchUrl);
  await loginAtProvider(page, staff('lakare'));
  await expect(
    page.getByRole('region', { name: 'Patient', exact: true }).getByText('Tolvan Tolvansson'),
  ).toBeVisible();
  expect(page.url()).not.toContain('launch');
});

test('a fault set on the dev tools page in one browser leaves another person’s inbox whole', async ({
  page: sara,
  openBrowserFor,
}) => {
  await sara.goto('/dev/verktyg');
  await expect(sara.getByRole('heading', { name: 'Utvecklarverktyg', level: 1 })).toBeVisible();
  await sara.getByLabel('Webcert').selectOption('error');
  await sara.getByLabel('1177 Formulärhantering').selectOption('network');
  await expectNoAxeViolations(sara);
  await sara.getByRole('button', { name: 'Spara brytarna' }).click();
  await expect(sara.getByText('Brytarna är sparade.', { exact: false })).toBeVisible();

  await openInboxAs(sara, 'sjukskoterska');
  await expect(
    sara.getByRole('alert').filter({ hasText: 'Webcert kunde inte hämtas' }),
  ).toBeVisible();

  const anna = await openBrowserFor();
  await openInboxAs(anna, 'lakare');
  const sources = anna.getByRole('list', { name: 'Tjänster som inkorgen hämtar från' });
  await expect(sources).toContainText(/Webcert: \d+ ärenden/);
  await expect(sources).toContainText(/1177 Formulärhantering: \d+ ärenden/);
  await expect(anna.getByRole('alert').filter({ hasText: 'kunde inte hämtas' })).toHaveCount(0);

  // Back on the dev tools page the browser's own choices are still there.
  await sara.goto('/dev/verktyg');
  await expect(sara.getByLabel('Webcert')).toHaveValue('error');
});
