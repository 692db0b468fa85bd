/**
 * The test staff of the local identity provider. One source of truth: the provider issues
 * their claims, the mock backends and the tests read the same records.
 *
 * HSA-ids follow the real format: "SE" + the organisation's 10-digit organisation number
 * + "-" + a suffix. The organisation numbers are made up for this project.
 */

export type Commission = {
  commissionHsaId: string;
  commissionName: string;
  commissionPurpose: 'Vård och behandling' | 'Administration' | 'Statistik';
  /** "Aktivitet;Informationstyp;Omfång", e.g. "Läsa;Alla;Alla". */
  commissionRight: string[];
  healthCareUnitHsaId: string;
  healthCareUnitName: string;
  healthCareProviderHsaId: string;
  healthCareProviderName: string;
};

export type StaffMember = {
  /** Key used in the provider's account store and on the login page. */
  accountId: string;
  employeeHsaId: string;
  given_name: string;
  family_name: string;
  title: string;
  /** Where the person works, shown on the login page. */
  workplace: string;
  /** SITHS card holders log in at LoA 3; the others with username + password at LoA 2. */
  login: { method: 'siths' } | { method: 'password'; username: string; password: string };
  /** "systemId;role" */
  systemRole: string[];
  commissions: Commission[];
};

export const LOA3 = 'http://id.sambi.se/loa/loa3';
export const LOA2 = 'http://id.sambi.se/loa/loa2';

export const acrOf = (person: StaffMember): string =>
  person.login.method === 'siths' ? LOA3 : LOA2;

const REGION_PROVIDER = {
  healthCareProviderHsaId: 'SE2321000016-0001',
  healthCareProviderName: 'Region Norrbacka',
} as const;

const MUNICIPALITY_PROVIDER = {
  healthCareProviderHsaId: 'SE2120000142-0001',
  healthCareProviderName: 'Åsby kommun',
} as const;

const CARE_RIGHTS = [
  'Läsa;Alla;Alla',
  'Skriva;Alla;Alla',
  'Signera;Alla;Alla',
  'Utskrift;Alla;Alla',
];

export const CARE_UNITS = {
  vcNorrbacka: {
    healthCareUnitHsaId: 'SE2321000016-1A2B',
    healthCareUnitName: 'Vårdcentralen Norrbacka',
  },
  vcSjostaden: {
    healthCareUnitHsaId: 'SE2321000016-1A2C',
    healthCareUnitName: 'Vårdcentralen Sjöstaden',
  },
  radgivning: {
    healthCareUnitHsaId: 'SE2321000016-3F10',
    healthCareUnitName: '1177 på telefon, Region Norrbacka',
  },
  elevhalsan: {
    healthCareUnitHsaId: 'SE2120000142-7E01',
    healthCareUnitName: 'Elevhälsan Åsby skolor',
  },
  hemtjanst: {
    healthCareUnitHsaId: 'SE2120000142-7H02',
    healthCareUnitName: 'Hemtjänsten Åsby centrum',
  },
  hemsjukvard: {
    healthCareUnitHsaId: 'SE2120000142-7S03',
    healthCareUnitName: 'Hemsjukvården Åsby',
  },
  ortopedKlinik: {
    healthCareUnitHsaId: 'SE2321000016-5K20',
    healthCareUnitName: 'Ortopedkliniken, Norrbacka sjukhus',
  },
  analysenheten: {
    healthCareUnitHsaId: 'SE2321000016-9S01',
    healthCareUnitName: 'Analysenheten, Region Norrbacka',
  },
} as const;

export const STAFF: StaffMember[] = [
  {
    accountId: 'lakare',
    employeeHsaId: 'SE2321000016-E1001',
    given_name: 'Anna',
    family_name: 'Lindqvist',
    title: 'Läkare',
    workplace: 'Vårdcentralen Norrbacka',
    login: { method: 'siths' },
    // 1177 Personalverktyg roles travel as system roles: she handles her own and unassigned cases.
    systemRole: ['PV;Ärendehanterare'],
    commissions: [
      {
        commissionHsaId: 'SE2321000016-C1001',
        commissionName: 'Läkare, Vårdcentralen Norrbacka',
        commissionPurpose: 'Vård och behandling',
        commissionRight: CARE_RIGHTS,
        ...CARE_UNITS.vcNorrbacka,
        ...REGION_PROVIDER,
      },
      {
        commissionHsaId: 'SE2321000016-C1002',
        commissionName: 'Läkare, Vårdcentralen Sjöstaden',
        commissionPurpose: 'Vård och behandling',
        commissionRight: CARE_RIGHTS,
        ...CARE_UNITS.vcSjostaden,
        ...REGION_PROVIDER,
      },
    ],
  },
  {
    // Receives the unit's cases in 1177 Personalverktyg and routes them to the right colleague.
    accountId: 'sjukskoterska',
    employeeHsaId: 'SE2321000016-E9001',
    given_name: 'Sara',
    family_name: 'Ekström',
    title: 'Sjuksköterska',
    workplace: 'Vårdcentralen Norrbacka',
    login: { method: 'siths' },
    systemRole: ['PV;Ärendemottagare'],
    commissions: [
      {
        commissionHsaId: 'SE2321000016-C9001',
        commissionName: 'Sjuksköterska, Vårdcentralen Norrbacka',
        commissionPurpose: 'Vård och behandling',
        commissionRight: CARE_RIGHTS,
        ...CARE_UNITS.vcNorrbacka,
        ...REGION_PROVIDER,
      },
    ],
  },
  {
    accountId: 'radgivningssjukskoterska',
    employeeHsaId: 'SE2321000016-E2001',
    given_name: 'Erik',
    family_name: 'Bergström',
    title: 'Sjuksköterska',
    workplace: '1177 på telefon',
    login: { method: 'siths' },
    systemRole: [],
    commissions: [
      {
        commissionHsaId: 'SE2321000016-C2001',
        commissionName: 'Sjuksköterska, 1177 på telefon',
        commissionPurpose: 'Vård och behandling',
        commissionRight: CARE_RIGHTS,
        ...CARE_UNITS.radgivning,
        ...REGION_PROVIDER,
      },
    ],
  },
  {
    accountId: 'underskoterska',
    employeeHsaId: 'SE2120000142-E3001',
    given_name: 'Fatima',
    family_name: 'Haddad',
    title: 'Undersköterska',
    workplace: 'Hemtjänsten Åsby centrum',
    login: { method: 'password', username: 'fatima.haddad', password: 'Hemtjanst2026' },
    systemRole: [],
    commissions: [],
  },
  {
    accountId: 'skolskoterska',
    employeeHsaId: 'SE2120000142-E4001',
    given_name: 'Maria',
    family_name: 'Johansson',
    title: 'Skolsköterska',
    workplace: 'Elevhälsan Åsby skolor',
    login: { method: 'siths' },
    systemRole: [],
    commissions: [
      {
        commissionHsaId: 'SE2120000142-C4001',
        commissionName: 'Skolsköterska, Elevhälsan Åsby skolor',
        commissionPurpose: 'Vård och behandling',
        commissionRight: CARE_RIGHTS,
        ...CARE_UNITS.elevhalsan,
        ...MUNICIPALITY_PROVIDER,
      },
    ],
  },
  {
    accountId: 'vardadministrator',
    employeeHsaId: 'SE2321000016-E5001',
    given_name: 'Johan',
    family_name: 'Nilsson',
    title: 'Vårdadministratör',
    workplace: 'Ortopedkliniken, Norrbacka sjukhus',
    login: { method: 'siths' },
    systemRole: ['EFK;Användare'],
    commissions: [
      {
        commissionHsaId: 'SE2321000016-C5001',
        commissionName: 'Vårdadministratör, Ortopedkliniken',
        commissionPurpose: 'Administration',
        commissionRight: ['Läsa;Administration;Alla', 'Skriva;Administration;Alla'],
        ...CARE_UNITS.ortopedKlinik,
        ...REGION_PROVIDER,
      },
    ],
  },
  {
    accountId: 'lakare-utan-uppdrag',
    employeeHsaId: 'SE2321000016-E6001',
    given_name: 'Oskar',
    family_name: 'Ek',
    title: 'Läkare',
    workplace: 'Norrbacka sjukhus, AT-tjänstgöring',
    login: { method: 'siths' },
    systemRole: [],
    commissions: [],
  },
  {
    accountId: 'statistiker',
    employeeHsaId: 'SE2321000016-E7001',
    given_name: 'Lena',
    family_name: 'Sundberg',
    title: 'Statistiker',
    workplace: 'Analysenheten, Region Norrbacka',
    login: { method: 'siths' },
    systemRole: [],
    commissions: [
      {
        commissionHsaId: 'SE2321000016-C7001',
        commissionName: 'Statistiker, Analysenheten',
        commissionPurpose: 'Statistik',
        commissionRight: ['Läsa;Statistik;Alla'],
        ...CARE_UNITS.analysenheten,
        ...REGION_PROVIDER,
      },
    ],
  },
  {
    // Follows up who has read which patient's data (the log review patientdatalagen requires).
    accountId: 'verksamhetschef',
    employeeHsaId: 'SE2321000016-E8001',
    given_name: 'Karin',
    family_name: 'Holm',
    title: 'Verksamhetschef',
    workplace: 'Vårdcentralen Norrbacka',
    login: { method: 'siths' },
    systemRole: ['LOGG;Granskare'],
    commissions: [
      {
        commissionHsaId: 'SE2321000016-C8001',
        commissionName: 'Verksamhetschef, Vårdcentralen Norrbacka',
        commissionPurpose: 'Administration',
        commissionRight: ['Läsa;Logg;Alla'],
        ...CARE_UNITS.vcNorrbacka,
        ...REGION_PROVIDER,
      },
    ],
  },
  {
    // The municipality's end of secure messages (SDK): SIP and care plans with the region.
    accountId: 'hemsjukskoterska',
    employeeHsaId: 'SE2120000142-E1101',
    given_name: 'Elin',
    family_name: 'Sandberg',
    title: 'Sjuksköterska i kommunal hemsjukvård',
    workplace: 'Hemsjukvården Åsby',
    login: { method: 'siths' },
    systemRole: [],
    commissions: [
      {
        commissionHsaId: 'SE2120000142-C1101',
        commissionName: 'Sjuksköterska, Hemsjukvården Åsby',
        commissionPurpose: 'Vård och behandling',
        commissionRight: CARE_RIGHTS,
        ...CARE_UNITS.hemsjukvard,
        ...MUNICIPALITY_PROVIDER,
      },
    ],
  },
];

export const findStaff = (accountId: string): StaffMember | undefined =>
  STAFF.find((person) => person.accountId === accountId);

/** The identity claims the provider puts in a person's ID and access tokens. */
export const identityClaimsOf = (person: StaffMember) => ({
  employeeHsaId: person.employeeHsaId,
  given_name: person.given_name,
  family_name: person.family_name,
  title: person.title,
  acr: acrOf(person),
  systemRole: person.systemRole,
  commissions: person.commissions,
});
