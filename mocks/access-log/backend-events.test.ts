/**
 * Reading a patient through any backend directly – with a token, as curl would, no app and no
 * browser event – leaves that backend's own event in the access log.
 */
import { describe, expect, it } from 'vitest';
import { DEV } from '../dev-config';
import { findStaff } from '../idp/staff';
import { registerLaunch } from '../launch-context/journal-system-client';
import { LAUNCH_RECORDER } from '../launch-context/handlers';
import { JOURNAL_SYSTEMS } from '../launch-context/systems';
import { CASE_SOURCE_NAMES } from '../lib/source-call';
import { authHeaders } from '../lib/test-tokens';
import { PATIENT_LOOKUP_RECORDER } from '../patient-lookup/handlers';
import { seedArenden } from '../personalverktyg/seed';
import { seedMessages } from '../stod-och-behandling/seed';
import { seedSubmissions } from '../formularhantering/seed';
import { seedFragor } from '../webcert/seed';
import { allAccessEvents } from './events';

const API = `${DEV.appOrigin}/api`;
const NORRBACKA = 'SE2321000016-1A2B';
const doctor = findStaff('lakare')!;
const COMMISSION = 'SE2321000016-C1001';
const TOLVAN = '191212121212';

/** What to ask for: a GET, or a POST with `body`; and the patient the answer releases. */
type Call = { path: string; body?: unknown; patient: string };
type Read = { backend: string; recordedBy: string; call: () => Promise<Call> };

const caseAt = (path: string, patient: string) => Promise.resolve({ path, patient });

const READS: Read[] = [
  {
    backend: 'Personuppslag',
    recordedBy: PATIENT_LOOKUP_RECORDER,
    call: async () => ({
      path: '/patient-lookup/v1/lookup',
      body: { identityNumber: TOLVAN },
      patient: TOLVAN,
    }),
  },
  {
    backend: '1177 Personalverktyg',
    recordedBy: CASE_SOURCE_NAMES.personalverktyg,
    call: () => {
      const { id, invanare } = seedArenden(NORRBACKA)[0]!;
      return caseAt(`/personalverktyg/v2/arenden/${id}`, invanare.personnummer);
    },
  },
  {
    backend: '1177 Stöd och behandling',
    recordedBy: CASE_SOURCE_NAMES['stod-och-behandling'],
    call: () => {
      const { id, participant } = seedMessages(NORRBACKA)[0]!;
      return caseAt(`/stod-och-behandling/v1/messages/${id}`, participant.ssn);
    },
  },
  {
    backend: '1177 Formulärhantering',
    recordedBy: CASE_SOURCE_NAMES.formularhantering,
    call: () => {
      const { id, respondent } = seedSubmissions(NORRBACKA)[0]!;
      return caseAt(`/formularhantering/v1/submissions/${id}`, respondent.personalIdentityNumber);
    },
  },
  {
    backend: 'Webcert',
    recordedBy: CASE_SOURCE_NAMES.webcert,
    call: () => {
      const { id, patient } = seedFragor(NORRBACKA)[0]!;
      return caseAt(`/webcert/v1/fragor/${id}`, patient.personId);
    },
  },
  {
    backend: 'Startkontext',
    recordedBy: LAUNCH_RECORDER,
    call: async () => {
      // The journal system's part: register the patient for the unit.
      const { handle } = await registerLaunch(
        JOURNAL_SYSTEMS[0]!,
        { patient: '19121212-1212', careUnit: NORRBACKA },
        DEV.appOrigin,
      );
      return { path: '/launch-context/v1/redemptions', body: { handle }, patient: TOLVAN };
    },
  },
];

describe.each(READS)('$backend', ({ recordedBy, call }) => {
  it('writes the access event itself when it releases a patient to a direct call', async () => {
    const { path, body, patient } = await call();
    const theirs = () =>
      allAccessEvents().filter(
        (e) =>
          e.recordedBy === recordedBy &&
          e.patient === patient &&
          e.userHsaId === doctor.employeeHsaId,
      );
    expect(theirs()).toEqual([]);
    const response = await fetch(`${API}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        ...(await authHeaders(doctor, { commissionHsaId: COMMISSION })),
        'Content-Type': 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    expect(theirs()).toEqual([
      expect.objectContaining({ commissionHsaId: COMMISSION, careUnitHsaId: NORRBACKA }),
    ]);
  });
});
