/** npm run knowledge:schema – regenerates docs/knowledge/*.schema.json from the zod schema. */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateJsonSchemas, JSON_SCHEMA_DIR } from './json-schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
for (const [name, content] of Object.entries(await generateJsonSchemas())) {
  writeFileSync(join(root, JSON_SCHEMA_DIR, name), content);
  console.info(`${JSON_SCHEMA_DIR}/${name}`);
}
