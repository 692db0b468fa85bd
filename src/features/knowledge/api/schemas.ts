import { z } from 'zod';
import { documentSchema, sourceSchema } from '@/lib/knowledge/schema';

/**
 * What the knowledge backend answers. Built from the corpus schema's fields; a fresh object so
 * the corpus rules (refinements, strictness) stay with the corpus and not with the wire.
 */
const documentFields = z.object(documentSchema.shape).omit({ history: true });

export const documentVersionSchema = documentFields;
export const documentSummarySchema = documentFields.omit({ body: true });
export const knowledgeSourceSchema = z.object(sourceSchema.shape);

export const regionSchema = z.object({
  id: z.string(),
  name: z.string(),
});

export const versionInfoSchema = z.object({
  version: z.number(),
  updated: z.string(),
  changeNote: z.string().nullable(),
  current: z.boolean(),
});

export type DocumentVersion = z.infer<typeof documentVersionSchema>;
export type DocumentSummary = z.infer<typeof documentSummarySchema>;
export type KnowledgeSourceInfo = z.infer<typeof knowledgeSourceSchema>;
export type VersionInfo = z.infer<typeof versionInfoSchema>;

export { KNOWLEDGE_API } from './knowledge-api';
