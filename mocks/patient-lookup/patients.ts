/**
 * Test patients of the population-register stand-in. The numbers follow the real rules
 * (checksum, samordningsnummer day + 60) and are the kind the Tax Agency publishes for testing;
 * 19121212-1212 is the classic "Tolvan Tolvansson".
 */
export type TestPatient = {
  /** Twelve digits. */
  identityNumber: string;
  givenName: string;
  familyName: string;
  address: { street: string; postalCode: string; city: string };
  protectedIdentity: boolean;
  deceasedDate: string | null;
  /** What the journal-system simulator calls it. */
  description: string;
};

export const TEST_PATIENTS: readonly TestPatient[] = [
  {
    identityNumber: '191212121212',
    givenName: 'Tolvan',
    familyName: 'Tolvansson',
    address: { street: 'Tolvansgatan 12', postalCode: '121 21', city: 'Norrbacka' },
    protectedIdentity: false,
    deceasedDate: null,
    description: 'Tolvan Tolvansson (personnummer)',
  },
  {
    identityNumber: '198007623450',
    givenName: 'Jonas',
    familyName: 'Vik',
    address: { street: 'Hamngatan 3', postalCode: '123 45', city: 'Norrbacka' },
    protectedIdentity: false,
    deceasedDate: null,
    description: 'Jonas Vik (samordningsnummer)',
  },
  {
    identityNumber: '197305012382',
    givenName: 'Lisa',
    familyName: 'Berg',
    address: { street: 'Hemlig adress', postalCode: '000 00', city: 'Hemlig ort' },
    protectedIdentity: true,
    deceasedDate: null,
    description: 'Skyddad identitet',
  },
  {
    identityNumber: '193203185677',
    givenName: 'Gustav',
    familyName: 'Lund',
    address: { street: 'Kyrkvägen 8', postalCode: '123 50', city: 'Norrbacka' },
    protectedIdentity: false,
    deceasedDate: '2025-08-14',
    description: 'Gustav Lund (avliden)',
  },
  {
    identityNumber: '191906069123',
    givenName: 'Elsa',
    familyName: 'Nyberg',
    address: { street: 'Äldreboendet Solgården', postalCode: '123 60', city: 'Norrbacka' },
    protectedIdentity: false,
    deceasedDate: null,
    description: 'Elsa Nyberg (över 100 år, 190606+9123)',
  },
  {
    identityNumber: '201504072461',
    givenName: 'Ella',
    familyName: 'Svensson',
    address: { street: 'Skolvägen 4', postalCode: '456 10', city: 'Åsby' },
    protectedIdentity: false,
    deceasedDate: null,
    description: 'Ella Svensson (barn)',
  },
  {
    identityNumber: '194608153211',
    givenName: 'Karl',
    familyName: 'Holm',
    address: { street: 'Storgatan 21', postalCode: '123 40', city: 'Norrbacka' },
    protectedIdentity: false,
    deceasedDate: null,
    description: 'Karl Holm (personnummer)',
  },
];

export const findTestPatient = (identityNumber: string): TestPatient | undefined =>
  TEST_PATIENTS.find((patient) => patient.identityNumber === identityNumber);
