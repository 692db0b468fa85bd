import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../src/lib/knowledge/schema';
import { generateJsonSchemas, JSON_SCHEMA_DIR } from './json-schema';
import { validateCorpus } from './validate-corpus';

const fixture = (name: string) => join(__dirname, 'fixtures', name);
const validate = (name: string) => validateCorpus(fixture(name), { root: fixture(name) });

describe('validateCorpus', () => {
  it('keeps every document of the approved sources and leaves out the unapproved one', () => {
    const { problems, corpus, excluded } = validate('good');
    expect(problems).toEqual([]);
    expect(corpus.sources.map((s) => s.id)).toEqual(['nationell-handbok', 'region-sjodal']);
    expect(corpus.documents.map((d) => d.id)).toEqual(['pvk', 'kad', 'pvk-sjodal']);
    expect(excluded).toBe(1);
  });

  it('names the file, line and field of a bad document, and builds nothing', () => {
    const { problems, corpus } = validate('bad-field');
    expect(problems.slice(0, 2)).toEqual([
      'nationell-handbok.ndjson:2 contentType: Ogiltigt val: förväntade en av "vardprogram"|"riktlinje"|"metodbeskrivning"|"patientinformation"|"utbildning"|"film"|"checklista"|"fakta"',
      'nationell-handbok.ndjson:2 updated: ska vara ett datum ÅÅÅÅ-MM-DD',
    ]);
    expect(problems[2]).toMatch(/^nationell-handbok\.ndjson:3 \(raden\): ogiltig JSON – /);
    expect(problems).toHaveLength(3);
    expect(corpus.documents).toEqual([]);
  });

  it('refuses an id used twice, pointing at the first use', () => {
    expect(validate('duplicate-id').problems).toEqual([
      'region-sjodal.ndjson:2 id: id "pvk" finns redan (nationell-handbok.ndjson:1)',
    ]);
  });

  it('refuses a document from a source that does not exist', () => {
    expect(validate('unknown-source').problems).toEqual([
      'nationell-handbok.ndjson:2 source: okänd källa "vardhandbok"',
    ]);
  });

  it('refuses a region the corpus does not declare in regions.json', () => {
    expect(validate('unknown-region').problems).toEqual([
      'sources.json:13 region: regionen "sjodal" finns inte i regions.json',
      'region-sjodal.ndjson:1 region: regionen "sjodal" finns inte i regions.json',
    ]);
  });

  it('refuses a regional addition to a document that does not exist', () => {
    expect(validate('missing-adds-to').problems).toEqual([
      'region-sjodal.ndjson:1 addsTo: det finns inget dokument "pvc"',
    ]);
  });
});

describe('docs/knowledge JSON Schema', () => {
  it('is what the zod schema generates (run npm run knowledge:schema after changing it)', async () => {
    const root = join(__dirname, '..', '..');
    for (const [name, content] of Object.entries(await generateJsonSchemas())) {
      expect(readFileSync(join(root, JSON_SCHEMA_DIR, name), 'utf8'), name).toBe(content);
    }
  });
});

describe('docs/knowledge/README.md', () => {
  it('has an example document that follows the schema', () => {
    const page = readFileSync(join(__dirname, '..', '..', JSON_SCHEMA_DIR, 'README.md'), 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(page)?.[1];
    expect(documentSchema.safeParse(JSON.parse(example ?? 'null')).error).toBeUndefined();
  });
});
