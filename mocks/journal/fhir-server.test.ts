// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../idp/http-server';
import { permits } from './fhir-server';
import {
  APP,
  bearer,
  JONAS,
  DOCTOR,
  launchWithToken,
  SCOPE,
  startTestJournal,
  TOLVAN,
  type TokenResponse,
} from './testing';

let journal: RunningServer;
let tolvan: TokenResponse & { iss: string };
beforeAll(async () => {
  journal = await startTestJournal();
  tolvan = await launchWithToken(journal, { patientId: TOLVAN });
});
afterAll(() => journal.close());

const read = (path: string, accessToken?: string, base = tolvan.iss) =>
  fetch(`${base}${path}`, { headers: accessToken ? bearer(accessToken) : {} });

type Outcome = { resourceType: string; issue: { code: string; diagnostics: string }[] };
type Bundle = {
  type: string;
  total: number;
  entry: { fullUrl: string; resource: { id: string } }[];
};

async function expectOutcome(response: Response, status: number): Promise<Outcome> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
  const outcome = (await response.json()) as Outcome;
  expect(outcome.resourceType).toBe('OperationOutcome');
  expect(outcome.issue[0]!.diagnostics).toBeTruthy();
  return outcome;
}

describe('reading with a token', () => {
  it('answers for the app’s origin only, with the challenge header readable', async () => {
    const response = await read(`/Patient/${TOLVAN}`, tolvan.access_token);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    const preflight = await fetch(`${tolvan.iss}/Patient/${TOLVAN}`, {
      method: 'OPTIONS',
      headers: { Origin: APP, 'Access-Control-Request-Headers': 'authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');
  });

  it('finds the patient by identifier, as a searchset', async () => {
    const response = await read(
      `/Patient?identifier=${encodeURIComponent('http://electronichealth.se/identifier/personnummer|191212121212')}`,
      tolvan.access_token,
    );
    const bundle = (await response.json()) as Bundle;
    expect(bundle).toMatchObject({ type: 'searchset', total: 1 });
    expect(bundle.entry[0]!.fullUrl).toBe(`${tolvan.iss}/Patient/${TOLVAN}`);
  });

  it('lists resolved diagnoses too when no clinical-status is given', async () => {
    const response = await read(`/Condition?subject=Patient/${TOLVAN}`, tolvan.access_token);
    expect(((await response.json()) as Bundle).total).toBe(3);
  });

  it('reads the encounters and the user’s own Practitioner', async () => {
    const encounters = (await (
      await read(`/Encounter?patient=${TOLVAN}`, tolvan.access_token)
    ).json()) as Bundle;
    expect(encounters.total).toBe(2);
    const one = await read(`/Encounter/${encounters.entry[0]!.resource.id}`, tolvan.access_token);
    expect(one.status).toBe(200);
    expect((await read('/Practitioner/prac-0001', tolvan.access_token)).status).toBe(200);
    await expectOutcome(await read('/Practitioner/prac-0002', tolvan.access_token), 403);
  });

  it('answers 404 for an unknown id and 400 for an unknown search parameter', async () => {
    await expectOutcome(await read('/Encounter/enc-9999', tolvan.access_token), 404);
    await expectOutcome(
      await read(`/Condition?patient=${TOLVAN}&code=E11`, tolvan.access_token),
      400,
    );
  });
});

describe('the patient compartment', () => {
  it('refuses another patient’s record and diagnoses with 403', async () => {
    await expectOutcome(await read(`/Patient/${JONAS}`, tolvan.access_token), 403);
    await expectOutcome(await read(`/Condition?patient=${JONAS}`, tolvan.access_token), 403);
    await expectOutcome(
      await read(`/Encounter?subject=Patient/${JONAS}`, tolvan.access_token),
      403,
    );
    await expectOutcome(await read('/Encounter/enc-0003', tolvan.access_token), 403);
  });

  it('refuses a search that names no patient', async () => {
    await expectOutcome(await read('/Condition?clinical-status=active', tolvan.access_token), 403);
  });

  it('finds no other patient by identifier', async () => {
    const response = await read('/Patient?identifier=198007623450', tolvan.access_token);
    expect(((await response.json()) as Bundle).total).toBe(0);
  });
});

describe('the bearer token', () => {
  it('is required: 401 with a Bearer challenge', async () => {
    const response = await read(`/Patient/${TOLVAN}`);
    await expectOutcome(response, 401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
  });

  it('must be the journal’s own', async () => {
    const [header, payload] = tolvan.access_token.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(342)}`;
    const response = await read(`/Patient/${TOLVAN}`, forged);
    await expectOutcome(response, 401);
    expect(response.headers.get('www-authenticate')).toContain('error="invalid_token"');
  });

  it('is good for its own FHIR base only', async () => {
    const response = await read(
      `/Patient/${TOLVAN}`,
      tolvan.access_token,
      `${journal.url}/fel/s256/fhir`,
    );
    const outcome = await expectOutcome(response, 401);
    expect(outcome.issue[0]!.diagnostics).toContain('annan FHIR-installation');
  });

  it('needs the scope: 403 without patient/Condition', async () => {
    const narrow = await launchWithToken(journal, {}, 'launch patient/Patient.rs');
    expect((await read(`/Patient/${TOLVAN}`, narrow.access_token)).status).toBe(200);
    await expectOutcome(await read(`/Condition?patient=${TOLVAN}`, narrow.access_token), 403);
  });

  it('accepts v1 scopes', async () => {
    const v1 = await launchWithToken(journal, {}, 'launch patient/Condition.read');
    expect((await read(`/Condition?patient=${TOLVAN}`, v1.access_token)).status).toBe(200);
  });
});

describe('scopes', () => {
  it('grant read and search by their letters', () => {
    expect(permits(['patient/Condition.rs'], 'Condition', 's')).toBe(true);
    expect(permits(['patient/Condition.r'], 'Condition', 's')).toBe(false);
    expect(permits(['patient/Condition.s'], 'Condition', 'r')).toBe(false);
    expect(permits(['patient/Condition.read'], 'Condition', 's')).toBe(true);
    expect(permits(['patient/Patient.rs'], 'Condition', 'r')).toBe(false);
    expect(permits(['user/Condition.rs'], 'Condition', 'r')).toBe(false);
  });
});

describe('simulated faults at the FHIR server', () => {
  it.each([
    ['fhir-401', 401],
    ['fhir-403', 403],
    ['fhir-500', 500],
  ] as const)('%s answers %i with an OperationOutcome', async (fault, status) => {
    const faulty = await launchWithToken(journal, { fault });
    await expectOutcome(await read(`/Patient/${TOLVAN}`, faulty.access_token), status);
  });

  it('fhir-timeout: no answer within 300 ms', async () => {
    const faulty = await launchWithToken(journal, { fault: 'fhir-timeout' });
    const abort = new AbortController();
    const answer = fetch(`${faulty.iss}/Patient/${TOLVAN}`, {
      headers: bearer(faulty.access_token),
      signal: abort.signal,
    }).then(
      () => 'answered',
      () => 'aborted',
    );
    const waited = new Promise((resolve) => setTimeout(() => resolve('waiting'), 300));
    expect(await Promise.race([answer, waited])).toBe('waiting');
    abort.abort();
    expect(await answer).toBe('aborted');
  });

  it('fhir-timeout: close() does not wait for the held request', async () => {
    const own = await startTestJournal();
    const faulty = await launchWithToken(own, { fault: 'fhir-timeout' });
    const answer = fetch(`${faulty.iss}/Patient/${TOLVAN}`, {
      headers: bearer(faulty.access_token),
    }).then(
      () => 'answered',
      () => 'dropped',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await own.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await answer).toBe('dropped');
  });
});

type AuditEvent = {
  resourceType: string;
  subtype: { code: string }[];
  action: string;
  recorded: string;
  outcome: string;
  agent: { who: { reference?: string; identifier: { value: string } }; requestor: boolean }[];
  entity: { what?: { reference: string }; description?: string; query?: string }[];
};

describe('the journal’s own audit log', () => {
  const AUDIT_SCOPE = `${SCOPE} patient/AuditEvent.rs`;
  let own: RunningServer;
  beforeAll(async () => {
    own = await startTestJournal();
  });
  afterAll(() => own.close());

  const auditOf = async (accessToken: string, iss: string, patientId: string) => {
    const response = await read(`/AuditEvent?patient=${patientId}`, accessToken, iss);
    expect(response.status).toBe(200);
    const bundle = (await response.json()) as { entry: { resource: AuditEvent }[] };
    return bundle.entry.map((entry) => entry.resource);
  };

  it('writes an AuditEvent for every read: who, which patient, when and how it went', async () => {
    const before = Date.now();
    const auditor = await launchWithToken(own, { patientId: TOLVAN }, AUDIT_SCOPE);
    expect((await read(`/Patient/${TOLVAN}`, auditor.access_token, auditor.iss)).status).toBe(200);
    const conditions = `/Condition?patient=${TOLVAN}&clinical-status=active`;
    expect((await read(conditions, auditor.access_token, auditor.iss)).status).toBe(200);

    const [search, patientRead] = await auditOf(auditor.access_token, auditor.iss, TOLVAN);
    expect(patientRead).toMatchObject({
      resourceType: 'AuditEvent',
      subtype: [{ code: 'read' }],
      action: 'R',
      outcome: '0',
      agent: [
        {
          who: {
            reference: `${auditor.iss}/Practitioner/prac-0001`,
            identifier: { value: DOCTOR },
          },
          requestor: true,
        },
        { who: { identifier: { value: 'vardpersonal-web' } }, requestor: false },
      ],
      entity: [
        { what: { reference: `Patient/${TOLVAN}` } },
        { what: { reference: `Patient/${TOLVAN}` } },
      ],
    });
    expect(Date.parse(patientRead!.recorded)).toBeGreaterThanOrEqual(before);
    expect(search).toMatchObject({ subtype: [{ code: 'search-type' }], action: 'E', outcome: '0' });
    expect(Buffer.from(search!.entity[1]!.query!, 'base64').toString()).toBe(conditions);
  });

  it('writes a refused read too, for the patient it tried to reach', async () => {
    const tolvansToken = await launchWithToken(own, { patientId: TOLVAN });
    expect(
      (await read(`/Patient/${JONAS}`, tolvansToken.access_token, tolvansToken.iss)).status,
    ).toBe(403);
    const auditor = await launchWithToken(own, { patientId: JONAS }, AUDIT_SCOPE);
    const [refused] = await auditOf(auditor.access_token, auditor.iss, JONAS);
    expect(refused).toMatchObject({
      outcome: '4',
      agent: [{ who: { identifier: { value: DOCTOR } } }, {}],
      entity: [{ what: { reference: `Patient/${JONAS}` } }, {}],
    });
  });

  it('is read only with the AuditEvent scope, and only for the token’s patient', async () => {
    const plain = await launchWithToken(own, { patientId: TOLVAN });
    await expectOutcome(
      await read(`/AuditEvent?patient=${TOLVAN}`, plain.access_token, plain.iss),
      403,
    );
    const auditor = await launchWithToken(own, { patientId: TOLVAN }, AUDIT_SCOPE);
    await expectOutcome(
      await read(`/AuditEvent?patient=${JONAS}`, auditor.access_token, auditor.iss),
      403,
    );
  });
});
