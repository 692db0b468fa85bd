/** The documented JSON Schema files, generated from the zod schema (the one source of truth). */
import { format, resolveConfig } from 'prettier';
import { z } from 'zod';
import { documentSchema, regionSchema, sourceSchema } from '../../src/lib/knowledge/schema';

export const JSON_SCHEMA_DIR = 'docs/knowledge';

async function render(
  schema: z.ZodType,
  id: string,
  title: string,
  description: string,
): Promise<string> {
  const json = {
    // What a file must contain, so the files' input shape (defaults are optional).
    ...z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }),
    $id: `https://kunskap.exempel.se/schema/${id}`,
    title,
    description,
  };
  // Formatted like every other file in the repository, so `prettier --check` agrees.
  const config = await resolveConfig(`${JSON_SCHEMA_DIR}/${id}`);
  return format(JSON.stringify(json), { ...config, parser: 'json' });
}

/** File name → content of every JSON Schema file in docs/knowledge/. */
export async function generateJsonSchemas(): Promise<Record<string, string>> {
  return {
    'region.schema.json': await render(
      regionSchema,
      'region.schema.json',
      'Region',
      'En region med egna källor och regionala tillägg. Korpusens regioner står i regions.json (en lista) bredvid sources.json.',
    ),
    'source.schema.json': await render(
      sourceSchema,
      'source.schema.json',
      'Kunskapskälla',
      'En kunskapsproducent. Alla källor står i mocks/data/knowledge/sources.json (en lista).',
    ),
    'document.schema.json': await render(
      documentSchema,
      'document.schema.json',
      'Kunskapsdokument',
      'En artikel, ett JSON-objekt per rad i mocks/data/knowledge/<källans id>.ndjson.',
    ),
  };
}
