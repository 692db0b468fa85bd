/**
 * The inbox on the widths staff use it at: a phone, a tablet (or half a laptop screen beside the
 * journal system) and a laptop. The list is there with no case open, and closing a case comes
 * back to it.
 */
import { expect, expectNoAxeViolations, loginAs, test } from './support/fixtures';

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
  });
}
