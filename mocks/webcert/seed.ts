/**
 * Seed data of the Webcert stand-in: questions from Försäkringskassan about the unit's
 * certificates (ärendekommunikation), each with a last date for the answer.
 */
import { iso, seededCases } from '../lib/case-seeds';
import { DAY } from '../lib/clock';
import { pick } from '../lib/seeded-random';

export const WC_STATUSES = [
  'PENDING_INTERNAL_ACTION',
  'PENDING_EXTERNAL_ACTION',
  'ANSWERED',
  'CLOSED',
] as const;
export type WcStatus = (typeof WC_STATUSES)[number];

export const WC_SUBJECTS = ['KOMPLETTERING', 'KONTAKT', 'OVRIGT', 'AVSTAMNINGSMOTE'] as const;
export type WcSubject = (typeof WC_SUBJECTS)[number];

export type WcMeddelande = {
  fran: 'FK' | 'WC';
  avsandare: string;
  text: string;
  tidpunkt: string;
  requestId?: string;
};

export type WcFraga = {
  id: string;
  amne: WcSubject;
  rubrik: string;
  intyg: { intygsId: string; intygsTyp: string; intygsNamn: string };
  patient: { personId: string; fornamn: string; efternamn: string };
  enhetsId: string;
  status: WcStatus;
  /** The doctor who signed the certificate. */
  lakare: { hsaId: string; namn: string } | null;
  skickatTidpunkt: string;
  /** A date, YYYY-MM-DD. */
  sistaDatumForSvar: string;
  olast: boolean;
  senasteHandelse: string;
  meddelanden: WcMeddelande[];
  handelser: { tidpunkt: string; handelse: string; av: string | null; kommentar?: string }[];
};

const QUESTIONS: Record<WcSubject, { rubrik: string; text: string }> = {
  KOMPLETTERING: {
    rubrik: 'Begäran om komplettering',
    text: 'Försäkringskassan behöver en mer utförlig beskrivning av aktivitetsbegränsningen (fält 5).',
  },
  KONTAKT: {
    rubrik: 'Kontakt önskas',
    text: 'Handläggaren önskar ett telefonsamtal med intygsskrivande läkare.',
  },
  OVRIGT: { rubrik: 'Övrig fråga', text: 'Kan ni bekräfta den planerade behandlingens längd?' },
  AVSTAMNINGSMOTE: {
    rubrik: 'Inbjudan till avstämningsmöte',
    text: 'Försäkringskassan föreslår ett avstämningsmöte om arbetsåtergång.',
  },
};

export function seedFragor(unitHsaId: string): WcFraga[] {
  return seededCases(
    'webcert',
    unitHsaId,
    ({ random, index, patient, receivedAt, open, assignee }) => {
      const amne = pick(random, WC_SUBJECTS);
      const skickat = iso(receivedAt);
      const status: WcStatus = !open
        ? 'CLOSED'
        : pick(random, [
            'PENDING_INTERNAL_ACTION',
            'PENDING_INTERNAL_ACTION',
            'PENDING_EXTERNAL_ACTION',
          ] as const);
      const deadline = new Date(receivedAt + (amne === 'KOMPLETTERING' ? 14 : 7) * DAY);
      return {
        id: `wc-${unitHsaId.slice(-4).toLowerCase()}-${index}`,
        amne,
        rubrik: QUESTIONS[amne].rubrik,
        intyg: {
          intygsId: `intyg-${unitHsaId.slice(-4)}-${index}`,
          intygsTyp: 'LISJP',
          intygsNamn: 'Läkarintyg för sjukpenning',
        },
        patient: {
          personId: patient.identityNumber,
          fornamn: patient.givenName,
          efternamn: patient.familyName,
        },
        enhetsId: unitHsaId,
        status,
        lakare: assignee ? { hsaId: assignee.hsaId, namn: assignee.name } : null,
        skickatTidpunkt: skickat,
        sistaDatumForSvar: deadline.toISOString().slice(0, 10),
        olast: status === 'PENDING_INTERNAL_ACTION' && random() < 0.6,
        senasteHandelse: skickat,
        meddelanden: [
          {
            fran: 'FK',
            avsandare: 'Försäkringskassan',
            text: QUESTIONS[amne].text,
            tidpunkt: skickat,
          },
        ],
        handelser: [
          { tidpunkt: skickat, handelse: 'Fråga mottagen från Försäkringskassan', av: null },
        ],
      };
    },
  );
}
