import { expect, expectNoAxeViolations, loginAs, test } from './support/fixtures';
import type { Locator, Page } from '@playwright/test';

// A minimal PDF: the service checks that the content is what its type says.
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });

async function openMessages(page: Page) {
  await mainNav(page).getByRole('link', { name: 'Meddelanden' }).click();
}

/** Keyboard only: presses Tab (or Shift+Tab) until the element has focus. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 40 } = {}) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `nåddes inte med ${backwards ? 'Shift+Tab' : 'Tab'}`).toBeFocused();
}

/** Keyboard only, in a combobox: presses ArrowDown until the option is the one picked. */
async function arrowTo(page: Page, option: Locator, { max = 20 } = {}) {
  for (let i = 0; i < max; i += 1) {
    // The list may be closed (ArrowDown opens it): look without waiting for the option.
    if ((await option.isVisible()) && (await option.getAttribute('aria-selected')) === 'true')
      return;
    await page.keyboard.press('ArrowDown');
  }
  await expect(option, 'nåddes inte med pil ned').toHaveAttribute('aria-selected', 'true');
}

const recipientField = (page: Page) => page.getByRole('combobox', { name: /^Mottagare/ });

test('a school nurse sends a SIP invitation with a PDF; the home-care nurse reads it in her own browser, in the message client and the inbox, and answers', async ({
  page,
  openBrowserFor,
}) => {
  const subject = `SIP-kallelse ${Date.now()}`;
  await loginAs(page, 'skolskoterska');
  // One commission, for care and treatment: no choice to make, and it gives an inbox.
  await expect(mainNav(page).getByRole('link', { name: /^Inkorg/ })).toBeVisible();
  await openMessages(page);
  // The care unit's one functional mailbox opens directly.
  await expect(
    page.getByRole('heading', { name: 'Elevhälsan Åsby skolor', level: 1 }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Nytt meddelande' }).click();
  await expect(page.getByText('Från Elevhälsan Åsby skolor, Åsby kommun')).toBeVisible();

  await recipientField(page).fill('Hemsjukvården');
  await page.getByRole('button', { name: 'Sök i adressboken' }).click();
  await page.getByRole('option', { name: 'Hemsjukvården Åsby' }).click();
  await page.getByRole('textbox', { name: /^Rubrik/ }).fill(subject);
  await page
    .getByRole('textbox', { name: /^Meddelande/ })
    .fill('Välkommen till SIP-möte för Tolvan Tolvansson på torsdag kl. 10.\n\nKallelsen bifogas.');
  // Confidential by default: it names a patient.
  await expect(page.getByRole('checkbox', { name: /^Sekretessmarkera meddelandet/ })).toBeChecked();
  await page.getByLabel('Bifoga filer').setInputFiles({
    name: 'kallelse.pdf',
    mimeType: 'application/pdf',
    buffer: PDF,
  });
  await expect(page.getByRole('list', { name: 'Bifogade filer' })).toContainText('kallelse.pdf');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Skicka' }).click();

  await expect(page.getByRole('heading', { name: subject, level: 1 })).toBeVisible();
  await expect(page.getByRole('article')).toContainText('Maria Johansson, Skolsköterska');
  await expect(page.getByText('Status: levererat')).toBeVisible();

  // The home-care nurse, in her own browser at another organisation.
  const elin = await openBrowserFor();
  await loginAs(elin, 'hemsjukskoterska');
  await openMessages(elin);
  await expect(elin.getByRole('heading', { name: 'Hemsjukvården Åsby', level: 1 })).toBeVisible();
  await expect(elin.getByRole('link', { name: `${subject} (oläst)` })).toBeVisible();

  // It has arrived in the unit's unified inbox too: an SDK case with no patient, which opens
  // the conversation in the message client.
  await mainNav(elin)
    .getByRole('link', { name: /^Inkorg/ })
    .click();
  await expect(elin.getByRole('heading', { name: 'Inkorg', level: 1 })).toBeVisible();
  await elin.getByRole('combobox', { name: 'Tjänst' }).selectOption('sdk');
  await elin
    .getByRole('region', { name: 'Ärendelista' })
    .getByRole('link', { name: `Oläst: ${subject}` })
    .click();
  const inboxCase = elin.getByRole('article');
  await expect(inboxCase.getByRole('heading', { name: subject, level: 2 })).toBeFocused();
  await expect(inboxCase).toContainText('Säkra meddelanden (SDK)');
  await expect(inboxCase).toContainText('Meddelande från annan organisation');
  await expect(inboxCase).toContainText('Elevhälsan Åsby skolor (Åsby kommun)');
  await expect(inboxCase.getByText('Patient', { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(elin);
  await inboxCase.getByRole('link', { name: 'Öppna i Meddelanden' }).click();

  await expect(elin).toHaveURL(/\/meddelanden\/fm-hemsjukvarden-asby\/[0-9a-f-]{36}$/);
  const thread = elin.getByRole('article');
  await expect(thread).toHaveCount(1);
  await expect(thread.first()).toContainText(/Välkommen till SIP-möte för Tolvan Tolvansson/);
  await expect(thread.first()).toContainText('Från Elevhälsan Åsby skolor, Åsby kommun');
  await expect(thread.first()).toContainText('Sekretessmarkerat');

  const download = elin.waitForEvent('download');
  await elin.getByRole('button', { name: 'Ladda ner kallelse.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('kallelse.pdf');

  const reply = elin.getByRole('region', { name: 'Svara' });
  await expect(reply).toContainText('Till: Elevhälsan Åsby skolor, Åsby kommun');
  await reply.getByRole('textbox', { name: /^Meddelande/ }).fill('Tack, vi kommer båda två.');
  await reply.getByRole('button', { name: 'Skicka svar' }).click();
  await expect(thread).toHaveCount(2);
  await expect(thread.nth(0)).toContainText(/Välkommen till SIP-möte/);
  await expect(thread.nth(1)).toContainText('Tack, vi kommer båda två.');
  await expect(thread.nth(1)).toContainText('Elin Sandberg');
  await expect(thread.nth(1)).toContainText('Till Elevhälsan Åsby skolor');
  await expectNoAxeViolations(elin);

  // Her answer reaches the school nurse's own browser once the service has delivered it (a
  // moment after sending). The page polls every 30 s; she reloads instead.
  const mariasThread = page.getByRole('article');
  await expect(async () => {
    await page.reload();
    await expect(mariasThread).toHaveCount(2, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(mariasThread.nth(1)).toContainText('Tack, vi kommer båda två.');
});

test('keyboard only: choose a mailbox, find the recipient, write, attach, send and read the message', async ({
  page,
}) => {
  const subject = `Ny telefontid ${Date.now()}`;
  await loginAs(page, 'lakare');

  // From here on only the keyboard (the file chooser excepted: Playwright cannot drive it).
  await tabTo(page, page.getByRole('radio', { name: /Vårdcentralen Norrbacka/ }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Fortsätt' }));
  await page.keyboard.press('Enter');

  await tabTo(page, mainNav(page).getByRole('link', { name: 'Meddelanden' }));
  await page.keyboard.press('Enter');
  // Two mailboxes at this unit: a list to choose from.
  await expect(page.getByRole('heading', { name: 'Meddelanden', level: 1 })).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'Vårdcentralen Norrbacka – SIP' }));
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: 'Vårdcentralen Norrbacka – SIP', level: 1 }),
  ).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'Nytt meddelande' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Nytt meddelande', level: 1 })).toBeVisible();

  await tabTo(page, recipientField(page));
  // The address book is searched as she types (Enter searches at once); the arrow keys go
  // through what it found, and Enter chooses.
  await page.keyboard.type('Elevhälsan');
  await page.keyboard.press('Enter');
  const choice = page.getByRole('option', { name: 'Elevhälsan Åsby skolor' });
  await expect(choice).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: /funktionsbrevlådor? hos/ }),
  ).toBeVisible();
  await arrowTo(page, choice);
  await expect(recipientField(page)).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Enter');
  const chosen = page.getByRole('group', { name: 'Mottagare' });
  await expect(chosen).toContainText('Elevhälsan Åsby skolor, Åsby kommun');
  // The field is gone: focus is not lost with it.
  await expect(chosen.getByRole('button', { name: 'Byt mottagare' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(recipientField(page)).toBeFocused();
  await arrowTo(page, choice);
  await page.keyboard.press('Enter');
  await expect(chosen).toContainText('Elevhälsan Åsby skolor, Åsby kommun');

  await tabTo(page, page.getByRole('textbox', { name: /^Rubrik/ }));
  await page.keyboard.type(subject);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: /^Meddelande/ })).toBeFocused();
  await page.keyboard.type('Från måndag nås SIP-samordnaren på telefon 0123-456 78.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Rutinen bifogas.');
  await page.keyboard.press('Tab');
  const confidential = page.getByRole('checkbox', { name: /^Sekretessmarkera meddelandet/ });
  await expect(confidential).toBeFocused();
  // Marked by default; this message holds no one's health data.
  await expect(confidential).toBeChecked();
  await page.keyboard.press('Space');
  await expect(confidential).not.toBeChecked();

  await page.getByLabel('Bifoga filer').setInputFiles({
    name: 'rutin.pdf',
    mimeType: 'application/pdf',
    buffer: PDF,
  });
  await expect(page.getByRole('list', { name: 'Bifogade filer' })).toContainText('rutin.pdf');
  // Back over the send button to check the subject is there, then forward to send.
  await tabTo(page, page.getByRole('button', { name: 'Skicka' }));
  await tabTo(page, page.getByRole('textbox', { name: /^Rubrik/ }), { backwards: true });
  await expect(page.getByRole('textbox', { name: /^Rubrik/ })).toHaveValue(subject);
  await tabTo(page, page.getByRole('button', { name: 'Skicka' }));
  await expectNoAxeViolations(page);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: subject, level: 1 })).toBeVisible();
  const message = page.getByRole('article');
  await expect(message).toHaveCount(1);
  await expect(message).toContainText('Skickat från Vårdcentralen Norrbacka – SIP');
  await expect(message).toContainText('Till Elevhälsan Åsby skolor');
  await expect(message).toContainText(
    'Från måndag nås SIP-samordnaren på telefon 0123-456 78.\nRutinen bifogas.',
  );
  await expect(message.getByText('Sekretessmarkerat')).toHaveCount(0);
  await expect(message.getByText(/Status: (skickat|levererat)/)).toBeVisible();

  // The attachment downloads from the keyboard too.
  const download = page.waitForEvent('download');
  await tabTo(page, message.getByRole('button', { name: 'Ladda ner rutin.pdf' }));
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toBe('rutin.pdf');
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
  await recipientField(page).focus();
  await page.keyboard.type('232100-0016');
  await page.keyboard.press('Enter');
  const choice = page.getByRole('option', { name: 'Vårdcentralen Norrbacka – SIP' });
  await expect(choice).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(choice).toHaveAttribute('aria-selected', 'true');
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

test('drafts are kept by the message service: listed in the mailbox, and two tabs never overwrite each other', async ({
  page,
  context,
}) => {
  const subject = `Vårdplan ${Date.now()}`;
  await loginAs(page, 'hemsjukskoterska');
  await openMessages(page);
  await page.getByRole('link', { name: 'Nytt meddelande' }).click();
  await page.getByRole('textbox', { name: /^Rubrik/ }).fill(subject);
  const body = page.getByRole('textbox', { name: /^Meddelande/ });
  await body.fill('Skrivet i första fliken');
  await expect(page.getByText(/Utkastet är sparat/)).toBeVisible();
  // The address names the draft: a second tab opens the same one.
  await expect(page).toHaveURL(/\/nytt\?utkast=[0-9a-f-]{36}$/);

  const second = await context.newPage();
  await second.goto(page.url());
  const secondBody = second.getByRole('textbox', { name: /^Meddelande/ });
  await expect(secondBody).toHaveValue('Skrivet i första fliken');
  await secondBody.fill('Ändrat i andra fliken');
  await expect(second.getByText(/Utkastet är sparat/)).toBeVisible();

  // The first tab, not knowing, goes on writing: it is told, and nothing is overwritten.
  await body.fill('Skrivet i första fliken, och mer');
  await expect(page.getByText('Utkastet har ändrats på annat håll')).toBeVisible();
  await expect(body).toHaveValue('Skrivet i första fliken, och mer');
  await page.getByText('Visa den andra versionen').click();
  await expect(page.getByText('Ändrat i andra fliken')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Behåll min version' }).click();
  await expect(page.getByText(/Utkastet är sparat/)).toBeVisible();

  // The mailbox lists it; it opens with the version she kept.
  await page.getByRole('link', { name: 'Tillbaka till Hemsjukvården Åsby' }).click();
  const drafts = page.getByRole('region', { name: 'Utkast' });
  await expect(drafts).toContainText('Nytt meddelande, ingen mottagare vald');
  await drafts.getByRole('link', { name: subject }).click();
  await expect(page.getByRole('textbox', { name: /^Meddelande/ })).toHaveValue(
    'Skrivet i första fliken, och mer',
  );
  await expect(page.getByText(/Ditt utkast från .* är återställt/)).toBeVisible();
});
