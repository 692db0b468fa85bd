import type { Index } from 'flexsearch';
import type { KnowledgeDocument, KnowledgeSource } from '@/lib/knowledge/schema';
import { parseBody } from './html';
import {
  createFieldIndex,
  FIELDS,
  INDEX_FORMAT,
  type FieldName,
  type SearchIndexPayload,
  type StoredDoc,
  type StoredRegion,
  type StoredSource,
} from './index-payload';
import { analyze, fold, indexTermsOf, normalize, tokenize } from './text';

/**
 * Builds the index from the knowledge corpus: at build time (the search service's start, the
 * command-line tool, tests), never in a browser. SearchIndex.build loads this module only when
 * it is called. Documents of sources that are not approved never enter.
 */
export async function buildIndex(
  documents: readonly KnowledgeDocument[],
  sources: readonly KnowledgeSource[],
  options: { builtAt?: string; regions?: StoredRegion[] } = {},
): Promise<{ payload: SearchIndexPayload; fieldIndexes: Index[] }> {
  const approved = sources.filter((s) => s.approved);
  const approvedIds = new Set(approved.map((s) => s.id));
  const storedSources: StoredSource[] = approved.map((s) => ({
    id: s.id,
    name: s.name,
    publisherType: s.publisherType,
    authority: s.authority,
  }));
  const sourceById = new Map(approved.map((s) => [s.id, s]));
  const docs: StoredDoc[] = [];
  for (const doc of documents) {
    const source = sourceById.get(doc.source);
    if (!source || !approvedIds.has(doc.source)) continue;
    const body = parseBody(doc.body);
    docs.push({
      id: doc.id,
      title: doc.title,
      summary: doc.summary,
      source: doc.source,
      publisherType: source.publisherType,
      contentType: doc.contentType,
      audience: doc.audience,
      region: doc.region,
      updated: doc.updated,
      patientMaterial: doc.patientMaterial,
      icd10: doc.icd10,
      keywords: doc.keywords,
      intro: body.intro,
      sections: body.sections.map((s) => ({ ...s })),
    });
  }

  const fieldIndexes = FIELDS.map((f) => createFieldIndex(f.resolution));
  const df = new Map<string, number>();
  const surfaces = new Map<string, Map<string, number>>();
  const authorityStems = new Map(
    storedSources.map((s) => [s.id, s.authority.flatMap((a) => analyze(a))]),
  );
  const authority: number[] = [];

  docs.forEach((doc, id) => {
    const texts: Record<FieldName, string> = {
      title: doc.title,
      keywords: [...doc.keywords, ...doc.icd10].join(' . '),
      headings: doc.sections.map((s) => s.heading).join(' . '),
      summary: doc.summary,
      body: [doc.intro, ...doc.sections.map((s) => s.text)].join(' '),
    };
    const seen = new Set<string>();
    FIELDS.forEach((field, f) => {
      const terms: string[] = [];
      for (const token of tokenize(normalize(texts[field.name]))) {
        for (const term of indexTermsOf(token.text)) {
          terms.push(term);
          seen.add(term);
          let forms = surfaces.get(term);
          if (!forms) surfaces.set(term, (forms = new Map()));
          forms.set(token.text, (forms.get(token.text) ?? 0) + 1);
        }
      }
      if (terms.length > 0) fieldIndexes[f]!.add(id, terms.join(' '));
    });
    for (const term of seen) df.set(term, (df.get(term) ?? 0) + 1);
    // In charge of this document's area: an authority word begins one of its own terms.
    const stems = authorityStems.get(doc.source) ?? [];
    const own = [...analyze(doc.title), ...doc.keywords.flatMap((k) => analyze(k))];
    authority.push(
      stems.length === 0
        ? 0
        : stems.some((a) => own.some((t) => fold(t).startsWith(fold(a))))
          ? 1
          : 0.5,
    );
  });

  const terms = [...df.keys()].sort();
  const payload: SearchIndexPayload = {
    format: INDEX_FORMAT,
    version: 2,
    builtAt: options.builtAt ?? new Date().toISOString(),
    sources: storedSources,
    // Without a list (a test's small corpus): each region the documents name, by its id.
    regions:
      options.regions ??
      [...new Set(docs.map((d) => d.region).filter((r) => r !== null))].map((id) => ({
        id,
        name: id,
      })),
    docs,
    authority,
    vocabulary: {
      terms,
      df: terms.map((t) => df.get(t) ?? 0),
      surface: terms.map((t) => mostCommon(surfaces.get(t)) ?? t),
    },
    fields: {} as SearchIndexPayload['fields'],
  };
  for (const [f, field] of FIELDS.entries()) {
    const parts: [string, unknown][] = [];
    await fieldIndexes[f]!.export((key: string, data: string) => {
      parts.push([key, JSON.parse(data) as unknown]);
    });
    payload.fields[field.name] = parts;
  }
  return { payload, fieldIndexes };
}

function mostCommon(forms: Map<string, number> | undefined): string | undefined {
  let best: string | undefined;
  let bestCount = -1;
  for (const [form, count] of forms ?? []) {
    if (count > bestCount) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}
