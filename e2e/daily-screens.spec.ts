/** The daily screens' small promises: no blank page in anyone's menu, Escape closes what opened. */
import { expect, loginAs, sendToHomeCare, test } from './support/fixtures';

test('the home-care assistant nurse without a commission meets no blank page in her menu', async ({
  page,
}) => {
  await loginAs(page, 'underskoterska');
  const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
  await expect(menu.getByRole('link', { name: 'Mina tjänster' })).toBeVisible();
  // Secure messages need a commission for care: no link to a page she cannot use.
  await expect(menu.getByRole('link', { name: 'Meddelanden' })).toHaveCount(0);
  await expect(page.getByRole('banner')).toContainText('Utan medarbetaruppdrag');
  await expect(page.getByRole('banner')).not.toContainText('Inget medarbetaruppdrag valt');

  for (const link of await menu.getByRole('link').all()) {
    await link.click();
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  }
  // Typed by hand, the messages page says why instead of showing nothing.
  await page.goto('/meddelanden');
  await expect(page.getByRole('heading', { name: 'Meddelanden', level: 1 })).toBeVisible();
  await expect(
    page.getByText('Meddelanden kräver ett uppdrag för vård och behandling'),
  ).toBeVisible();
});

test('Escape closes the account menu and gives focus back to it', async ({ page }) => {
  await loginAs(page, 'sjukskoterska');
  const summary = page.getByRole('banner').getByText('Sara Ekström', { exact: true });
  await summary.click();
  const logout = page.getByRole('button', { name: 'Logga ut' });
  await expect(logout).toBeVisible();
  await logout.focus();
  await page.keyboard.press('Escape');
  await expect(logout).toBeHidden();
  await expect(page.locator('.account-menu summary')).toBeFocused();
});

test('the region is the commission’s, until the person chooses another (ADR 0019)', async ({
  page,
}) => {
  await loginAs(page, 'sjukskoterska');
  const region = page.getByRole('banner').getByRole('combobox', { name: 'Region' });
  // Vårdcentralen Norrbacka's care provider is Region Norrbacka (regions.json says so).
  await expect(region).toHaveValue('norrbacka');
  await region.selectOption({ label: 'Region Sjödal' });
  await page.reload();
  await expect(region).toHaveValue('sjodal');
});

test('a sent message is in the mailbox at once, without a reload', async ({ page }) => {
  const subject = `Inför hembesöket ${Date.now()}`;
  await loginAs(page, 'skolskoterska');
  await sendToHomeCare(page, subject, 'Vi ses på torsdag.');

  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Meddelanden' })
    .click();
  await expect(page.getByRole('link', { name: new RegExp(subject) })).toBeVisible();
});
