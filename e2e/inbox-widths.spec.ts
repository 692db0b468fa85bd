/**
 * The daily screens on the widths staff use them at: a phone, a tablet (or half a laptop screen
 * beside the journal system) and a laptop. The list is there with no case open, closing a case
 * comes back to it, and the first screen holds what the day's work needs: a compact header, the
 * first cases, Webcert on "Mina tjänster", and the patient's banner however far the page scrolls.
 * Layout is asserted on boxes (pixel baselines differ between machines); each screen is attached
 * as a picture to review.
 */
import type { Locator, Page } from '@playwright/test';
import {
  expect,
  expectNoAxeViolations,
  loginAs,
  loginAtProvider,
  registerHandle,
  staff,
  test,
} from './support/fixtures';
import { CARE_UNITS } from '../mocks/idp/staff';
import { seedArenden } from '../mocks/personalverktyg/seed';

/** A patient's question in 1177 Personalverktyg at Vårdcentralen Norrbacka (seeded). */
const question = seedArenden(CARE_UNITS.vcNorrbacka.healthCareUnitHsaId)[0]!;

const SIZES = [
  // Three rows on a phone (brand and region, the menu, the account), one on a laptop.
  { name: 'telefon', width: 390, height: 844, touch: true, header: 200, banner: 110 },
  { name: 'surfplatta', width: 768, height: 1024, touch: true, header: 150, banner: 100 },
  { name: 'laptop', width: 1366, height: 768, touch: false, header: 100, banner: 70 },
];

const box = async (locator: Locator) => {
  const found = await locator.boundingBox();
  expect(found, `${locator} har ingen ruta`).not.toBeNull();
  return found!;
};

/** The screen as the person sees it, attached to the test's report for review. */
async function picture(page: Page, name: string) {
  await test.info().attach(name, { body: await page.screenshot(), contentType: 'image/png' });
}

for (const size of SIZES) {
  test.describe(`${size.name} ${size.width}×${size.height}`, () => {
    test.use({
      viewport: { width: size.width, height: size.height },
      hasTouch: size.touch,
      isMobile: size.touch && size.width < 500,
    });

    test('lists the cases with no case open, and closing a case returns to the list', async ({
      page,
    }) => {
      await loginAs(page, 'sjukskoterska');
      await page.goto('/inkorg');
      await expect(page.getByRole('heading', { name: 'Inkorg', level: 1 })).toBeVisible();
      const list = page.getByRole('region', { name: 'Ärendelista' });
      const firstCase = list.getByRole('link').first();
      await expect(firstCase).toBeVisible();
      // In the first screen, without scrolling.
      const box = (await firstCase.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(size.height);
      await expectNoAxeViolations(page);

      const subject = (await firstCase.textContent())!.replace(/^Oläst: /, '');
      await firstCase.click();
      await expect(
        page.getByRole('article').getByRole('heading', { name: subject, level: 2 }),
      ).toBeVisible();
      await page.getByRole('link', { name: 'Tillbaka till listan' }).click();
      await expect(page).toHaveURL(/\/inkorg$/);
      await expect(list.getByRole('link').first()).toBeVisible();

      // On a narrow screen the filters fold away, and open on a tap.
      if (size.width < 768) {
        await page.getByText('Filter och sortering').click();
        await page.getByRole('combobox', { name: 'Tilldelning' }).selectOption('unassigned');
        await expect(page).toHaveURL(/tilldelning=unassigned/);
        await page.goto('/inkorg');
      }

      // Escape closes the case too.
      await list.getByRole('link').first().click();
      await expect(page.getByRole('article')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page).toHaveURL(/\/inkorg$/);
      await expect(page.getByRole('article')).toHaveCount(0);

      // Opened by a direct link, then closed: the list, not an empty page.
      await page.goto(`/inkorg`);
      await list.getByRole('link').first().click();
      // The address is the case's once the router has moved, not at the click.
      await expect(page).toHaveURL(/\/inkorg\/[^/?]+\/[^/?]+/);
      const caseUrl = page.url();
      await page.goto(caseUrl);
      await page.getByRole('link', { name: 'Tillbaka till listan' }).click();
      await expect(list.getByRole('link').first()).toBeVisible();
    });

    test('a case shows the patient’s message before the reply box, and the arrow keys move through the list', async ({
      page,
    }) => {
      await loginAs(page, 'sjukskoterska');
      await page.goto('/inkorg');
      const list = page.getByRole('region', { name: 'Ärendelista' });
      await list.getByRole('link', { name: question.rubrik }).first().click();
      const view = page.getByRole('article');
      const messages = view.getByRole('region', { name: 'Meddelanden' });
      await expect(messages).toBeVisible();
      // The reply box comes with taking the case.
      await view.getByRole('button', { name: 'Ta ärendet' }).first().click();
      const reply = view.getByRole('textbox', { name: 'Svar till patienten' });
      await expect(reply).toBeVisible();
      // Before it in reading order, and above it on the screen.
      const follows = await messages.evaluate(
        (message, box) =>
          !!(message.compareDocumentPosition(box!) & Node.DOCUMENT_POSITION_FOLLOWING),
        await reply.elementHandle(),
      );
      expect(follows).toBe(true);
      expect((await messages.boundingBox())!.y).toBeLessThan((await reply.boundingBox())!.y);
      await page.screenshot({ path: test.info().outputPath(`arende-${size.width}.png`) });
      await page.getByRole('link', { name: 'Tillbaka till listan' }).click();

      const rows = list.getByRole('link');
      await rows.first().focus();
      await page.keyboard.press('ArrowDown');
      await expect(rows.nth(1)).toBeFocused();
      await page.keyboard.press('j');
      await expect(rows.nth(2)).toBeFocused();
      await page.keyboard.press('k');
      await page.keyboard.press('ArrowUp');
      await expect(rows.first()).toBeFocused();
      await page.keyboard.press('End');
      await expect(list.locator('li[aria-posinset]').last().getByRole('link')).toBeFocused();
    });

    test('the first screen: a compact header, the numbers, the filters and whole rows of the first cases', async ({
      page,
    }) => {
      await loginAs(page, 'sjukskoterska');
      await page.goto('/inkorg');
      const list = page.getByRole('region', { name: 'Ärendelista' });
      await expect(page.locator('.inbox__summary')).toHaveText(/från 5 tjänster:$/);
      await expect(list.getByRole('link').first()).toBeVisible();
      await picture(page, `inkorg-${size.width}x${size.height}.png`);

      expect((await box(page.getByRole('banner'))).height).toBeLessThanOrEqual(size.header);
      // The first case, all of it, without scrolling.
      const rows = list.locator('li[aria-posinset]');
      const first = await box(rows.first());
      expect(first.y + first.height).toBeLessThanOrEqual(size.height);

      // Each row is as tall as its content: nothing cut off, no row over the next, and the
      // badges keep their shape.
      const shown = Math.min(await rows.count(), 5);
      let previousBottom = -Infinity;
      for (let i = 0; i < shown; i += 1) {
        const row = rows.nth(i);
        const rowBox = await box(row);
        expect(rowBox.y).toBeGreaterThanOrEqual(previousBottom - 1);
        previousBottom = rowBox.y + rowBox.height;
        expect(await row.evaluate((li) => li.scrollHeight - li.clientHeight)).toBeLessThanOrEqual(
          1,
        );
        const meta = await box(row.locator('.inbox-row__meta'));
        expect(meta.y + meta.height).toBeLessThanOrEqual(rowBox.y + rowBox.height);
        // Its last line ("Ej tilldelad" or who has it) is inside the row, not under the next.
        const who = await box(row.locator('.inbox-row__meta > span').last());
        expect(who.y + who.height).toBeLessThanOrEqual(rowBox.y + rowBox.height);
        for (const badge of await row.locator('.ds-badge').all()) {
          const b = await box(badge);
          expect(b.height).toBeLessThanOrEqual(26);
          expect(b.width).toBeGreaterThanOrEqual(b.height);
        }
      }

      if (size.width >= 1024) {
        // The filters in one row, in view without a click; beside the list a short hint.
        const search = await box(page.getByRole('searchbox', { name: /Sök bland ärendena/ }));
        const assignment = await box(page.getByRole('combobox', { name: 'Tilldelning' }));
        expect(
          Math.abs(search.y + search.height - (assignment.y + assignment.height)),
        ).toBeLessThanOrEqual(2);
        await expect(page.getByRole('combobox', { name: 'Tjänst' })).toBeVisible();
        const hint = page.getByText('Välj ett ärende i listan så visas det här.');
        await expect(hint).toBeVisible();
        expect((await box(page.locator('.inbox__pane-hint'))).height).toBeLessThan(160);
      } else {
        await expect(page.getByText('Filter och sortering')).toBeVisible();
        await expect(page.getByRole('combobox', { name: 'Tilldelning' })).toBeHidden();
      }

      // The case view: its heading in the first screen, on a laptop beside the list.
      await list.getByRole('link', { name: question.rubrik }).first().click();
      const heading = page.getByRole('article').getByRole('heading', { level: 2 });
      await expect(heading).toBeFocused();
      const headingBox = await box(heading);
      expect(headingBox.y + headingBox.height).toBeLessThanOrEqual(size.height);
      // There without scrolling: focusing the heading did not have to bring it into view.
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      if (size.width >= 1024) await expect(list.getByRole('link').first()).toBeVisible();
      await picture(page, `arende-${size.width}x${size.height}.png`);

      // "Mina tjänster": Webcert in the first screen where there are columns for it.
      await page
        .getByRole('navigation', { name: 'Huvudmeny' })
        .getByRole('link', { name: 'Mina tjänster' })
        .click();
      const webcert = page.getByRole('link', { name: /^Öppna Intyg och läkarintyg – Webcert/ });
      await expect(webcert).toBeVisible();
      await picture(page, `tjanster-${size.width}x${size.height}.png`);
      expect((await box(page.getByRole('banner'))).height).toBeLessThanOrEqual(size.header);
      if (size.width >= 768) {
        const webcertBox = await box(webcert);
        expect(webcertBox.y + webcertBox.height).toBeLessThanOrEqual(size.height);
      }
    });

    test('the patient banner stays in view while the page scrolls, and is compact', async ({
      page,
      mockNamespace,
    }) => {
      await page.goto(
        await registerHandle(mockNamespace, {
          patient: '19121212-1212',
          careUnit: CARE_UNITS.vcNorrbacka.healthCareUnitHsaId,
          to: 'inkorg',
        }),
      );
      await loginAtProvider(page, staff('sjukskoterska'));
      const banner = page.getByRole('region', { name: 'Patient', exact: true });
      await expect(banner.getByText('Tolvan Tolvansson')).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Inkorg', level: 1 })).toBeVisible();
      const bannerBox = await box(banner);
      expect(bannerBox.height).toBeLessThanOrEqual(size.banner);
      expect(bannerBox.y + bannerBox.height).toBeLessThanOrEqual(size.header + size.banner);

      // A long page: an open case, scrolled to its end.
      const list = page.getByRole('region', { name: 'Ärendelista' });
      await list.getByRole('link', { name: question.rubrik }).first().click();
      await expect(page.getByRole('heading', { name: 'Historik' })).toBeVisible();
      const above = (await box(page.getByRole('banner'))).height + bannerBox.height;
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      // Far enough that a banner that scrolled with the page would be out of sight.
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(above);
      await expect(banner).toBeInViewport();
      const stuck = await box(banner);
      expect(Math.abs(stuck.y)).toBeLessThanOrEqual(1);
      await expect(banner.getByRole('button', { name: 'Stäng patient' })).toBeInViewport();
      await picture(page, `patientbanner-${size.width}x${size.height}.png`);
      await expectNoAxeViolations(page);
    });
  });
}
