import {
  activeIcd10Codes,
  identityNumberOfPatient,
  PERSONNUMMER_SYSTEM,
  SAMORDNINGSNUMMER_SYSTEM,
} from './fhir-patient';

describe('identityNumberOfPatient', () => {
  it('reads the personnummer by its HL7 Sweden system', () => {
    expect(
      identityNumberOfPatient({
        resourceType: 'Patient',
        identifier: [
          { system: 'urn:oid:1.2.752.129.2.1.2.1', value: 'LOCAL-1' },
          { system: PERSONNUMMER_SYSTEM, value: '191212121212' },
        ],
      }),
    ).toBe('191212121212');
  });

  it('prefers the personnummer, and falls back to the samordningsnummer', () => {
    const both = [
      { system: SAMORDNINGSNUMMER_SYSTEM, value: '198007623450' },
      { system: PERSONNUMMER_SYSTEM, value: '191212121212' },
    ];
    expect(identityNumberOfPatient({ identifier: both })).toBe('191212121212');
    expect(identityNumberOfPatient({ identifier: [both[0]] })).toBe('198007623450');
  });

  it('ignores identifiers that have ended, of other systems, or without a value', () => {
    expect(
      identityNumberOfPatient({
        identifier: [
          { system: PERSONNUMMER_SYSTEM, value: '191212121212', period: { end: '2020-01-01' } },
          { system: 'http://example.org/mrn', value: '191212121212' },
          { system: SAMORDNINGSNUMMER_SYSTEM, value: '  ' },
          { system: PERSONNUMMER_SYSTEM },
        ],
      }),
    ).toBeNull();
    expect(identityNumberOfPatient({})).toBeNull();
    expect(identityNumberOfPatient({ identifier: 'not a list' })).toBeNull();
  });
});

describe('activeIcd10Codes', () => {
  const condition = (
    code: string,
    status?: string,
    system = 'http://hl7.org/fhir/sid/icd-10-se',
  ) => ({
    resource: {
      resourceType: 'Condition',
      code: { coding: [{ system, code }] },
      ...(status && {
        clinicalStatus: {
          coding: [
            { system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: status },
          ],
        },
      }),
    },
  });

  it('takes the ICD-10 codes of active Conditions, once each, in order', () => {
    expect(
      activeIcd10Codes({
        resourceType: 'Bundle',
        entry: [
          condition('E11', 'active'),
          condition('I10', 'active'),
          condition('J06.9', 'resolved'),
          condition('e11', 'recurrence'),
          condition('44054006', 'active', 'http://snomed.info/sct'),
          { resource: { resourceType: 'OperationOutcome' } },
        ],
      }),
    ).toEqual(['E11', 'I10']);
  });

  it('trusts the search for a Condition without a clinical status', () => {
    expect(activeIcd10Codes({ entry: [condition('J44')] })).toEqual(['J44']);
    expect(activeIcd10Codes({})).toEqual([]);
  });
});
