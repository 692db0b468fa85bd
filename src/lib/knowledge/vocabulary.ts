/**
 * The words of the knowledge corpus: its code lists and what people read for them. Kept apart
 * from the zod schema (schema.ts) so the pages and the search worker get them without zod.
 */

export const PUBLISHER_TYPES = [
  'myndighet',
  'kunskapsstyrning',
  'region',
  'kommun',
  'inera',
  'profession',
  'privat',
] as const;

export const CONTENT_TYPES = [
  'vardprogram',
  'riktlinje',
  'metodbeskrivning',
  'patientinformation',
  'utbildning',
  'film',
  'checklista',
  'fakta',
] as const;

export const AUDIENCES = [
  'lakare',
  'sjukskoterska',
  'underskoterska',
  'skolskoterska',
  'barnmorska',
  'fysioterapeut',
  'arbetsterapeut',
  'dietist',
  'psykolog',
  'kurator',
  'administrator',
] as const;

export type PublisherType = (typeof PUBLISHER_TYPES)[number];
export type ContentType = (typeof CONTENT_TYPES)[number];
export type Audience = (typeof AUDIENCES)[number];

/** What people read for the codes. */
export const PUBLISHER_TYPE_LABELS: Record<PublisherType, string> = {
  myndighet: 'Myndighet',
  kunskapsstyrning: 'Nationell kunskapsstyrning',
  region: 'Region',
  kommun: 'Kommun',
  inera: 'Inera',
  profession: 'Professionsförening',
  privat: 'Privat vårdgivare',
};

export const CONTENT_TYPE_LABELS: Record<ContentType, string> = {
  vardprogram: 'Vårdprogram',
  riktlinje: 'Riktlinje',
  metodbeskrivning: 'Metodbeskrivning',
  patientinformation: 'Patientinformation',
  utbildning: 'Utbildning',
  film: 'Film',
  checklista: 'Checklista',
  fakta: 'Faktatext',
};

export const AUDIENCE_LABELS: Record<Audience, string> = {
  lakare: 'Läkare',
  sjukskoterska: 'Sjuksköterska',
  underskoterska: 'Undersköterska',
  skolskoterska: 'Skolsköterska',
  barnmorska: 'Barnmorska',
  fysioterapeut: 'Fysioterapeut',
  arbetsterapeut: 'Arbetsterapeut',
  dietist: 'Dietist',
  psykolog: 'Psykolog',
  kurator: 'Kurator',
  administrator: 'Administratör',
};
