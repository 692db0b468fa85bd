import { describe, expect, it } from 'vitest';
import { allAccessEvents } from '../access-log/events';
import { DEV } from '../dev-config';
import { findStaff, type StaffMember } from '../idp/staff';
import { authHeaders } from '../lib/test-tokens';
import { PATIENT_LOOKUP_RECORDER, type PatientLookupResponse } from './handlers';

const URL = `${DEV.appOrigin}/api/patient-lookup/v1/lookup`;
const TOLVAN = '191212121212';
const staff = (id: string): StaffMember => findStaff(id)!;

async function lookup(
  person: StaffMember,
  body: Record<string, unknown>,
  options: Parameters<typeof authHeaders>[1] = {
    commissionHsaId: person.commissions[0]?.commissionHsaId,
  },
): Promise<Response> {
  return fetch(URL, {
    method: 'POST',
    headers: { ...(await authHeaders(person, options)), 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('patient lookup', () => {
  it.each(['statistiker', 'vardadministrator', 'verksamhetschef'])(
    'refuses a commission that is not for care and treatment (%s)',
    async (accountId) => {
      const before = allAccessEvents().length;
      const response = await lookup(staff(accountId), { identityNumber: TOLVAN });
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({
        error: {
          code: 'purpose_not_care',
          message: 'Patientuppgifter hämtas bara i ett medarbetaruppdrag för vård och behandling.',
        },
      });
      expect(allAccessEvents()).toHaveLength(before);
    },
  );

  it('refuses a token the identity provider issued to the demo service', async () => {
    const lakare = staff('lakare');
    const response = await lookup(
      lakare,
      { identityNumber: TOLVAN },
      {
        commissionHsaId: lakare.commissions[0]!.commissionHsaId,
        token: { claims: { client_id: DEV.demoServiceClientId } },
      },
    );
    expect(response.status).toBe(401);
    expect(response.headers.get('WWW-Authenticate')).toContain('error="invalid_token"');
  });

  it('returns what the banner shows, and the address only when asked for', async () => {
    const lakare = staff('lakare');
    const plain = (await (
      await lookup(lakare, { identityNumber: TOLVAN })
    ).json()) as PatientLookupResponse;
    expect(plain.patient).toEqual({
      identityNumber: TOLVAN,
      sex: 'man',
      protectedIdentity: false,
      deceased: false,
      deceasedDate: null,
      name: { given: 'Tolvan', family: 'Tolvansson' },
    });
    const withAddress = (await (
      await lookup(lakare, { identityNumber: TOLVAN, fields: ['address'] })
    ).json()) as PatientLookupResponse;
    expect(withAddress.patient.address).toEqual({
      street: 'Tolvansgatan 12',
      postalCode: '121 21',
      city: 'Norrbacka',
    });
    const protectedPerson = (await (
      await lookup(lakare, { identityNumber: '197305012382', fields: ['address'] })
    ).json()) as PatientLookupResponse;
    expect(protectedPerson.patient).toMatchObject({ name: null, address: null });
    expect((await lookup(lakare, { identityNumber: TOLVAN, fields: ['phone'] })).status).toBe(400);
  });

  it('writes the access event itself: the server’s time, the token’s user, the active commission', async () => {
    const lakare = staff('lakare');
    const sjostaden = lakare.commissions[1]!;
    const before = Date.now();
    await lookup(
      lakare,
      { identityNumber: TOLVAN, fields: ['address'] },
      { commissionHsaId: sjostaden.commissionHsaId },
    );
    const event = allAccessEvents().at(-1)!;
    expect(event).toMatchObject({
      action: 'Läsning',
      userHsaId: lakare.employeeHsaId,
      userName: 'Anna Lindqvist',
      commissionHsaId: sjostaden.commissionHsaId,
      careUnitHsaId: sjostaden.healthCareUnitHsaId,
      careProviderHsaId: sjostaden.healthCareProviderHsaId,
      patient: TOLVAN,
      shown: 'Personuppslag: personnummer, namn, kön, adress',
      recordedBy: PATIENT_LOOKUP_RECORDER,
    });
    expect(Date.parse(event.occurredAt)).toBeGreaterThanOrEqual(before);

    // Nobody in the register: nothing was released, nothing to log.
    const count = allAccessEvents().length;
    expect((await lookup(lakare, { identityNumber: '199001011234' })).status).toBe(404);
    expect(allAccessEvents()).toHaveLength(count);
  });
});
