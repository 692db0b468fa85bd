/**
 * Made-up Swedish people for the case sources' seed data: citizens with well-formed
 * personnummer, the population register's test patients, and the colleagues who handle cases at
 * each unit (the test staff with a commission there, and a few made-up ones).
 */
import { CARE_UNITS, STAFF } from '../idp/staff';
import { TEST_PATIENTS } from '../patient-lookup/patients';
import { pick } from './seeded-random';

const GIVEN_NAMES = [
  'Astrid',
  'Bengt',
  'Cecilia',
  'David',
  'Elin',
  'Fredrik',
  'Gunilla',
  'Hassan',
  'Ingrid',
  'Johan',
  'Karin',
  'Lars',
  'Maja',
  'Nils',
  'Olivia',
  'Per',
  'Rut',
  'Stefan',
  'Tove',
  'Ulf',
  'Vera',
  'William',
  'Yasmin',
  'Åke',
  'Ebba',
  'Mohammed',
  'Leila',
  'Oskar',
  'Siv',
  'Linnea',
];
const FAMILY_NAMES = [
  'Andersson',
  'Berg',
  'Carlsson',
  'Dahl',
  'Eriksson',
  'Forsberg',
  'Gustafsson',
  'Hedlund',
  'Isaksson',
  'Jonsson',
  'Karlsson',
  'Lindberg',
  'Magnusson',
  'Nyström',
  'Olsson',
  'Persson',
  'Sandberg',
  'Törnqvist',
  'Wallin',
  'Öberg',
  'Ali',
  'Hussein',
  'Nordin',
  'Sjöberg',
  'Ek',
];

export type SeedPerson = { identityNumber: string; givenName: string; familyName: string };

/** Luhn check digit over the ten digits YYMMDDNNN. */
function checkDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i += 1) {
    let digit = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (digit > 9) digit -= 9;
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** A made-up citizen with a well-formed (checksummed) twelve-digit personnummer. */
export function seedPerson(random: () => number): SeedPerson {
  const year = 1935 + Math.floor(random() * 80);
  const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
  const serial = String(Math.floor(random() * 1000)).padStart(3, '0');
  const nine = `${String(year).slice(2)}${month}${day}${serial}`;
  return {
    identityNumber: `${year}${month}${day}${serial}${checkDigit(nine)}`,
    givenName: pick(random, GIVEN_NAMES),
    familyName: pick(random, FAMILY_NAMES),
  };
}

/** The population register's test patients: each has cases at Vårdcentralen Norrbacka. */
export const KNOWN_PATIENTS: readonly SeedPerson[] = TEST_PATIENTS.filter(
  (patient) => !patient.protectedIdentity && !patient.deceasedDate,
).map(({ identityNumber, givenName, familyName }) => ({ identityNumber, givenName, familyName }));

export type Colleague = { hsaId: string; name: string; title: string };

/** Staff at each unit who handle cases: the test staff with a commission there, and made-up ones. */
const MADE_UP_COLLEAGUES: Record<string, Colleague[]> = {
  [CARE_UNITS.vcNorrbacka.healthCareUnitHsaId]: [
    { hsaId: 'SE2321000016-E1101', name: 'Per Sandberg', title: 'Läkare' },
    { hsaId: 'SE2321000016-E1102', name: 'Eva Strand', title: 'Sjuksköterska' },
    { hsaId: 'SE2321000016-E1103', name: 'Mikael Öst', title: 'Psykolog' },
  ],
  [CARE_UNITS.vcSjostaden.healthCareUnitHsaId]: [
    { hsaId: 'SE2321000016-E1201', name: 'Hanna Lund', title: 'Sjuksköterska' },
    { hsaId: 'SE2321000016-E1202', name: 'Jonas Fors', title: 'Läkare' },
  ],
};

export function colleaguesAt(unitHsaId: string): Colleague[] {
  const staff = STAFF.filter(
    (person) =>
      person.commissions.some(
        (c) => c.healthCareUnitHsaId === unitHsaId && c.commissionPurpose === 'Vård och behandling',
      ) && person.accountId !== 'lakare-utan-uppdrag',
  ).map((person) => ({
    hsaId: person.employeeHsaId,
    name: `${person.given_name} ${person.family_name}`,
    title: person.title,
  }));
  return [...staff, ...(MADE_UP_COLLEAGUES[unitHsaId] ?? [])];
}
