import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { SCREEN_SIZES, screenOptions } from './support/screen-sizes';

/** The sample corpus as written (read here so the specs follow the texts as they grow). */
type Doc = {
  id: string;
  source: string;
  title: string;
  region: string | null;
  addsTo: string | null;
  patientMaterial: boolean;
  version: number;
  history?: { version: number; updated: string }[];
};
const DATA = join(import.meta.dirname, '..', 'mocks', 'data', 'knowledge');
const approved = new Set(
  (
    JSON.parse(readFileSync(join(DATA, 'sources.json'), 'utf8')) as {
      id: string;
      approved: boolean;
    }[]
  )
    .filter((s) => s.approved)
    .map((s) => s.id),
);
const docs: Doc[] = readdirSync(DATA)
  .filter((f) => f.endsWith('.ndjson'))
  .flatMap((f) => readFileSync(join(DATA, f), 'utf8').split('\n'))
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Doc)
  .filter((d) => approved.has(d.source));

const PVK = docs.find((d) => d.id === 'perifer-venkateter-pvk')!;
const additionTo = (id: string, region: string) =>
  docs.find((d) => d.addsTo === id && d.region === region)!;
const leaflet = docs.find((d) => d.patientMaterial && d.region === null)!;

const swedishDate = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T12:00:00Z`),
  );

test('a new user reads a text from the start page and prints a patient leaflet, without logging in', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('searchbox', { name: 'Sök i kunskapsstödet' })).toBeVisible();
  const recent = page.getByRole('region', { name: 'Senast uppdaterade texter' });
  const first = recent.getByRole('link').first();
  await expect(first).toBeVisible();
  await expectNoAxeViolations(page);

  const title = (await first.textContent())!;
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Fakta om texten' })).toContainText(
    'Senast uppdaterad',
  );

  await page.goto(`/kunskap/${leaflet.id}`);
  await expect(page.getByRole('heading', { level: 1, name: leaflet.title })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Utskriftsvänlig version för patienten' }).click();
  await expect(page).toHaveURL(`/kunskap/${leaflet.id}/utskrift`);
  await expect(page.getByRole('heading', { level: 1, name: leaflet.title })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'ja');
  });
  await page.getByRole('button', { name: 'Skriv ut' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'ja');

  // On paper: the text only, no header, menus or buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: leaflet.title })).toBeVisible();
});

test("the region chosen in the header decides the article's regional addition, and is kept", async ({
  page,
}) => {
  await page.goto(`/kunskap/${PVK.id}`);
  await expect(page.getByRole('heading', { level: 1, name: PVK.title })).toBeVisible();
  const region = page.getByRole('banner').getByRole('combobox', { name: 'Region' });

  await region.selectOption({ label: 'Region Sjödal' });
  const section = page.getByRole('region', { name: 'Regionalt tillägg – Region Sjödal' });
  await expect(
    section.getByRole('heading', { name: additionTo(PVK.id, 'sjodal').title }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await region.selectOption({ label: 'Region Västmark' });
  await expect(
    page
      .getByRole('region', { name: 'Regionalt tillägg – Region Västmark' })
      .getByRole('heading', { name: additionTo(PVK.id, 'vastmark').title }),
  ).toBeVisible();
  await expect(page.getByText(additionTo(PVK.id, 'sjodal').title)).toHaveCount(0);

  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Regionalt tillägg – Region Västmark' }),
  ).toBeVisible();
});

test('an earlier version opens with a banner, and leads back to the current one', async ({
  page,
}) => {
  const older = PVK.history![0]!;
  await page.goto(`/kunskap/${PVK.id}`);
  await page
    .getByRole('region', { name: 'Versioner' })
    .getByRole('link', { name: `Version ${older.version}`, exact: true })
    .click();
  await expect(page).toHaveURL(`/kunskap/${PVK.id}/version/${older.version}`);
  await expect(
    page.getByText(
      `Du läser version ${older.version} från ${swedishDate(older.updated)} – inte den gällande`,
    ),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Läs den gällande versionen' }).click();
  await expect(page).toHaveURL(`/kunskap/${PVK.id}`);
  await expect(page.getByText(/inte den gällande/)).toHaveCount(0);
});

test('an unknown text shows a not-found page with a search box', async ({ page }) => {
  await page.goto('/kunskap/finns-inte-alls');
  await expect(page.getByRole('heading', { level: 1, name: 'Texten finns inte' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Sök efter texten i stället' }).fill('venkateter');
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(page).toHaveURL('/sok?q=venkateter');
});

test('a text and the start page are readable before any JavaScript has run', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/kunskap/${PVK.id}`);
  await expect(page).toHaveTitle(`${PVK.title} – 1177 för vårdpersonal`);
  await expect(page.getByRole('heading', { level: 1, name: PVK.title })).toBeVisible();
  const facts = page.getByRole('region', { name: 'Fakta om texten' });
  await expect(facts.getByText('Senast uppdaterad')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Innehåll' })).toBeVisible();
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Kunskapsstöd för vård och omsorg' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Senast uppdaterade texter' })).toBeVisible();
  await context.close();
});

test('the app takes over a prerendered text without painting it anew', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Records every element React would remove if it threw the prerendered markup away.
  await page.addInitScript(() => {
    const removed: string[] = [];
    (window as unknown as { removedElements: string[] }).removedElements = removed;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.removedNodes) {
          if (node instanceof Element) removed.push(node.tagName.toLowerCase());
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`/kunskap/${PVK.id}`);
  // The header's login button appears once the app runs.
  await expect(page.getByRole('banner').getByRole('button', { name: 'Logga in' })).toBeVisible();
  const removed = await page.evaluate(
    () => (window as unknown as { removedElements: string[] }).removedElements,
  );
  expect(removed.filter((tag) => ['main', 'article', 'h1'].includes(tag))).toEqual([]);
  expect(errors).toEqual([]);
  // And it is the live app: the region choice brings the regional addition.
  const addition = additionTo(PVK.id, 'sjodal');
  await page.getByRole('combobox', { name: 'Region' }).selectOption({ label: 'Region Sjödal' });
  await expect(page.getByRole('heading', { name: addition.title })).toBeVisible();
});

test('what a person types before the app has started is kept, and Enter then searches', async ({
  page,
}) => {
  // A slow connection: the app's code arrives a second after the page.
  await page.route('**/assets/index-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });
  const box = page.getByRole('searchbox', { name: 'Sök i kunskapsstödet' });
  await box.fill('19121212-1212');
  await box.press('Enter');
  // The page's guard keeps the typed text out of the address; the app refuses it.
  await expect(page.getByText('Sök inte på personnummer här.', { exact: false })).toBeVisible();
  await expect(page).toHaveURL('/');
  await expect(box).toHaveValue('19121212-1212');

  await page.goto('/', { waitUntil: 'commit' });
  await box.fill('trycksår');
  await box.press('Enter');
  await expect(page).toHaveURL('/sok?q=trycks%C3%A5r');
  await expect(page.getByRole('searchbox', { name: 'Sök', exact: true })).toHaveValue('trycksår');
});

/** Where the article's facts and contents stand beside the text (article.css: 60rem). */
const SIDE_BY_SIDE = 960;

for (const size of SCREEN_SIZES) {
  test.describe(`${size.name} ${size.width}×${size.height}`, () => {
    test.use(screenOptions(size));

    test("the text starts in the first screen, and the region's addition is announced at the top and in the contents", async ({
      page,
    }) => {
      const addition = additionTo(PVK.id, 'sjodal');
      // The region this browser chose another day (the header keeps the choice here).
      await page.addInitScript(() => localStorage.setItem('vardpersonal.region', 'sjodal'));
      await page.goto(`/kunskap/${PVK.id}`);
      await expect(page.getByRole('heading', { level: 1, name: PVK.title })).toBeVisible();
      const notice = page.getByRole('link', { name: 'Regionalt tillägg för Region Sjödal' });
      await expect(notice).toBeInViewport();

      // The first lines of the text itself, above the fold, with the notice above them.
      const firstParagraph = page.locator('.article__main .article-body > p').first();
      const box = (await firstParagraph.boundingBox())!;
      expect(box.y + 48, 'the first paragraph starts in the first screen').toBeLessThanOrEqual(
        size.height,
      );

      const facts = page.getByRole('region', { name: 'Fakta om texten' });
      const toc = page.getByRole('navigation', { name: 'Innehåll' });
      if (size.width >= SIDE_BY_SIDE) {
        // Beside the text: open.
        await expect(facts.getByText('Ansvarig', { exact: true })).toBeVisible();
      } else {
        // Above the text: folded, the date still in sight; a tap opens them.
        await expect(facts.getByText('Ansvarig', { exact: true })).toBeHidden();
        await expect(facts.getByText(/^uppdaterad /)).toBeVisible();
        await toc.getByText('Innehåll', { exact: true }).click();
      }
      const tocEntry = toc.getByRole('link', { name: 'Regionalt tillägg – Region Sjödal' });
      await expect(tocEntry).toBeVisible();
      await expect(toc.getByRole('link', { name: addition.title })).toBeVisible();
      await expectNoAxeViolations(page);

      await tocEntry.click();
      await expect(page.getByRole('heading', { level: 3, name: addition.title })).toBeInViewport();
    });
  });
}

test("the blood-pressure leaflet prints a week's log with lines round every cell, and the unit's name and phone", async ({
  page,
}) => {
  await page.goto('/kunskap/patientinfo-hemblodtryck/utskrift');
  const fill = page.getByRole('group', { name: 'Mottagningens kontaktuppgifter på utskriften' });
  await fill.getByRole('textbox', { name: 'Mottagning' }).fill('Vårdcentralen Sjöstaden');
  await fill.getByRole('textbox', { name: 'Telefonnummer' }).fill('0123-45 67 89');
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: 'print' });
  const log = page.getByRole('table', { name: /^Mätprotokoll för sju dagar/ });
  // The heading row and one row per day.
  await expect(log.getByRole('row')).toHaveCount(8);
  const lastDay = log.getByRole('row').last();
  await expect(lastDay.getByRole('rowheader')).toHaveText('7');
  const cell = lastDay.getByRole('cell').first();
  const border = await cell.evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      width: parseFloat(style.borderTopWidth),
      style: style.borderTopStyle,
      color: style.borderTopColor,
    };
  });
  expect(border).toEqual({ width: expect.any(Number), style: 'solid', color: 'rgb(0, 0, 0)' });
  expect(border.width).toBeGreaterThan(0.5);
  // Room for a handwritten value: about a centimetre.
  expect((await cell.boundingBox())!.height).toBeGreaterThanOrEqual(36);

  const contact = page.getByRole('region', { name: 'Din mottagning' });
  await expect(contact).toBeVisible();
  await expect(contact).toContainText('Vårdcentralen Sjöstaden');
  await expect(contact).toContainText('0123-45 67 89');
  // The form it was typed in stays off the paper.
  await expect(fill).toBeHidden();
});
