// @vitest-environment jsdom
import { getByRole, within } from '@testing-library/dom';
import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV } from '../dev-config';
import type { RunningServer } from '../idp/http-server';
import { server } from '../node';
import { APP, DOCTOR, startTestJournal, TOLVAN } from './testing';

let journal: RunningServer;
beforeAll(async () => {
  journal = await startTestJournal();
});
afterAll(() => journal.close());

const NURSE = 'SE2321000016-E9001';

/** Shows the journal's HTML in the test's document, so roles and names are the browser's. */
function show(html: string): Document {
  document.documentElement.innerHTML = html;
  return document;
}

async function page(cookie = ''): Promise<Document> {
  const response = await fetch(`${journal.url}/`, { headers: cookie ? { cookie } : {} });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  return show(await response.text());
}

function launchForm(fields: Record<string, string>, cookie = ''): Promise<Response> {
  return fetch(`${journal.url}/launches`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      ...(cookie ? { cookie } : {}),
    },
    body: new URLSearchParams({
      installation: 'working',
      encounter: 'latest',
      method: 'smart',
      fault: '',
      ...fields,
    }),
    redirect: 'manual',
  });
}

type Listed = {
  launches: {
    launch: string;
    method: string;
    user: string;
    fault: string | null;
    encounterId: string | null;
    launchUrl: string;
  }[];
};
const listed = async (): Promise<Listed> =>
  (await (await fetch(`${journal.url}/api/launches`)).json()) as Listed;

describe('the journal’s page', () => {
  it('lists the patients in a table, each with its own launch button', async () => {
    const shown = await page();
    const table = getByRole(shown.body, 'table', { name: 'Patienter i journalen' });
    const rows = within(table).getAllByRole('row');
    // A header row, the seven test patients and the one without an identity number.
    expect(rows).toHaveLength(9);
    expect(within(table).getByRole('rowheader', { name: 'Tolvan Tolvansson' })).toBeTruthy();
    expect(within(table).getByRole('cell', { name: '19121212-1212' })).toBeTruthy();
    expect(within(table).getByText('utan personnummer (reservnummer)')).toBeTruthy();
    const button = within(table).getByRole('button', {
      name: 'Öppna Tolvan Tolvansson i 1177 för vårdpersonal',
    });
    expect(button.getAttribute('value')).toBe(TOLVAN);
    const names = within(table)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(new Set(names).size).toBe(names.length);
    const form = button.closest('form')!;
    expect(form.getAttribute('action')).toBe('/launches');
    expect(form.getAttribute('target')).toBe('_blank');
  });

  it('has landmarks, the developer’s choices and the registered clients', async () => {
    const shown = await page();
    expect(getByRole(shown.body, 'banner').textContent).toContain('Journalsystemet (simulator)');
    expect(getByRole(shown.body, 'main')).toBeTruthy();
    expect(getByRole(shown.body, 'banner').textContent).toContain(
      'Inloggad i journalen som Anna Lindqvist',
    );
    for (const name of ['Installation', 'Besök', 'Simulerat fel', 'Byt användare']) {
      expect(getByRole(shown.body, 'combobox', { name })).toBeTruthy();
    }
    expect(
      getByRole(shown.body, 'radio', { name: 'SMART App Launch (EHR launch)' }),
    ).toHaveProperty('checked', true);
    const clients = getByRole(shown.body, 'region', { name: 'Klienter' });
    expect(clients.textContent).toContain(DEV.smartClientId);
    expect(clients.textContent).toContain('vardpersonal-server');
    expect(clients.textContent).toContain(`${APP}/launch/smart`);
  });

  it('changes the journal user with a cookie', async () => {
    const response = await fetch(`${journal.url}/anvandare`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ user: NURSE }),
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    const cookie = response.headers.getSetCookie()[0]!.split(';')[0]!;
    expect(cookie).toBe(`journal-user=${NURSE}`);
    const shown = await page(cookie);
    expect(getByRole(shown.body, 'banner').textContent).toContain('Sara Ekström');
  });
});

describe('launching from the page', () => {
  it('makes a SMART launch for the pressed row, with the choices, and lists it', async () => {
    const response = await launchForm(
      { patientId: TOLVAN, installation: 'withoutS256', fault: 'fhir-500' },
      `journal-user=${NURSE}`,
    );
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(`${APP}/launch`);
    expect(location.searchParams.get('iss')).toBe(`${journal.url}/fel/s256/fhir`);
    expect(location.searchParams.get('launch')).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect(response.headers.getSetCookie().join()).toContain('journal-val=');

    const [latest] = (await listed()).launches;
    expect(latest).toMatchObject({
      launch: location.searchParams.get('launch'),
      method: 'smart',
      user: NURSE,
      fault: 'fhir-500',
      encounterId: 'enc-0002',
    });

    const shown = await page();
    const launches = getByRole(shown.body, 'table', { name: /Starter från journalen/ });
    expect(within(launches).getAllByRole('row')[1]!.textContent).toContain('Tolvan Tolvansson');
    expect(within(launches).getAllByRole('row')[1]!.textContent).toContain('Väntar');
  });

  it('sends a direct link with the identity number and the active diagnoses', async () => {
    const response = await launchForm({ patientId: TOLVAN, method: 'direct' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(
      `${APP}/launch?patient=191212121212&icd10=E11%2CI10`,
    );
  });

  it('registers a launch handle with the mock-API service, in the browser’s namespace', async () => {
    let namespace: string | null = null;
    server.use(
      http.post('*/api/launch-context/v1/launches', ({ request }) => {
        namespace = request.headers.get('x-mock-namespace');
      }),
    );
    const response = await launchForm(
      { patientId: TOLVAN, method: 'handle' },
      'mock-namespace=test-42',
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(
      new RegExp(`^${DEV.appOrigin}/launch\\?launch=[A-Za-z0-9_-]{40,}$`),
    );
    expect(namespace).toBe('test-42');
  });

  it('shows a readable page when the handle cannot be registered', async () => {
    server.use(
      http.post('*/api/launch-context/v1/launches', () =>
        HttpResponse.json(
          { error: { code: 'unavailable', message: 'Tjänsten är avstängd.' } },
          { status: 503 },
        ),
      ),
    );
    const response = await launchForm({ patientId: TOLVAN, method: 'handle' });
    expect(response.status).toBe(502);
    const shown = show(await response.text());
    expect(getByRole(shown.body, 'heading', { level: 1 }).textContent).toBe('Något gick fel');
    expect(shown.body.textContent).toContain('Tjänsten är avstängd.');
  });

  it('refuses a direct link for the patient without an identity number', async () => {
    const response = await launchForm({ patientId: 'pat-0008', method: 'direct' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('har inget personnummer');
  });
});

describe('POST /api/launches', () => {
  const post = (body: unknown) =>
    fetch(`${journal.url}/api/launches`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('refuses an unknown patient, user, installation, encounter or fault', async () => {
    const good = { patientId: TOLVAN, user: DOCTOR };
    for (const body of [
      { ...good, patientId: 'pat-9999' },
      { ...good, user: 'SE0000000000-X' },
      { ...good, iss: 'https://elsewhere.example/fhir' },
      { ...good, encounterId: 'enc-0003' },
      { ...good, fault: 'brand' },
      { ...good, extra: true },
      { patientId: TOLVAN },
    ]) {
      const response = await post(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: 'invalid_request' } });
    }
  });

  it('refuses a body that is not JSON', async () => {
    const response = await fetch(`${journal.url}/api/launches`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid_request' } });
  });
});
