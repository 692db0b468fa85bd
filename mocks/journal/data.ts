/**
 * The journal's records as FHIR R4 resources (HL7 Sweden's base profiles where they exist):
 * the patients of the population-register stand-in (TEST_PATIENTS) and one more without a
 * Swedish identity number, their diagnoses and visits, and the test staff as practitioners.
 * Ids are stable and opaque: never the identity number, which travels only as an identifier.
 */
import { CARE_UNITS, STAFF, type StaffMember } from '../idp/staff';
import { TEST_PATIENTS, type TestPatient } from '../patient-lookup/patients';

export const IDENTIFIER_SYSTEMS = {
  personnummer: 'http://electronichealth.se/identifier/personnummer',
  samordningsnummer: 'http://electronichealth.se/identifier/samordningsnummer',
  /** A local reserve number: no usable Swedish identity number. */
  reservnummer: 'urn:oid:1.2.752.129.2.1.2.1',
  hsaId: 'urn:oid:1.2.752.29.4.19',
} as const;

const ICD10_SE = 'http://hl7.org/fhir/sid/icd-10-se';
const CLINICAL_STATUS = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';

export type FhirResource = { resourceType: string; id: string; [field: string]: unknown };

export type JournalPatient = {
  id: string;
  name: string;
  /** Twelve digits, or null for a patient known only by a local reserve number. */
  identityNumber: string | null;
  /** What the journal's patient list shows in its identity number column. */
  identifierText: string;
  description: string;
  resource: FhirResource;
};

export type JournalEncounter = {
  id: string;
  patientId: string;
  start: string;
  careUnitHsaId: string;
  resource: FhirResource;
};

export type JournalCondition = {
  id: string;
  patientId: string;
  code: string;
  active: boolean;
  resource: FhirResource;
};

export type JournalPractitioner = { id: string; staff: StaffMember; resource: FhirResource };

// --- Patients --------------------------------------------------------------------------------

/** Day of birth + 60: a samordningsnummer. */
const isCoordinationNumber = (identityNumber: string): boolean =>
  Number(identityNumber.slice(6, 8)) > 60;

function birthDateOf(identityNumber: string): string {
  const day = Number(identityNumber.slice(6, 8)) % 60;
  return `${identityNumber.slice(0, 4)}-${identityNumber.slice(4, 6)}-${String(day).padStart(2, '0')}`;
}

/** The second last digit is odd for men and even for women. */
const genderOf = (identityNumber: string): 'male' | 'female' =>
  Number(identityNumber[10]) % 2 === 1 ? 'male' : 'female';

const humanName = (given: string, family: string) => [
  { use: 'official', family, given: [given], text: `${given} ${family}` },
];

function patientResource(id: string, patient: TestPatient): FhirResource {
  const number = patient.identityNumber;
  return {
    resourceType: 'Patient',
    id,
    meta: {
      profile: ['http://hl7.se/fhir/ig/base/StructureDefinition/SEBasePatient'],
      ...(patient.protectedIdentity && {
        security: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality',
            code: 'R',
            display: 'restricted',
          },
        ],
      }),
    },
    identifier: [
      {
        system: isCoordinationNumber(number)
          ? IDENTIFIER_SYSTEMS.samordningsnummer
          : IDENTIFIER_SYSTEMS.personnummer,
        value: number,
      },
    ],
    active: true,
    name: humanName(patient.givenName, patient.familyName),
    gender: genderOf(number),
    birthDate: birthDateOf(number),
    ...(patient.deceasedDate && { deceasedDateTime: patient.deceasedDate }),
    address: [
      {
        use: 'home',
        line: [patient.address.street],
        postalCode: patient.address.postalCode,
        city: patient.address.city,
        country: 'SE',
      },
    ],
  };
}

const patientId = (index: number): string => `pat-${String(index + 1).padStart(4, '0')}`;

const dashed = (number: string): string => `${number.slice(0, 8)}-${number.slice(8)}`;

const RESERVE_PATIENT_ID = patientId(TEST_PATIENTS.length);

export const PATIENTS: readonly JournalPatient[] = [
  ...TEST_PATIENTS.map((patient, index) => ({
    id: patientId(index),
    name: `${patient.givenName} ${patient.familyName}`,
    identityNumber: patient.identityNumber,
    identifierText: dashed(patient.identityNumber),
    description: patient.description,
    resource: patientResource(patientId(index), patient),
  })),
  {
    id: RESERVE_PATIENT_ID,
    name: 'Okänd Reservnummer',
    identityNumber: null,
    identifierText: 'Saknas (reservnummer R-2026-0042)',
    description: 'utan personnummer (reservnummer)',
    resource: {
      resourceType: 'Patient',
      id: RESERVE_PATIENT_ID,
      meta: { profile: ['http://hl7.se/fhir/ig/base/StructureDefinition/SEBasePatient'] },
      identifier: [{ use: 'temp', system: IDENTIFIER_SYSTEMS.reservnummer, value: 'R-2026-0042' }],
      active: true,
      name: humanName('Okänd', 'Reservnummer'),
      gender: 'unknown',
    },
  },
];

const idByNumber = (identityNumber: string): string =>
  PATIENTS.find((patient) => patient.identityNumber === identityNumber)!.id;

// --- Diagnoses and visits --------------------------------------------------------------------

type ConditionSeed = {
  code: string;
  display: string;
  onset: string;
  /** Set for a resolved diagnosis. */
  abated?: string;
};

type EncounterSeed = {
  kind: 'AMB' | 'HH';
  unit: keyof typeof CARE_UNITS;
  type: string;
  start: string;
  end: string;
};

type Seed = { patientId: string; conditions: ConditionSeed[]; encounters: EncounterSeed[] };

const SEEDS: Seed[] = [
  {
    patientId: idByNumber('191212121212'),
    conditions: [
      { code: 'E11', display: 'Diabetes mellitus typ 2', onset: '2019-03-14' },
      { code: 'I10', display: 'Essentiell hypertoni', onset: '2021-09-02' },
      {
        code: 'J06.9',
        display: 'Akut övre luftvägsinfektion, ospecificerad',
        onset: '2025-11-20',
        abated: '2025-12-04',
      },
    ],
    encounters: [
      {
        kind: 'AMB',
        unit: 'vcNorrbacka',
        type: 'Läkarbesök',
        start: '2025-11-20T09:00:00+01:00',
        end: '2025-11-20T09:30:00+01:00',
      },
      {
        kind: 'AMB',
        unit: 'vcNorrbacka',
        type: 'Diabetesmottagning',
        start: '2026-02-10T13:00:00+01:00',
        end: '2026-02-10T13:45:00+01:00',
      },
    ],
  },
  {
    patientId: idByNumber('198007623450'),
    conditions: [{ code: 'J45', display: 'Astma', onset: '2012-05-08' }],
    encounters: [
      {
        kind: 'AMB',
        unit: 'vcSjostaden',
        type: 'Sjuksköterskebesök',
        start: '2026-01-15T10:00:00+01:00',
        end: '2026-01-15T10:20:00+01:00',
      },
    ],
  },
  {
    patientId: idByNumber('197305012382'),
    conditions: [
      { code: 'F41.1', display: 'Generaliserat ångestsyndrom', onset: '2023-04-11' },
      { code: 'M54.5', display: 'Lumbago', onset: '2024-02-01', abated: '2024-04-15' },
    ],
    encounters: [
      {
        kind: 'AMB',
        unit: 'vcNorrbacka',
        type: 'Läkarbesök',
        start: '2026-01-28T14:00:00+01:00',
        end: '2026-01-28T14:30:00+01:00',
      },
    ],
  },
  {
    patientId: idByNumber('193203185677'),
    conditions: [
      { code: 'I50', display: 'Hjärtsvikt', onset: '2020-10-19' },
      {
        code: 'J44',
        display: 'Annan kronisk obstruktiv lungsjukdom',
        onset: '2015-01-07',
      },
    ],
    encounters: [
      {
        kind: 'HH',
        unit: 'hemsjukvard',
        type: 'Hembesök',
        start: '2025-08-01T11:00:00+02:00',
        end: '2025-08-01T11:40:00+02:00',
      },
    ],
  },
  {
    patientId: idByNumber('191906069123'),
    conditions: [
      { code: 'F03', display: 'Ospecificerad demens', onset: '2021-06-30' },
      { code: 'M81', display: 'Osteoporos utan patologisk fraktur', onset: '2018-03-22' },
      {
        code: 'S72.0',
        display: 'Fraktur på lårbenshalsen',
        onset: '2024-12-03',
        abated: '2025-04-10',
      },
    ],
    encounters: [
      {
        kind: 'HH',
        unit: 'hemsjukvard',
        type: 'Hembesök',
        start: '2026-02-03T09:30:00+01:00',
        end: '2026-02-03T10:15:00+01:00',
      },
      {
        kind: 'AMB',
        unit: 'ortopedKlinik',
        type: 'Återbesök',
        start: '2025-03-18T08:30:00+01:00',
        end: '2025-03-18T09:00:00+01:00',
      },
    ],
  },
  {
    patientId: idByNumber('201504072461'),
    conditions: [
      { code: 'L20', display: 'Atopiskt eksem', onset: '2016-02-12' },
      { code: 'H66.9', display: 'Akut mediaotit', onset: '2025-10-06', abated: '2025-10-20' },
    ],
    encounters: [
      {
        kind: 'AMB',
        unit: 'elevhalsan',
        type: 'Skolsköterskebesök',
        start: '2026-01-22T10:15:00+01:00',
        end: '2026-01-22T10:35:00+01:00',
      },
    ],
  },
  {
    patientId: idByNumber('194608153211'),
    conditions: [
      { code: 'J44', display: 'Annan kronisk obstruktiv lungsjukdom', onset: '2017-11-23' },
      { code: 'I10', display: 'Essentiell hypertoni', onset: '2010-06-14' },
    ],
    encounters: [
      {
        kind: 'AMB',
        unit: 'vcNorrbacka',
        type: 'Läkarbesök',
        start: '2026-02-05T15:00:00+01:00',
        end: '2026-02-05T15:30:00+01:00',
      },
    ],
  },
  {
    patientId: RESERVE_PATIENT_ID,
    conditions: [{ code: 'S06.0', display: 'Hjärnskakning', onset: '2026-02-11' }],
    encounters: [
      {
        kind: 'AMB',
        unit: 'vcSjostaden',
        type: 'Akut besök',
        start: '2026-02-11T22:10:00+01:00',
        end: '2026-02-11T23:00:00+01:00',
      },
    ],
  },
];

const reference = (id: string) => ({ reference: `Patient/${id}` });
const sequence = (prefix: string, index: number) =>
  `${prefix}-${String(index + 1).padStart(4, '0')}`;

export const CONDITIONS: readonly JournalCondition[] = SEEDS.flatMap((seed) =>
  seed.conditions.map((condition) => ({ ...condition, patientId: seed.patientId })),
).map((condition, index) => {
  const id = sequence('cond', index);
  const active = condition.abated === undefined;
  return {
    id,
    patientId: condition.patientId,
    code: condition.code,
    active,
    resource: {
      resourceType: 'Condition',
      id,
      clinicalStatus: {
        coding: [{ system: CLINICAL_STATUS, code: active ? 'active' : 'resolved' }],
      },
      verificationStatus: {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
            code: 'confirmed',
          },
        ],
      },
      category: [
        {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/condition-category',
              code: 'problem-list-item',
            },
          ],
        },
      ],
      code: {
        coding: [{ system: ICD10_SE, code: condition.code, display: condition.display }],
        text: condition.display,
      },
      subject: reference(condition.patientId),
      onsetDateTime: condition.onset,
      recordedDate: condition.onset,
      ...(condition.abated && { abatementDateTime: condition.abated }),
    },
  };
});

const CLASS_DISPLAY = { AMB: 'ambulatory', HH: 'home health' } as const;

export const ENCOUNTERS: readonly JournalEncounter[] = SEEDS.flatMap((seed) =>
  seed.encounters.map((encounter) => ({ ...encounter, patientId: seed.patientId })),
).map((encounter, index) => {
  const id = sequence('enc', index);
  const unit = CARE_UNITS[encounter.unit];
  return {
    id,
    patientId: encounter.patientId,
    start: encounter.start,
    careUnitHsaId: unit.healthCareUnitHsaId,
    resource: {
      resourceType: 'Encounter',
      id,
      status: 'finished',
      class: { system: ACT_CODE, code: encounter.kind, display: CLASS_DISPLAY[encounter.kind] },
      type: [{ text: encounter.type }],
      subject: reference(encounter.patientId),
      period: { start: encounter.start, end: encounter.end },
      serviceProvider: {
        identifier: { system: IDENTIFIER_SYSTEMS.hsaId, value: unit.healthCareUnitHsaId },
        display: unit.healthCareUnitName,
      },
    },
  };
});

// --- Practitioners ---------------------------------------------------------------------------

export const PRACTITIONERS: readonly JournalPractitioner[] = STAFF.map((staff, index) => {
  const id = sequence('prac', index);
  return {
    id,
    staff,
    resource: {
      resourceType: 'Practitioner',
      id,
      identifier: [{ system: IDENTIFIER_SYSTEMS.hsaId, value: staff.employeeHsaId }],
      active: true,
      name: humanName(staff.given_name, staff.family_name),
      qualification: [{ code: { text: staff.title } }],
    },
  };
});

// --- Look-ups --------------------------------------------------------------------------------

export const findPatient = (id: string): JournalPatient | undefined =>
  PATIENTS.find((patient) => patient.id === id);

export const conditionsOf = (patientId: string): JournalCondition[] =>
  CONDITIONS.filter((condition) => condition.patientId === patientId);

export const encountersOf = (patientId: string): JournalEncounter[] =>
  ENCOUNTERS.filter((encounter) => encounter.patientId === patientId);

export const findEncounter = (id: string): JournalEncounter | undefined =>
  ENCOUNTERS.find((encounter) => encounter.id === id);

/** The patient's most recent visit: what "Senaste besöket" launches with. */
export const latestEncounterOf = (patientId: string): JournalEncounter | undefined =>
  encountersOf(patientId).sort((a, b) => Date.parse(b.start) - Date.parse(a.start))[0];

/** The active diagnoses' ICD-10 codes, in the journal's order. */
export const activeIcd10Of = (patientId: string): string[] =>
  conditionsOf(patientId)
    .filter((condition) => condition.active)
    .map((condition) => condition.code);

export const findPractitioner = (id: string): JournalPractitioner | undefined =>
  PRACTITIONERS.find((practitioner) => practitioner.id === id);

export const practitionerOfHsaId = (hsaId: string): JournalPractitioner | undefined =>
  PRACTITIONERS.find((practitioner) => practitioner.staff.employeeHsaId === hsaId);
