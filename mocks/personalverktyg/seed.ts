/**
 * Seed data of the 1177 Personalverktyg stand-in: citizens' cases (ärenden) from 1177, in the
 * service's own Swedish vocabulary.
 */
import { CARE_UNITS } from '../idp/staff';
import { ARRIVAL_OFFSETS_MS, iso, seededCases, type SeedContext } from '../lib/case-seeds';
import { DAY, HOUR, namespaceNow, stateStartedAt } from '../lib/clock';
import { pick, seededRandom } from '../lib/seeded-random';
import { KNOWN_PATIENTS, seedPerson } from '../lib/test-people';

export const PV_TYPES = [
  'FORNYA_RECEPT',
  'KONTAKTA_MIG',
  'AVBOKA_TID',
  'OMBOKA_TID',
  'BOKA_TID',
  'RADGIVNING',
  'MEDDELANDE',
] as const;
export type PvType = (typeof PV_TYPES)[number];

export const PV_STATUSES = [
  'NY',
  'TILLDELAD',
  'PAGAENDE',
  'VANTAR_PA_INVANARE',
  'AVSLUTAD',
] as const;
export type PvStatus = (typeof PV_STATUSES)[number];

export type PvPerson = { hsaId: string; namn: string };

export type PvHandelse = { tid: string; handelse: string; av: string | null; anteckning?: string };

export type PvMeddelande = {
  id: string;
  fran: 'INVANARE' | 'VARDEN';
  avsandare: string;
  text: string;
  skickat: string;
  /** The client's key of a reply: the same key twice is the same reply. */
  idempotensnyckel?: string;
};

export type PvArende = {
  id: string;
  arendenummer: string;
  typ: PvType;
  rubrik: string;
  invanare: { personnummer: string; namn: string };
  enhetHsaId: string;
  status: PvStatus;
  handlaggare: PvPerson | null;
  inkom: string;
  besvarasSenast: string;
  prioritet: 'HOG' | 'NORMAL';
  oppnad: boolean;
  senastAndrad: string;
  /** Optimistic concurrency: every change increments it; a change with an old one is a 409. */
  version: number;
  historik: PvHandelse[];
  meddelanden: PvMeddelande[];
};

const TEXTS: Record<PvType, { rubrik: string[]; text: string[] }> = {
  FORNYA_RECEPT: {
    rubrik: [
      'Förnya recept: Levaxin 50 mikrog',
      'Förnya recept: Enalapril 10 mg',
      'Förnya recept: Salbutamol inhalator',
      'Förnya recept: Omeprazol 20 mg',
    ],
    text: [
      'Hej! Mitt recept går ut nästa vecka, kan ni förnya det? Jag tar samma dos som förut.',
      'Jag behöver förnya mitt recept. Inga förändringar sedan förra besöket.',
    ],
  },
  KONTAKTA_MIG: {
    rubrik: [
      'Kontakta mig angående provsvar',
      'Kontakta mig: frågor om min medicin',
      'Kontakta mig angående remiss',
    ],
    text: [
      'Jag vill prata med någon om mina provsvar. Jag nås bäst efter klockan 15.',
      'Kan någon ringa mig? Jag har frågor om biverkningar.',
    ],
  },
  AVBOKA_TID: {
    rubrik: ['Avboka tid hos sjuksköterska', 'Avboka tid för provtagning'],
    text: [
      'Jag kan tyvärr inte komma på min tid. Vänligen avboka.',
      'Jag är sjuk och behöver avboka.',
    ],
  },
  OMBOKA_TID: {
    rubrik: ['Omboka tid hos läkare', 'Omboka tid för uppföljning'],
    text: [
      'Jag har fått förhinder, finns det en tid veckan efter?',
      'Kan jag få en tid på eftermiddagen i stället?',
    ],
  },
  BOKA_TID: {
    rubrik: [
      'Önskar tid för hälsokontroll',
      'Önskar tid: ont i knät',
      'Önskar tid för blodtryckskontroll',
    ],
    text: [
      'Jag vill boka en tid. Jag kan de flesta förmiddagar.',
      'Har haft ont i två veckor och vill träffa en läkare.',
    ],
  },
  RADGIVNING: {
    rubrik: [
      'Rådgivning: utslag på armen',
      'Rådgivning: hosta sedan tre veckor',
      'Rådgivning: yrsel',
    ],
    text: [
      'Jag har fått utslag som kliar. Behöver jag komma in?',
      'Hostan går inte över. Vad ska jag göra?',
    ],
  },
  MEDDELANDE: {
    rubrik: [
      'Meddelande: fråga om intyg',
      'Meddelande: uppdaterade kontaktuppgifter',
      'Meddelande: fråga om vaccination',
    ],
    text: [
      'Hej, jag har en fråga som inte gäller en tid.',
      'Tack för senast! Jag har en följdfråga.',
    ],
  },
};

const DUE_AFTER: Record<PvType, number> = {
  FORNYA_RECEPT: 3 * DAY,
  KONTAKTA_MIG: 1 * DAY,
  AVBOKA_TID: 1 * DAY,
  OMBOKA_TID: 2 * DAY,
  BOKA_TID: 3 * DAY,
  RADGIVNING: 4 * HOUR,
  MEDDELANDE: 3 * DAY,
};

const caseNumber = (unitHsaId: string, index: number): string =>
  `${unitHsaId.slice(-4)}-${String(100_000 + index).slice(1)}`;

function buildArende(context: SeedContext, id: string, number: string): PvArende {
  const { random, patient, receivedAt, open, assignee, unitHsaId } = context;
  const typ = pick(random, PV_TYPES);
  const rubrik = pick(random, TEXTS[typ].rubrik);
  const namn = `${patient.givenName} ${patient.familyName}`;
  const inkom = iso(receivedAt);
  const handlaggare = assignee ? { hsaId: assignee.hsaId, namn: assignee.name } : null;
  const status: PvStatus = !open
    ? 'AVSLUTAD'
    : handlaggare
      ? pick(random, ['TILLDELAD', 'PAGAENDE', 'VANTAR_PA_INVANARE'] as const)
      : 'NY';
  const historik: PvHandelse[] = [{ tid: inkom, handelse: 'Ärendet inkom från 1177', av: namn }];
  if (handlaggare)
    historik.push({
      tid: iso(receivedAt + HOUR),
      handelse: `Tilldelat ${handlaggare.namn}`,
      av: null,
    });
  if (status === 'AVSLUTAD')
    historik.push({
      tid: iso(receivedAt + 5 * HOUR),
      handelse: 'Ärendet avslutades',
      av: handlaggare?.namn ?? null,
    });
  return {
    id,
    arendenummer: number,
    typ,
    rubrik,
    invanare: { personnummer: patient.identityNumber, namn },
    enhetHsaId: unitHsaId,
    status,
    handlaggare,
    inkom,
    besvarasSenast: iso(receivedAt + DUE_AFTER[typ]),
    prioritet: typ === 'RADGIVNING' || random() < 0.1 ? 'HOG' : 'NORMAL',
    oppnad: status !== 'NY' || random() < 0.3,
    senastAndrad: historik[historik.length - 1]!.tid,
    version: historik.length,
    historik,
    meddelanden: [
      {
        id: `${id}-m1`,
        fran: 'INVANARE',
        avsandare: namn,
        text: pick(random, TEXTS[typ].text),
        skickat: inkom,
      },
    ],
  };
}

export function seedArenden(unitHsaId: string): PvArende[] {
  return seededCases('personalverktyg', unitHsaId, (context) =>
    buildArende(
      context,
      `pv-${unitHsaId.slice(-4).toLowerCase()}-${context.index}`,
      caseNumber(unitHsaId, context.index),
    ),
  );
}

/** Cases that have arrived since the session started (Vårdcentralen Norrbacka only). */
export function arrivedArenden(unitHsaId: string, now = namespaceNow()): PvArende[] {
  if (unitHsaId !== CARE_UNITS.vcNorrbacka.healthCareUnitHsaId) return [];
  const start = stateStartedAt();
  return ARRIVAL_OFFSETS_MS.filter((offset) => start + offset <= now).map((offset, index) => {
    const random = seededRandom(`personalverktyg:arrival:${index}`);
    return buildArende(
      {
        random,
        index,
        unitHsaId,
        patient: index === 0 ? KNOWN_PATIENTS[0]! : seedPerson(random),
        receivedAt: start + offset,
        open: true,
        assignee: null,
      },
      `pv-ny-${index}`,
      caseNumber(unitHsaId, 90_000 + index),
    );
  });
}
