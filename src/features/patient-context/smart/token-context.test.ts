import { readTokenContext } from './smart-launch';

const ID_TOKEN = {
  employeeHsaId: 'SE2321000016-L001',
  fhirUser: 'http://localhost:4404/fhir/Practitioner/pr-1',
};

describe('readTokenContext', () => {
  it('reads the patient, the encounter and the user from the token response and ID token', () => {
    expect(
      readTokenContext(
        { access_token: 'x', patient: 'pat-0001', encounter: 'enc-1', need_patient_banner: true },
        ID_TOKEN,
      ),
    ).toEqual({ patientId: 'pat-0001', encounterId: 'enc-1', userHsaId: 'SE2321000016-L001' });
    expect(readTokenContext({ patient: 'pat-0001' }, ID_TOKEN).encounterId).toBeNull();
  });

  it('refuses a token response without a usable patient', () => {
    for (const patient of [undefined, '', 'Patient/../../x', 42]) {
      expect(() => readTokenContext({ patient }, ID_TOKEN)).toThrow(/saknar patient/);
    }
  });

  it('refuses an ID token without the HSA-id or fhirUser', () => {
    expect(() => readTokenContext({ patient: 'p' }, null)).toThrow(/HSA-id/);
    expect(() => readTokenContext({ patient: 'p' }, { fhirUser: ID_TOKEN.fhirUser })).toThrow(
      /HSA-id/,
    );
    expect(() =>
      readTokenContext({ patient: 'p' }, { employeeHsaId: ID_TOKEN.employeeHsaId }),
    ).toThrow(/HSA-id/);
  });
});
