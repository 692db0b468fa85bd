/**
 * SMART App Launch (EHR launch) from the mock journal system: its patient list, its SMART
 * authorization server and its FHIR server, all on their own origin (mocks/journal).
 */
import type { Page } from '@playwright/test';
import {
  expect,
  expectNoAxeViolations,
  loginAs,
  loginAtProvider,
  staff,
  test,
} from './support/fixtures';
import { DEV, JOURNAL_FHIR_BASES } from '../mocks/dev-config';

const JOURNAL = DEV.journalOrigin;
const TOLVAN = '19121212-1212';
const TOLVAN_ANY_FORM = /(19)?121212[-+]?1212/;
/** The journal's own ids (mocks/journal/data.ts): opaque, never the identity number. */
const PATIENT_IDS = { tolvan: 'pat-0001', lisaBerg: 'pat-0003', reservnummer: 'pat-0008' };

const banner = (page: Page) => page.getByRole('region', { name: 'Patient', exact: true });

type JournalLaunch = {
  patientId: string;
  iss?: string;
  fault?: string;
  /** The journal's logged-in user; Anna Lindqvist, the doctor, unless said. */
  user?: string;
};

/** What a program does at the journal (its JSON API): a launch, and the address it opens. */
async function journalLaunch(launch: JournalLaunch): Promise<string> {
  const response = await fetch(`${JOURNAL}/api/launches`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: staff('lakare').employeeHsaId, ...launch }),
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { launchUrl: string }).launchUrl;
}

/** Nothing of the launch is left in the tab: no pending context, no SMART state or token. */
async function expectNothingLeft(page: Page): Promise<void> {
  const stored = await page.evaluate(() => ({
    href: window.location.href,
    local: JSON.stringify({ ...window.localStorage }),
    session: JSON.stringify({ ...window.sessionStorage }),
  }));
  expect(stored.href).not.toMatch(TOLVAN_ANY_FORM);
  expect(stored.href).not.toMatch(/[?&](code|state|iss|launch)=/);
  expect(stored.local).not.toMatch(TOLVAN_ANY_FORM);
  expect(stored.session).not.toContain('vardpersonal.launch.pending');
  expect(stored.session).not.toContain('SMART_KEY');
  // fhirclient's state (the SMART token, the FHIR server's address) is gone.
  expect(stored.session).not.toContain(JOURNAL);
}

/** Every address the browser asks for, from now on. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.context().on('request', (request) => urls.push(request.url()));
  return urls;
}

test('a doctor not yet logged in opens a patient from the journal and lands with the banner and the diagnoses’ knowledge', async ({
  page,
}) => {
  const requests = recordRequests(page);
  const toProvider: string[] = [];
  page.context().on('request', (request) => {
    if (request.url().startsWith(DEV.issuer)) {
      toProvider.push(`${request.url()} ${request.postData() ?? ''}`);
    }
  });

  await page.goto(JOURNAL);
  await expect(page.getByRole('heading', { name: 'Patienter', level: 1 })).toBeVisible();
  await expect(page).toHaveTitle(/Journalsystemet \(simulator\)/);
  await expect(page.getByText('Inloggad i journalen som Anna Lindqvist')).toBeVisible();
  await expectNoAxeViolations(page);
  const opened = page.waitForEvent('popup');
  await page
    .getByRole('button', { name: 'Öppna Tolvan Tolvansson i 1177 för vårdpersonal' })
    .click();
  const workspace = await opened;

  await loginAtProvider(workspace, staff('lakare'));
  await workspace.getByRole('radio', { name: /Vårdcentralen Norrbacka/ }).check();
  await workspace.getByRole('button', { name: 'Fortsätt med patienten' }).click();

  await expect(banner(workspace).getByText('Tolvan Tolvansson')).toBeVisible();
  await expect(banner(workspace).getByText(TOLVAN)).toBeVisible();
  await expect(workspace).toHaveURL(`${DEV.appOrigin}/tjanster`);
  const knowledge = workspace.getByRole('region', {
    name: 'Kunskapsstöd för patientens diagnoser',
  });
  await expect(knowledge.getByRole('link', { name: 'Typ 2-diabetes (E11)' })).toBeVisible();
  await expect(knowledge.getByRole('link', { name: 'Essentiell hypertoni (I10)' })).toBeVisible();
  await expectNothingLeft(workspace);
  await expectNoAxeViolations(workspace);

  // The SMART way, step by step: discovery, authorize (PKCE S256, aud, launch), token, FHIR.
  const authorize = requests.find((url) => url.startsWith(`${JOURNAL}/smart/authorize`));
  expect(authorize).toBeDefined();
  const params = new URL(authorize!).searchParams;
  expect(params.get('aud')).toBe(JOURNAL_FHIR_BASES.working);
  expect(params.get('code_challenge_method')).toBe('S256');
  expect(params.get('scope')?.split(' ').sort()).toEqual(
    ['fhirUser', 'launch', 'openid', 'patient/Condition.rs', 'patient/Patient.rs'].sort(),
  );
  expect(requests).toContain(`${JOURNAL_FHIR_BASES.working}/Patient/${PATIENT_IDS.tolvan}`);
  // Nothing of the patient went to our identity provider.
  expect(toProvider.length).toBeGreaterThan(0);
  expect(toProvider.join('\n')).not.toMatch(TOLVAN_ANY_FORM);
  expect(toProvider.join('\n')).not.toContain(PATIENT_IDS.tolvan);
});

test('already logged in, a launch takes no second login; a protected identity stays hidden', async ({
  page,
}) => {
  await loginAs(page, 'radgivningssjukskoterska');
  await expect(page.getByRole('heading', { name: 'Mina tjänster' })).toBeVisible();
  const requests = recordRequests(page);

  await page.goto(JOURNAL);
  await page
    .getByLabel('Byt användare')
    .selectOption(staff('radgivningssjukskoterska').employeeHsaId);
  await page.getByRole('button', { name: 'Byt' }).click();
  await expect(page.getByText('Inloggad i journalen som Erik Bergström')).toBeVisible();
  const opened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Öppna Lisa Berg i 1177 för vårdpersonal' }).click();
  const workspace = await opened;

  await expect(banner(workspace).getByText('Sekretessmarkerad uppgift')).toBeVisible();
  await expect(banner(workspace).getByText('Skyddad identitet')).toBeVisible();
  await expect(workspace.locator('body')).not.toContainText('Lisa Berg');
  // The provider's session answered at once: its login page never showed.
  expect(requests.filter((url) => url.startsWith(`${DEV.issuer}/interaction/`))).toEqual([]);
  await expectNothingLeft(workspace);
  await expectNoAxeViolations(workspace);
});

test('an unregistered iss is refused, and nothing is sent to it', async ({ page }) => {
  const requests = recordRequests(page);
  for (const iss of ['http://localhost:4499/fhir', `${JOURNAL}/annan/fhir`]) {
    await page.goto(`/launch?${new URLSearchParams({ iss, launch: 'abcdefghijklmnopqrstuv' })}`);
    await expect(
      page.getByRole('heading', { name: /Journalsystemet är inte registrerat/ }),
    ).toBeVisible();
    await expect(page.getByText(/Ingenting har skickats dit/)).toBeVisible();
    await expectNothingLeft(page);
  }
  await expectNoAxeViolations(page);
  expect(requests.filter((url) => url.startsWith('http://localhost:4499'))).toEqual([]);
  expect(requests.filter((url) => url.startsWith(`${JOURNAL}/annan`))).toEqual([]);
  expect(requests.filter((url) => url.startsWith(JOURNAL))).toEqual([]);
});

/** Each bad input at the journal's side: its own heading and words, before any login of ours. */
const BAD_INPUTS: { name: string; launch: JournalLaunch; title: string; text: RegExp }[] = [
  {
    name: 'discovery that fails',
    launch: { patientId: PATIENT_IDS.tolvan, iss: JOURNAL_FHIR_BASES.discoveryFails },
    title: 'Journalsystemets inloggning gick inte att använda',
    text: /SMART-konfiguration kunde inte hämtas \(svaret var 500\)/,
  },
  {
    name: 'discovery without S256',
    launch: { patientId: PATIENT_IDS.tolvan, iss: JOURNAL_FHIR_BASES.withoutS256 },
    title: 'Journalsystemets inloggning gick inte att använda',
    text: /stöder inte PKCE med S256/,
  },
  {
    name: 'a state mismatch',
    launch: { patientId: PATIENT_IDS.tolvan, fault: 'state-mismatch' },
    title: 'Svaret från journalsystemet hör inte till den här starten',
    text: /annat state än arbetsytan skickade/,
  },
  {
    name: 'a denied authorization',
    launch: { patientId: PATIENT_IDS.tolvan, fault: 'authorize-denied' },
    title: 'Journalsystemet nekade starten',
    text: /gav inte arbetsytan tillgång till patienten/,
  },
  {
    name: 'a failing token endpoint',
    launch: { patientId: PATIENT_IDS.tolvan, fault: 'token-error' },
    title: 'Journalsystemets inloggning gick inte att slutföra',
    text: /kunde inte bytas mot behörighet \(500\)/,
  },
  {
    name: 'a token response without patient',
    launch: { patientId: PATIENT_IDS.tolvan, fault: 'token-without-patient' },
    title: 'Journalsystemet skickade ingen patient',
    text: /saknar patient \(patient\)/,
  },
  {
    name: 'a Patient without a usable identifier',
    launch: { patientId: PATIENT_IDS.reservnummer },
    title: 'Patienten saknar personnummer i journalsystemet',
    text: /bara ett reservnummer/,
  },
  {
    name: 'a FHIR server that answers 401',
    launch: { patientId: PATIENT_IDS.tolvan, fault: 'fhir-401' },
    title: 'Patienten kunde inte läsas från journalsystemet',
    text: /godtog inte behörigheten från starten \(401\)/,
  },
  {
    name: 'a FHIR server that answers 403',
    launch: { patientId: PATIENT_IDS.tolvan, fault: 'fhir-403' },
    title: 'Patienten kunde inte läsas från journalsystemet',
    text: /nekade läsning av patienten \(403\)/,
  },
  {
    name: 'a FHIR server that answers 500',
    launch: { patientId: PATIENT_IDS.tolvan, fault: 'fhir-500' },
    title: 'Patienten kunde inte läsas från journalsystemet',
    text: /har tekniska problem \(500\)/,
  },
  {
    name: 'a FHIR server that does not answer',
    launch: { patientId: PATIENT_IDS.tolvan, fault: 'fhir-timeout' },
    title: 'Patienten kunde inte läsas från journalsystemet',
    text: /svarade inte inom 8 sekunder/,
  },
];

for (const { name, launch, title, text } of BAD_INPUTS) {
  test(`a launch with ${name} says so, and leaves nothing behind`, async ({ page }) => {
    await page.goto(await journalLaunch(launch));
    const heading = page.getByRole('heading', { name: new RegExp(title) });
    await expect(heading).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText(text)).toBeVisible();
    await expect(banner(page)).toBeHidden();
    await expectNothingLeft(page);
    await expectNoAxeViolations(page);
  });
}

test('a replayed launch is refused', async ({ page }) => {
  const launchUrl = await journalLaunch({ patientId: PATIENT_IDS.tolvan });
  await page.goto(launchUrl);
  // The launch is spent at the journal's authorization server; our login comes next.
  await expect(page.getByRole('heading', { name: 'Logga in', level: 1 })).toBeVisible();
  await page.goto(launchUrl);
  await expect(
    page.getByRole('heading', { name: /Journalsystemet godtog inte starten/ }),
  ).toBeVisible();
  await expect(page.getByText(/redan använts/)).toBeVisible();
  await expectNothingLeft(page);
});

test('another person at the two logins: the launch is refused and the patient never shows', async ({
  page,
}) => {
  // Erik is logged in to the journal; Anna logs in to the workspace.
  await page.goto(
    await journalLaunch({
      patientId: PATIENT_IDS.tolvan,
      user: staff('radgivningssjukskoterska').employeeHsaId,
    }),
  );
  await loginAtProvider(page, staff('lakare'));
  await expect(
    page.getByRole('heading', { name: /Du är inte samma person som i journalsystemet/ }),
  ).toBeVisible();
  await expect(page.getByText(/här är Anna Lindqvist inloggad/)).toBeVisible();
  await expect(banner(page)).toBeHidden();
  await expect(page.locator('body')).not.toContainText('Tolvan');
  await expectNothingLeft(page);
  await expectNoAxeViolations(page);
});

test('the journal opens the workspace the other two ways too: a launch handle and a direct link', async ({
  page,
}) => {
  await loginAs(page, 'radgivningssjukskoterska');
  await expect(page.getByRole('heading', { name: 'Mina tjänster' })).toBeVisible();
  await page.goto(JOURNAL);
  await page
    .getByLabel('Byt användare')
    .selectOption(staff('radgivningssjukskoterska').employeeHsaId);
  await page.getByRole('button', { name: 'Byt' }).click();

  for (const method of ['Startnyckel', 'Direktlänk']) {
    const choice = page.getByRole('radio', { name: method });
    // The developer choices stay open once changed.
    if (!(await choice.isVisible())) await page.getByText('Utvecklarval').click();
    await choice.check();
    const opened = page.waitForEvent('popup');
    await page
      .getByRole('button', { name: 'Öppna Tolvan Tolvansson i 1177 för vårdpersonal' })
      .click();
    const workspace = await opened;
    await expect(banner(workspace).getByText('Tolvan Tolvansson')).toBeVisible();
    await expect(workspace).toHaveURL(`${DEV.appOrigin}/tjanster`);
    await expectNothingLeft(workspace);
    await workspace.close();
    await page.reload();
  }
});
