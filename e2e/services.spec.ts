import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, loginAs, test } from './support/fixtures';

const OPEN = [
  'Medicinsk biblioteksservice – Eira',
  'Läkemedelsinformation – Sil Online',
  'Metoder och riktlinjer för vård och omsorg – Vårdhandboken',
  'Riktlinjer för barnhälsovården – Rikshandboken i barnhälsovård',
];
const CARE = [
  'Invånarnas ärenden och meddelanden – 1177 Personalverktyg',
  'Formulär till invånare – 1177 Formulärhantering',
  'Digitala stöd- och behandlingsprogram – 1177 Stöd och behandling',
  'Intyg och läkarintyg – Webcert',
  'Pågående sjukfall – Rehabstöd',
  'Bedömning av vårdbehov – 1177 Rådgivningsstödet',
  'Remisser mellan vårdgivare – Elektronisk remiss',
  'Hjälpmedelsprodukter och avtal – Hjälpmedelstjänsten',
  'Vårdrelaterade infektioner och antibiotika – Infektionsverktyget',
  'Händelseanalys – Nitha',
];

/** What each test person must see on "Mina tjänster" – written out, not derived from the rules. */
const EXPECTED: Record<string, string[]> = {
  radgivningssjukskoterska: [...CARE, ...OPEN],
  skolskoterska: [...CARE, ...OPEN],
  vardadministrator: [
    'Hjälpmedelsprodukter och avtal – Hjälpmedelstjänsten',
    'Patientavgifter och frikort – Högkostnadsskydd/e-frikort',
    ...OPEN,
  ],
  underskoterska: OPEN,
  'lakare-utan-uppdrag': OPEN,
  statistiker: [
    'Statistik om sjukskrivningar – Intygsstatistik',
    'Användning av Ineras tjänster – Statistiktjänsten',
    ...OPEN,
  ],
};

async function openableServices(page: Page): Promise<string[]> {
  await expect(page.getByRole('heading', { name: 'Mina tjänster', level: 1 })).toBeVisible();
  const links = page.getByRole('main').getByRole('link', { name: /^Öppna / });
  await expect(links.first()).toBeVisible();
  const names = await links.evaluateAll((elements) =>
    elements.map((element) => element.querySelector('.visually-hidden')?.textContent ?? ''),
  );
  return names.sort();
}

for (const [accountId, expected] of Object.entries(EXPECTED)) {
  test(`${accountId} sees exactly the services the commission grants`, async ({ page }) => {
    await loginAs(page, accountId);
    await expect(page).toHaveURL(/\/tjanster$/);
    expect(await openableServices(page)).toEqual([...expected].sort());
    await expectNoAxeViolations(page);
  });
}

test('the login page of the identity provider is accessible', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('main').getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('heading', { name: 'Logga in', level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the home-care assistant nurse is told what she can use without SITHS', async ({ page }) => {
  await loginAs(page, 'underskoterska');
  await expect(page.getByText('Du är inloggad utan SITHS-kort')).toBeVisible();
  await page.getByText(/^Tjänster du inte har tillgång till/).click();
  await expect(
    page.getByText('Kräver inloggning med SITHS-kort – du är inloggad med lösenord').first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the doctor chooses a commission, then switches it from the header', async ({ page }) => {
  await loginAs(page, 'lakare');
  await expect(page.getByRole('heading', { name: 'Välj medarbetaruppdrag' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('radio', { name: /Vårdcentralen Norrbacka/ }).check();
  await page.getByRole('button', { name: 'Fortsätt' }).click();

  await expect(
    page.getByText('Tjänster för ditt uppdrag på Vårdcentralen Norrbacka'),
  ).toBeVisible();
  expect(await openableServices(page)).toEqual([...CARE, ...OPEN].sort());
  const webcert = page.getByRole('link', { name: /^Öppna Intyg och läkarintyg – Webcert/ });
  await expect(webcert).toHaveAttribute('href', /uppdrag=SE2321000016-C1001/);

  await page.getByRole('banner').getByText('Anna Lindqvist', { exact: true }).click();
  await expect(page.getByText('HSA-id SE2321000016-E1001 · SITHS-kort')).toBeVisible();
  await page.getByText('Byt medarbetaruppdrag').click();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: /Vårdcentralen Sjöstaden/ }).click();
  await expect(
    page.getByText('Tjänster för ditt uppdrag på Vårdcentralen Sjöstaden'),
  ).toBeVisible();
  await expect(webcert).toHaveAttribute('href', /uppdrag=SE2321000016-C1002/);
});

test('favourites stay pinned after a reload', async ({ page }) => {
  await loginAs(page, 'statistiker');
  await page
    .getByRole('button', { name: 'Favorit: Användning av Ineras tjänster – Statistiktjänsten' })
    .click();
  const favourites = page.getByRole('region', { name: 'Favoriter' });
  await expect(favourites.getByRole('heading', { name: /Statistiktjänsten/ })).toBeVisible();

  await page.reload();
  await expect(favourites.getByRole('heading', { name: /Statistiktjänsten/ })).toBeVisible();
  await expect(
    favourites.getByRole('button', {
      name: 'Favorit: Användning av Ineras tjänster – Statistiktjänsten',
    }),
  ).toHaveAttribute('aria-pressed', 'true');
});

test('opening a service signs in there without a second login', async ({ page }) => {
  await loginAs(page, 'radgivningssjukskoterska');
  const popupPromise = page.waitForEvent('popup');
  await page.getByRole('link', { name: /^Öppna Intyg och läkarintyg – Webcert/ }).click();
  const service = await popupPromise;

  await expect(service.getByText(/Inloggad som Erik Bergström, Sjuksköterska/)).toBeVisible();
  await expect(
    service.getByText(/Sjuksköterska, 1177 på telefon – 1177 på telefon, Region Norrbacka/),
  ).toBeVisible();
  expect(service.url()).not.toContain('code=');
  await expectNoAxeViolations(service);

  // The launch is remembered on the landing page.
  await expect(page.getByRole('region', { name: 'Senast öppnade' })).toContainText('Webcert');
});

test('logout ends the session at the provider too', async ({ page }) => {
  await loginAs(page, 'skolskoterska');
  await expect(page.getByRole('heading', { name: 'Mina tjänster' })).toBeVisible();
  await page.getByRole('banner').getByText('Maria Johansson', { exact: true }).click();
  await page.getByRole('button', { name: 'Logga ut' }).click();

  await expect(page.getByRole('heading', { name: 'Du är utloggad' })).toBeVisible();
  await expect(page).toHaveURL(/\/utloggad$/);
  await expectNoAxeViolations(page);

  // Without a provider session, the protected page asks for a new login.
  await page.goto('/tjanster');
  await expect(page.getByRole('heading', { name: 'Logga in', level: 1 })).toBeVisible();
});

// The e2e build is configured with a 3-minute idle logout and the warning 1 minute ahead.
test('an idle workstation is warned, then logged out', async ({ page }) => {
  await page.clock.install();
  await loginAs(page, 'radgivningssjukskoterska');
  await expect(page.getByRole('heading', { name: 'Mina tjänster' })).toBeVisible();

  await page.clock.fastForward('02:05');
  const warning = page.getByRole('alertdialog', { name: 'Du loggas snart ut' });
  await expect(warning).toBeVisible();
  await expectNoAxeViolations(page);

  // Choosing to stay resets the timer…
  await warning.getByRole('button', { name: 'Fortsätt vara inloggad' }).click();
  await expect(warning).toBeHidden();
  await page.clock.fastForward('02:05');
  await expect(warning).toBeVisible();

  // …and doing nothing logs out.
  await page.clock.fastForward('01:00');
  await expect(page.getByRole('heading', { name: 'Du är utloggad' })).toBeVisible();
  await expect(page.getByText('Utloggad på grund av inaktivitet')).toBeVisible();
});

test('two tabs share the login and each renews its token silently', async ({ page, context }) => {
  await context.clock.install();
  await loginAs(page, 'radgivningssjukskoterska');
  await expect(page.getByRole('heading', { name: 'Mina tjänster' })).toBeVisible();

  // A second tab signs in on the provider session without showing the login page.
  const second = await context.newPage();
  await second.goto('/tjanster');
  await expect(second.getByRole('heading', { name: 'Mina tjänster' })).toBeVisible();

  const accessToken = (tab: Page) =>
    tab.evaluate(() => {
      const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
      return key
        ? (JSON.parse(sessionStorage.getItem(key)!) as { access_token: string }).access_token
        : null;
    });
  const before = [await accessToken(page), await accessToken(second)];
  expect(before[0]).not.toEqual(before[1]);
  // A marker that a full redirect to the provider and back would wipe: renewal must be silent.
  for (const tab of [page, second])
    await tab.evaluate(() => ((window as { stayed?: boolean }).stayed = true));

  // Tokens live 10 minutes and renew one minute ahead. Move time in steps, working in both
  // tabs so that the 3-minute idle logout of the e2e build does not end the session first.
  for (let minute = 0; minute < 10; minute += 1) {
    await page.clock.fastForward('01:00');
    for (const tab of [page, second]) {
      await tab.getByRole('heading', { name: 'Mina tjänster' }).click();
    }
  }
  await expect.poll(() => accessToken(page)).not.toEqual(before[0]);
  await expect.poll(() => accessToken(second)).not.toEqual(before[1]);
  for (const tab of [page, second]) {
    expect(await tab.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true);
  }

  // Both tabs still reach the catalog with their renewed tokens.
  for (const tab of [page, second]) {
    await tab.reload();
    await expect(
      tab.getByRole('link', { name: /^Öppna Intyg och läkarintyg – Webcert/ }),
    ).toBeVisible();
  }
});
