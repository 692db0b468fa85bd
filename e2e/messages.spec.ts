import { expect, expectNoAxeViolations, loginAs, test } from './support/fixtures';
import type { Page } from '@playwright/test';

// A minimal PDF: the service checks that the content is what its type says.
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });

async function openMessages(page: Page) {
  await mainNav(page).getByRole('link', { name: 'Meddelanden' }).click();
}

test('a doctor sends a SIP invitation with a PDF; the home-care nurse reads it and answers', async ({
  page,
}) => {
  const subject = `SIP-kallelse ${Date.now()}`;
  await loginAs(page, 'lakare');
  await page.getByRole('radio', { name: /Vårdcentralen Norrbacka/ }).check();
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await openMessages(page);
  await page.getByRole('link', { name: 'Vårdcentralen Norrbacka – SIP' }).click();
  await page.getByRole('link', { name: 'Nytt meddelande' }).click();

  await page.getByRole('textbox', { name: /^Mottagare/ }).fill('Åsby');
  await page.getByRole('button', { name: 'Sök i adressboken' }).click();
  await page.getByRole('button', { name: 'Välj Hemsjukvården Åsby' }).click();
  await page.getByRole('textbox', { name: /^Rubrik/ }).fill(subject);
  await page
    .getByRole('textbox', { name: /^Meddelande/ })
    .fill('Välkommen till SIP-möte för Tolvan Tolvansson på torsdag kl. 10.\n\nKallelsen bifogas.');
  await page.getByLabel('Bifoga filer').setInputFiles({
    name: 'kallelse.pdf',
    mimeType: 'application/pdf',
    buffer: PDF,
  });
  await expect(page.getByRole('list', { name: 'Bifogade filer' })).toContainText('kallelse.pdf');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Skicka' }).click();

  await expect(page.getByRole('heading', { name: subject, level: 1 })).toBeVisible();
  await expect(page.getByText('Status: levererat')).toBeVisible();

  // Same tab: the mock message service lives in the tab's session, like the other backends.
  await page.getByRole('banner').getByText('Anna Lindqvist', { exact: true }).click();
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByRole('heading', { name: 'Du är utloggad' })).toBeVisible();

  await loginAs(page, 'hemsjukskoterska');
  await openMessages(page);
  await expect(page.getByRole('heading', { name: 'Hemsjukvården Åsby', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: `${subject} (oläst)` })).toBeVisible();

  // It has arrived in the unit's unified inbox too: an SDK case with no patient, which opens
  // the conversation in the message client.
  await mainNav(page)
    .getByRole('link', { name: /^Inkorg/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Inkorg', level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: 'Tjänst' }).selectOption('sdk');
  await page
    .getByRole('region', { name: 'Ärendelista' })
    .getByRole('link', { name: `Oläst: ${subject}` })
    .click();
  const inboxCase = page.getByRole('article');
  await expect(inboxCase.getByRole('heading', { name: subject, level: 2 })).toBeFocused();
  await expect(inboxCase).toContainText('Säkra meddelanden (SDK)');
  await expect(inboxCase).toContainText('Meddelande från annan organisation');
  await expect(inboxCase).toContainText('Vårdcentralen Norrbacka – SIP (Region Norrbacka)');
  await expect(inboxCase.getByText('Patient', { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await inboxCase.getByRole('link', { name: 'Öppna i Meddelanden' }).click();

  await expect(page).toHaveURL(/\/meddelanden\/fm-hemsjukvarden-asby\/[0-9a-f-]{36}$/);
  await expect(page.getByText(/Välkommen till SIP-möte för Tolvan Tolvansson/)).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ladda ner kallelse.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('kallelse.pdf');

  const reply = page.getByRole('region', { name: 'Svara' });
  await reply.getByRole('textbox', { name: /^Meddelande/ }).fill('Tack, vi kommer båda två.');
  await reply.getByRole('button', { name: 'Skicka svar' }).click();
  const thread = page.getByRole('article');
  await expect(thread).toHaveCount(2);
  await expect(thread.nth(1)).toContainText('Tack, vi kommer båda två.');
  await expect(thread.nth(1)).toContainText('Elin Sandberg');
  await expectNoAxeViolations(page);
});

test('a draft survives a reload; a failed send says "fel" and is sent on retry', async ({
  page,
}) => {
  await loginAs(page, 'hemsjukskoterska');
  await openMessages(page);
  await page.getByRole('link', { name: 'Nytt meddelande' }).click();
  await page.getByRole('textbox', { name: /^Rubrik/ }).fill('Läkemedelsgenomgång');
  await page.getByRole('textbox', { name: /^Meddelande/ }).fill('Halvvägs skrivet');
  await expect(page.getByText(/sparat \d/)).toBeVisible();

  await page.reload();
  await expect(page.getByText(/Ditt utkast från .* är återställt/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Meddelande/ })).toHaveValue('Halvvägs skrivet');

  // The recipient with the keyboard only.
  await page.getByRole('textbox', { name: /^Mottagare/ }).focus();
  await page.keyboard.type('232100-0016');
  await page.keyboard.press('Enter');
  const choice = page.getByRole('button', { name: 'Välj Vårdcentralen Norrbacka – SIP' });
  await expect(choice).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(choice).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Vårdcentralen Norrbacka – SIP', { exact: true })).toBeVisible();

  await page.getByText('Utvecklarverktyg (testmiljö)').click();
  const fault = page.getByRole('checkbox', { name: 'Simulera fel när meddelanden skickas' });
  await fault.check();
  await page.getByRole('button', { name: 'Skicka' }).click();

  await expect(page.getByRole('heading', { name: 'Läkemedelsgenomgång', level: 1 })).toBeVisible();
  await expect(page.getByText('Status: fel')).toBeVisible();
  await expect(page.getByText(/Meddelandetjänsten svarar inte just nu/)).toBeVisible();
  await expectNoAxeViolations(page);

  await fault.uncheck();
  await page.getByRole('button', { name: 'Försök igen' }).click();
  await expect(page.getByRole('article')).toContainText('Halvvägs skrivet');
  await expect(page.getByText('Status: fel')).toBeHidden();
  await expect(page.getByText(/Status: (skickat|levererat)/)).toBeVisible();
});
