import type { KnowledgeDocument, KnowledgeSource } from '@/lib/knowledge/schema';

/** Small builders for engine tests, the CLI fixture and the benchmark. */

export function makeSource(overrides: Partial<KnowledgeSource> & { id: string }): KnowledgeSource {
  return {
    name: `Källa ${overrides.id}`,
    publisher: 'Utgivare',
    publisherType: 'myndighet',
    approved: true,
    authority: [],
    description: 'En källa som används i testerna.',
    homepage: 'https://kunskap.exempel.se/test',
    region: null,
    ...overrides,
  };
}

export function makeDoc(
  overrides: Partial<KnowledgeDocument> & { id: string; title: string },
): KnowledgeDocument {
  return {
    source: 'nationell',
    summary: 'En sammanfattning av texten.',
    body: '<h2>Om texten</h2><p>Allmän text utan särskilda ord.</p>',
    contentType: 'fakta',
    audience: ['sjukskoterska'],
    region: null,
    addsTo: null,
    icd10: [],
    keywords: [],
    updated: '2026-01-15',
    responsible: 'Redaktionen',
    references: [],
    patientMaterial: false,
    version: 1,
    url: null,
    history: [],
    ...overrides,
  };
}
