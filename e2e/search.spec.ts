import type { Page } from '@playwright/test';
import {
  expect,
  expectNoAxeViolations,
  loginAtProvider,
  registerHandle,
  staff,
  test,
} from './support/fixtures';
import { SCREEN_SIZES, screenOptions } from './support/screen-sizes';

/** The search page against the search API (the mock-API service) over the real sample corpus. */

const box = (page: Page) => page.getByRole('searchbox', { name: 'Sök', exact: true });
const summary = (page: Page) => page.getByRole('heading', { level: 2 }).getByRole('status');
const results = (page: Page) => page.getByRole('list', { name: 'Sökresultat' });
const hitCount = async (page: Page) =>
  Number((await summary(page).textContent())!.match(/^(\d+) träff/)![1]);

test('typing shows results, and an abbreviation finds what is written out', async ({ page }) => {
  await page.goto('/sok');
  await expect(page.getByRole('heading', { level: 1, name: 'Sök i kunskapsstödet' })).toBeVisible();
  await box(page).fill('kateter');
  await expect(summary(page)).toHaveText(/^\d+ träffar för ”kateter”$/);
  await expect(page).toHaveURL('/sok?q=kateter');
  await expect(
    results(page).getByRole('link', { name: 'Suprapubisk kateter – skötsel och byte' }),
  ).toBeVisible();
  await expect(results(page).locator('mark').first()).toBeVisible();

  await box(page).fill('CVK');
  await expect(summary(page)).toHaveText(/träffar för ”CVK”/);
  // The region's routine never says "CVK": the synonym "central venkateter" finds it.
  await expect(
    results(page).getByRole('link', {
      name: 'Central venkateter och venport – rutiner i Region Norrbacka',
    }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await box(page).fill('superjuicekur');
  await expect(summary(page)).toHaveText('Inga träffar för ”superjuicekur”');
  await expect(page.getByRole('heading', { level: 3, name: 'Inga träffar' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a facet narrows, unchecking widens, and the URL round-trips', async ({ page }) => {
  await page.goto('/sok?q=kateter');
  await expect(summary(page)).toHaveText(/träffar för ”kateter”$/);
  const all = await hitCount(page);

  const patientInfo = page
    .getByRole('group', { name: 'Innehållstyp' })
    .getByRole('checkbox', { name: /^Patientinformation\b/ });
  await patientInfo.check();
  await expect(summary(page)).toHaveText(/för ”kateter” med 1 filter$/);
  const narrowed = await hitCount(page);
  expect(narrowed).toBeLessThan(all);
  await expect(page).toHaveURL('/sok?q=kateter&innehall=patientinformation');
  await expect(
    page.getByRole('button', { name: 'Ta bort filtret Innehållstyp: Patientinformation' }),
  ).toBeVisible();

  await page.getByRole('combobox', { name: 'Sortera efter' }).selectOption('Senast uppdaterad');
  await expect(page).toHaveURL('/sok?q=kateter&innehall=patientinformation&sortering=senast');
  await expectNoAxeViolations(page);

  // Reload: words, filter and sort come back from the URL.
  await page.reload();
  await expect(box(page)).toHaveValue('kateter');
  await expect(summary(page)).toHaveText(
    `${narrowed} ${narrowed === 1 ? 'träff' : 'träffar'} för ”kateter” med 1 filter`,
  );
  await expect(patientInfo).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Sortera efter' })).toHaveValue('updated');

  // Back steps through the history: first the sort, then the filter.
  await page.goBack();
  await expect(page).toHaveURL('/sok?q=kateter&innehall=patientinformation');
  await expect(page.getByRole('combobox', { name: 'Sortera efter' })).toHaveValue('relevance');
  await page.goBack();
  await expect(page).toHaveURL('/sok?q=kateter');
  await expect(patientInfo).not.toBeChecked();
  await page.goForward();
  await expect(patientInfo).toBeChecked();

  await patientInfo.uncheck();
  await expect(summary(page)).toHaveText(`${all} träffar för ”kateter”`);
});

test('"Menade du …?" corrects a typo and runs the suggestion', async ({ page }) => {
  await page.goto('/sok');
  await box(page).fill('hjärtsvict');
  const suggestion = page.getByRole('link', { name: 'hjärtsvikt', exact: true });
  await expect(page.getByText('Menade du hjärtsvikt?')).toBeVisible();
  await suggestion.click();
  await expect(page).toHaveURL(`/sok?q=${encodeURIComponent('hjärtsvikt')}`);
  await expect(box(page)).toHaveValue('hjärtsvikt');
  await expect(
    results(page).getByRole('link', { name: 'Hjärtsvikt – utredning och behandling' }),
  ).toBeVisible();
});

test('works with the keyboard alone', async ({ page }) => {
  await page.goto('/sok');
  await expect(page.getByRole('heading', { level: 1, name: 'Sök i kunskapsstödet' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /innehållet/i })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('trycksar');
  await page.keyboard.press('Enter');
  await expect(summary(page)).toHaveText(/träff(ar)? för ”trycksar”$/);

  // Next: the submit button, the way past the filters, then the first facet's first checkbox;
  // Space toggles it.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Sök', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Till sökresultaten' })).toBeFocused();
  await page.keyboard.press('Tab');
  const first = page.getByRole('group').first().getByRole('checkbox').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  await expect(summary(page)).toHaveText(/med 1 filter$/);
  await expect(first).toBeFocused();

  // On through the filters to the first hit, and open it with Enter.
  const firstHit = results(page).getByRole('link').first();
  const title = (await firstHit.textContent())!;
  for (
    let i = 0;
    i < 80 && !(await firstHit.evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(firstHit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});

test('on a phone the filters open in a sheet', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/sok?q=fall');
  await expect(summary(page)).toHaveText(/träffar för ”fall”$/);
  const all = await hitCount(page);
  // No facets beside the hits: they wait behind the button.
  await expect(page.getByRole('group', { name: 'Målgrupp' })).toBeHidden();
  const opener = page.getByRole('button', { name: 'Filter', exact: true });
  await opener.click();

  const sheet = page.getByRole('dialog', { name: 'Filtrera' });
  await expect(sheet).toBeVisible();
  const show = sheet.getByRole('button', { name: `Visa ${all} träffar` });
  await expect(show).toBeFocused();
  await expectNoAxeViolations(page);
  await sheet.getByRole('group', { name: 'Målgrupp' }).getByRole('checkbox').first().check();
  await expect(summary(page)).toHaveText(/för ”fall” med 1 filter$/);
  // The summary follows the filter at once; the count follows when the answer comes.
  await expect.poll(() => hitCount(page)).toBeLessThan(all);
  const narrowed = await hitCount(page);
  await sheet.getByRole('button', { name: `Visa ${narrowed} träffar` }).click();
  await expect(sheet).toBeHidden();
  await expect(page.getByRole('button', { name: 'Filter (1 valt)' })).toBeFocused();
  // The page behind shows the narrowed hits (20 at a time).
  await expect(results(page).getByRole('heading', { level: 3 })).toHaveCount(
    Math.min(narrowed, 20),
  );

  // Escape closes too, and "Rensa alla filter" in the sheet widens again.
  await page.getByRole('button', { name: 'Filter (1 valt)' }).click();
  await sheet.getByRole('button', { name: 'Rensa alla filter' }).click();
  await expect(summary(page)).toHaveText(`${all} träffar för ”fall”`);
  await expect(sheet.getByRole('button', { name: `Visa ${all} träffar` })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(opener).toBeFocused();
});

test('never puts an identity number in the address', async ({ page }) => {
  await page.goto('/sok?q=kateter');
  await expect(summary(page)).toHaveText(/träffar för ”kateter”$/);
  await box(page).fill('19121212-1212');
  await box(page).press('Enter');
  await expect(page.getByText('Sök inte på personnummer här')).toBeVisible();
  await expect(page).toHaveURL('/sok?q=kateter');
});

test('browses an audience from the start page with "Visa fler"', async ({ page }) => {
  await page.goto('/sok?malgrupp=underskoterska');
  await expect(summary(page)).toHaveText(/^\d+ träffar med 1 filter$/);
  await expect(
    results(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading') }),
  ).toHaveCount(20);
  await page.getByRole('button', { name: 'Visa fler träffar' }).click();
  await expect(page).toHaveURL('/sok?malgrupp=underskoterska&sida=2');
  const hits = results(page).getByRole('heading', { level: 3 }).getByRole('link');
  await expect(hits.nth(20)).toBeFocused();
  await page.reload();
  await expect(hits.nth(39)).toBeVisible();
});

test('typing on shows the last words’ results, never an older answer that arrives late', async ({
  page,
}) => {
  // The first search's answer is held back until the second has been shown.
  let releaseFirst: () => void = () => {};
  const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
  await page.route('**/api/search/v1/search?q=kateter*', async (route) => {
    await firstHeld;
    await route.continue().catch(() => {}); // the page may have cancelled it meanwhile
  });
  await page.goto('/sok');
  const first = page.waitForRequest((request) => request.url().includes('q=kateter'));
  await box(page).fill('kateter');
  await first;
  await box(page).fill('trycksår');
  await expect(summary(page)).toHaveText(/träffar för ”trycksår”$/);
  releaseFirst();
  // Long enough for the held answer to arrive, were it still wanted.
  await page.waitForTimeout(1_000);
  await expect(summary(page)).toHaveText(/träffar för ”trycksår”$/);
  await expect(results(page).getByRole('link', { name: /kateter/i })).toHaveCount(0);
});

test('a failing search service gets a message and a retry, and the page recovers', async ({
  page,
}) => {
  await page.route('**/api/search/v1/search**', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({
        error: { code: 'unavailable', message: 'Söktjänsten är tillfälligt otillgänglig.' },
      }),
    }),
  );
  // The browser's own search: a link's first hits come from the server, in the page.
  await page.goto('/sok');
  await box(page).fill('kateter');
  const alert = page.getByRole('alert').filter({ hasText: 'Sökningen misslyckades' });
  await expect(alert).toContainText('Söktjänsten är tillfälligt otillgänglig.');
  await expect(box(page)).toHaveValue('kateter');
  await expectNoAxeViolations(page);

  await page.unroute('**/api/search/v1/search**');
  await alert.getByRole('button', { name: 'Försök igen' }).click();
  await expect(summary(page)).toHaveText(/träffar för ”kateter”$/);
  await expect(alert).toBeHidden();
});

test('the search page downloads no index: each query is one small answer', async ({ page }) => {
  const downloads: { url: string; bytes: number }[] = [];
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    downloads.push({ url: response.url(), bytes: body.length });
  });
  const opened = await page.goto('/sok?q=kateter');
  await expect(summary(page)).toHaveText(/träffar för ”kateter”$/);
  // The first answer came in the page itself (rendered on request), not as a question after it.
  expect(await opened!.text()).toContain('Suprapubisk kateter – skötsel och byte');
  const answersSoFar = () => downloads.filter((d) => d.url.includes('/api/search/v1/search'));
  expect(answersSoFar()).toEqual([]);
  await box(page).fill('diabetes');
  await expect(summary(page)).toHaveText(/träffar för ”diabetes”$/);

  expect(downloads.filter((d) => /search-index|search-worker|sok-[\w-]+\.js/.test(d.url))).toEqual(
    [],
  );
  // A response is recorded once its body has been read, a moment after the page painted it.
  await expect.poll(() => answersSoFar().length).toBeGreaterThanOrEqual(1);
  const answers = answersSoFar();
  // Uncompressed, a page of 20 hits with every facet is a few tens of KB at most.
  for (const answer of answers) expect(answer.bytes).toBeLessThan(60 * 1024);
});

test('a shared search link shows its hits before any JavaScript runs, and never with an identity number', async ({
  browser,
}) => {
  // As a phone on a slow network sees it until the app's code has come: the server's HTML.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/sok?q=kateter&innehall=patientinformation');
  await expect(summary(page)).toHaveText(/^\d+ träff(ar)? för ”kateter” med 1 filter$/);
  await expect(
    results(page)
      .getByRole('link', { name: /urinkateter/ })
      .first(),
  ).toBeVisible();
  await expect(box(page)).toHaveValue('kateter');

  // Without its guard script the number stays in this address bar, but no page is rendered with
  // it: the frame comes, whose script would take the number out of the address.
  const opened = await page.goto('/sok?q=19121212-1212');
  expect(await opened!.text()).not.toContain('19121212');
  await expect(results(page)).toHaveCount(0);
  await context.close();
});

/** Tab until `target` has focus; how many presses it took (at most `max`). */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, max: number) {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
  }
  return Infinity;
}

for (const size of SCREEN_SIZES) {
  test.describe(`${size.name} ${size.width}×${size.height}`, () => {
    test.use(screenOptions(size));

    test('after a search from the start page, "Till sökresultaten" leads past the filters to the hits', async ({
      page,
    }) => {
      await page.goto('/');
      const start = page.getByRole('searchbox', { name: 'Sök i kunskapsstödet' });
      await start.fill('trycksår');
      await start.press('Enter');
      await expect(summary(page)).toHaveText(/^\d+ träffar för ”trycksår”$/);
      // The new page has focus on its content: the search box, its button, then the way past.
      await expect(page.getByRole('main')).toBeFocused();
      const skip = page.getByRole('link', { name: 'Till sökresultaten' });
      expect(await tabTo(page, skip, 3)).toBe(3);
      await expect(skip).toBeVisible();
      await expectNoAxeViolations(page);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 2, name: /träffar för/ })).toBeFocused();
      // The sort, then the first hit (it took 36 presses through the filters before).
      const firstHit = results(page).getByRole('link').first();
      expect(await tabTo(page, firstHit, 3)).toBeLessThanOrEqual(2);
      await expect(firstHit).toBeInViewport();
    });
  });
}

test('the region chosen in the header lifts its own texts, and the page says so', async ({
  page,
}) => {
  const sjodal = 'KOL – läkemedelsval och vårdkedja i Region Sjödal';
  const titles = () => results(page).getByRole('heading', { level: 3 }).allTextContents();
  await page.goto('/sok?q=kol');
  await expect(summary(page)).toHaveText(/^\d+ träffar för ”kol”$/);
  const total = await hitCount(page);
  const before = (await titles()).indexOf(sjodal);
  expect(before).toBeGreaterThan(0);

  await page
    .getByRole('banner')
    .getByRole('combobox', { name: 'Region' })
    .selectOption({ label: 'Region Sjödal' });
  await expect(
    page.getByText('Texter från Region Sjödal visas före andra som passar sökningen lika bra.'),
  ).toBeVisible();
  await expect.poll(async () => (await titles()).indexOf(sjodal)).toBeLessThan(before);
  // A boost, not a filter: every hit is still there.
  expect(await hitCount(page)).toBe(total);
  await expect(page).toHaveURL('/sok?q=kol');
});

test('an E11 launch lists the care programme for type 2 diabetes first', async ({
  page,
  mockNamespace,
}) => {
  await page.goto(
    await registerHandle(mockNamespace, {
      patient: '19121212-1212',
      careUnit: 'SE2321000016-1A2C',
      to: 'start',
      icd10: ['E11'],
    }),
  );
  await loginAtProvider(page, staff('lakare'));
  await page
    .getByRole('region', { name: 'Kunskapsstöd för patientens diagnoser' })
    .getByRole('link', { name: 'Typ 2-diabetes (E11)' })
    .click();
  await expect(summary(page)).toHaveText(/^\d+ träffar för ”E11”$/);
  await expect(results(page).getByRole('heading', { level: 3 }).first()).toHaveText(
    'Diabetes typ 2 – behandling och uppföljning',
  );
  await expect(
    page.getByText('Diagnoskod E11: först texterna med koden som huvuddiagnos, vårdprogram först.'),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test('"Patientinformation att skriva ut" on the start page is the content-type filter', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Ämnen' })
    .getByRole('link', { name: 'Patientinformation att skriva ut' })
    .click();
  await expect(page).toHaveURL('/sok?innehall=patientinformation');
  await expect(summary(page)).toHaveText(/^\d+ träffar med 1 filter$/);
  await expect(box(page)).toHaveValue('');
  await expect(results(page).getByText('Patientinformation', { exact: true })).toHaveCount(20);
  // Every hit can be printed for the patient; no method description among them.
  await expect(results(page).getByText('Material att ge till patient')).toHaveCount(20);
  await expect(results(page).getByText('Metodbeskrivning', { exact: true })).toHaveCount(0);
});
