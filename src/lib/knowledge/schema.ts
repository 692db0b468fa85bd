import { z } from 'zod';
import { AUDIENCES, CONTENT_TYPES, PUBLISHER_TYPES } from './vocabulary';

/**
 * The one schema of the knowledge corpus: sources (knowledge producers) and documents
 * (articles). Shared by the build-time validator, the knowledge backend, the search engine and
 * the pages. docs/knowledge/*.schema.json are generated from it (npm run knowledge:schema).
 */

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ska vara små bokstäver a–z, siffror och bindestreck');
const isoDate = z.iso.date('ska vara ett datum ÅÅÅÅ-MM-DD');
const icd10 = z
  .string()
  .regex(/^[A-Z]\d{2}(?:\.\d{1,2})?$/, 'ska vara en ICD-10-kod, t.ex. J44 eller J44.1');
/** Regions are the corpus's own data (regions.json), so any region can have sources. */
const regionId = z.string().regex(/^[a-z0-9-]{1,40}$/, 'ett region-id med a–z, 0–9 och -');

const hsaId = z
  .string()
  .regex(/^SE\d{10}-[0-9A-Za-z]{1,31}$/, 'ett HSA-id, t.ex. SE2321000016-0001');

export const regionSchema = z.object({
  id: regionId,
  name: z.string().min(1).max(80),
  /** The care providers in the region: their staff's commissions default to it (ADR 0019). */
  careProviderHsaIds: z.array(hsaId).optional(),
});
export type KnowledgeRegion = z.infer<typeof regionSchema>;

export const sourceSchema = z
  .object({
    id: slug,
    name: z.string().min(2),
    publisher: z.string().min(2),
    publisherType: z.enum(PUBLISHER_TYPES),
    /** Only approved sources are ever shown or indexed. */
    approved: z.boolean(),
    /** Domains where this source is the one in charge, e.g. ["läkemedel"]. */
    authority: z.array(z.string().min(2)),
    description: z.string().min(10),
    homepage: z.url(),
    /** For a region's own source: which region. */
    region: regionId.nullable().default(null),
  })
  .strict();

export const referenceSchema = z
  .object({ title: z.string().min(2), url: z.url().optional() })
  .strict();

export const documentSchema = z
  .object({
    id: slug,
    source: slug,
    title: z.string().min(3),
    summary: z.string().min(10),
    /** HTML fragment with h2/h3 sections. Sanitized before it is shown. */
    body: z
      .string()
      .min(20)
      .regex(/<h2[\s>]/, 'ska ha minst en rubrik <h2>'),
    contentType: z.enum(CONTENT_TYPES),
    audience: z.array(z.enum(AUDIENCES)).min(1),
    /** null for a national text. */
    region: regionId.nullable(),
    /** For a regional addition: the id of the national document it extends. */
    addsTo: slug.nullable(),
    icd10: z.array(icd10),
    keywords: z.array(z.string().min(2)),
    updated: isoDate,
    responsible: z.string().min(2),
    references: z.array(referenceSchema),
    /** Printable material to hand to a patient. */
    patientMaterial: z.boolean(),
    version: z.number().int().positive(),
    url: z.url().nullable(),
    /** Earlier versions, newest first; each a full copy of the fields that changed. */
    history: z
      .array(
        z
          .object({
            version: z.number().int().positive(),
            updated: isoDate,
            title: z.string().min(3),
            summary: z.string().min(10),
            body: z.string().min(20),
            changeNote: z.string().min(3),
          })
          .strict(),
      )
      .default([]),
  })
  .strict()
  .refine((doc) => doc.addsTo === null || doc.region !== null, {
    message: 'ett regionalt tillägg (addsTo) måste ha region',
    path: ['region'],
  })
  .refine((doc) => doc.history.every((old) => old.version < doc.version), {
    message: 'äldre versioner måste ha lägre versionsnummer än dokumentet',
    path: ['history'],
  });

export type KnowledgeSource = z.infer<typeof sourceSchema>;
export type KnowledgeDocument = z.infer<typeof documentSchema>;

/** A validated corpus: its regions, its approved sources and their documents. */
export type KnowledgeCorpus = {
  regions: KnowledgeRegion[];
  sources: KnowledgeSource[];
  documents: KnowledgeDocument[];
};
