/**
 * Reads the knowledge corpus (sources.json + one NDJSON file per source), validates every
 * source and document against the schema and the rules that span files, and reports every
 * problem as `file:line field: message`. Nothing is ever dropped silently: a corpus with
 * problems is not built at all. Used by the build step and by the search index build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { z } from 'zod';
import {
  documentSchema,
  regionSchema,
  sourceSchema,
  type KnowledgeCorpus,
  type KnowledgeDocument,
} from '../../src/lib/knowledge/schema';

export type { KnowledgeCorpus };

export type CorpusResult = {
  /** Approved sources and their documents, in file order; empty when there are problems. */
  corpus: KnowledgeCorpus;
  /** Every problem found, each `file:line field: message`. */
  problems: string[];
  /** How many documents were validated but left out because their source is not approved. */
  excluded: number;
};

const swedish = z.locales.sv().localeError;

function issueLines(location: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(dokumentet)';
    return `${location} ${field}: ${issue.message}`;
  });
}

/** The line (1-based) on which each top-level element of a JSON array starts. */
function arrayElementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '\n') line += 1;
    if (inString) {
      if (char === '\\') i += 1;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') {
      inString = true;
      if (depth === 1) lines.push(line);
    } else if (char === '{' || char === '[') {
      if (depth === 1) lines.push(line);
      depth += 1;
    } else if (char === '}' || char === ']') depth -= 1;
  }
  return lines;
}

type Located<T> = { value: T; location: string };

export function validateCorpus(dir: string, { root = process.cwd() } = {}): CorpusResult {
  const problems: string[] = [];
  const rel = (file: string) => relative(root, join(dir, file)) || file;

  /** A JSON file with a list of items, each checked by the schema and unique by id. */
  function readList<T extends { id: string }>(
    file: string,
    schema: z.ZodType<T>,
    what: string,
  ): { items: Map<string, Located<T>>; read: boolean } {
    const fileName = rel(file);
    const items = new Map<string, Located<T>>();
    let text: string;
    try {
      text = readFileSync(join(dir, file), 'utf8');
    } catch {
      problems.push(`${fileName}:1 (filen): filen saknas`);
      return { items, read: false };
    }
    let raw: unknown = null;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      problems.push(`${fileName}:1 (filen): ogiltig JSON – ${(error as Error).message}`);
    }
    if (raw !== null && !Array.isArray(raw)) {
      problems.push(`${fileName}:1 (filen): ska vara en lista med ${what}`);
    } else if (Array.isArray(raw)) {
      const lines = arrayElementLines(text);
      raw.forEach((item, index) => {
        const location = `${fileName}:${lines[index] ?? 1}`;
        const parsed = schema.safeParse(item, { error: swedish });
        if (!parsed.success) {
          problems.push(...issueLines(location, parsed.error));
          return;
        }
        const earlier = items.get(parsed.data.id);
        if (earlier) {
          problems.push(`${location} id: "${parsed.data.id}" finns redan (${earlier.location})`);
          return;
        }
        items.set(parsed.data.id, { value: parsed.data, location });
      });
    }
    return { items, read: true };
  }

  // The corpus's regions, then its sources: a region's own source names a declared region.
  const { items: regions } = readList('regions.json', regionSchema, 'regioner');
  const { items: sources, read: sourcesRead } = readList('sources.json', sourceSchema, 'källor');
  for (const { value: source, location } of sources.values()) {
    if (source.region !== null && !regions.has(source.region)) {
      problems.push(
        `${location} region: regionen "${source.region}" finns inte i ${rel('regions.json')}`,
      );
    }
  }

  // Documents, one NDJSON file per source
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.ndjson'))
    .sort();
  const documents = new Map<string, Located<KnowledgeDocument>>();
  for (const file of files) {
    const fileName = rel(file);
    const sourceId = basename(file, '.ndjson');
    if (!sources.has(sourceId) && sourcesRead) {
      problems.push(`${fileName}:1 (filen): det finns ingen källa "${sourceId}" i sources.json`);
    }
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((text, index) => {
      if (text.trim() === '') return;
      const location = `${fileName}:${index + 1}`;
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (error) {
        problems.push(`${location} (raden): ogiltig JSON – ${(error as Error).message}`);
        return;
      }
      const parsed = documentSchema.safeParse(raw, { error: swedish });
      if (!parsed.success) {
        problems.push(...issueLines(location, parsed.error));
        return;
      }
      const doc = parsed.data;
      const earlier = documents.get(doc.id);
      if (earlier) {
        problems.push(`${location} id: id "${doc.id}" finns redan (${earlier.location})`);
        return;
      }
      documents.set(doc.id, { value: doc, location });
      if (!sources.has(doc.source)) {
        problems.push(`${location} source: okänd källa "${doc.source}"`);
      } else if (doc.source !== sourceId) {
        problems.push(
          `${location} source: "${doc.source}" hör inte hemma i ${file} (dokumenten för en källa ligger i <källans id>.ndjson)`,
        );
      }
      const versions = doc.history.map((old) => old.version);
      if (new Set(versions).size !== versions.length) {
        problems.push(`${location} history: två äldre versioner har samma versionsnummer`);
      }
    });
  }

  // Rules that need the whole corpus
  for (const { value: doc, location } of documents.values()) {
    const source = sources.get(doc.source)?.value;
    if (doc.region !== null && !regions.has(doc.region)) {
      problems.push(
        `${location} region: regionen "${doc.region}" finns inte i ${rel('regions.json')}`,
      );
    } else if (doc.region !== null && source && source.region !== doc.region) {
      problems.push(
        `${location} source: ett dokument för region "${doc.region}" ska komma från regionens egen källa, inte "${doc.source}"`,
      );
    }
    if (doc.addsTo !== null) {
      const target = documents.get(doc.addsTo)?.value;
      if (!target) {
        problems.push(`${location} addsTo: det finns inget dokument "${doc.addsTo}"`);
      } else if (target.region !== null) {
        problems.push(
          `${location} addsTo: "${doc.addsTo}" är inte ett nationellt dokument (region ${target.region})`,
        );
      }
    }
  }

  if (problems.length > 0) {
    return { corpus: { regions: [], sources: [], documents: [] }, problems, excluded: 0 };
  }
  const approved = [...sources.values()].map((s) => s.value).filter((s) => s.approved);
  const approvedIds = new Set(approved.map((s) => s.id));
  const all = [...documents.values()].map((d) => d.value);
  const shown = all.filter((d) => approvedIds.has(d.source));
  return {
    corpus: {
      regions: [...regions.values()].map((r) => r.value),
      sources: approved,
      documents: shown,
    },
    problems,
    excluded: all.length - shown.length,
  };
}
