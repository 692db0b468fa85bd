/**
 * The inbox on the widths staff use it at: a phone, a tablet (or half a laptop screen beside the
 * journal system) and a laptop. The list is there with no case open, and closing a case comes
 * back to it.
 */
import { expect, expectNoAxeViolations, loginAs, test } from './support/fixtures';
import { CARE_UNITS } from '../mocks/idp/staff';
import { seedArenden } from '../mocks/personalverktyg/seed';

/** A patient's question in 1177 Personalverktyg at Vårdcentralen Norrbacka (seeded). */
const question = seedArenden(CARE_UNITS.vcNorrbacka.healthCareUnitHsaId)[0]!;

const SIZES = [
  { name: 'telefon', width: 390, height: 844, touch: true },
  { name: 'surfplatta', width: 768, height: 1024, touch: true },
  { name: 'laptop', width: 1366, height: 768, touch: false },
];

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
  });
}
