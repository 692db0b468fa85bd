/**
 * npm run knowledge:build – validates mocks/data/knowledge and writes what the knowledge backend
 * serves, to mocks/knowledge/generated/ (git-ignored): corpus.json (everything, for Node tools),
 * sources.json, index.json (sources and documents without bodies) and documents/<id>.json (one per text, so a
 * page loads only the texts it shows). Exits 1 with every problem listed when any file is wrong.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toSummary } from '../../mocks/knowledge/store';
import { validateCorpus } from './validate-corpus';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CORPUS_DIR = join(root, 'mocks', 'data', 'knowledge');
export const GENERATED_DIR = join(root, 'mocks', 'knowledge', 'generated');
export const CORPUS_OUTPUT = join(GENERATED_DIR, 'corpus.json');

const { corpus, problems, excluded } = validateCorpus(CORPUS_DIR, { root });
if (problems.length > 0) {
  console.error(
    `Kunskapskorpusen har ${problems.length} fel – inget byggdes:\n${problems.join('\n')}`,
  );
  process.exit(1);
}
// Start from nothing, so a removed text never lingers.
rmSync(join(GENERATED_DIR, 'documents'), { recursive: true, force: true });
mkdirSync(join(GENERATED_DIR, 'documents'), { recursive: true });
writeFileSync(CORPUS_OUTPUT, JSON.stringify(corpus));
writeFileSync(join(GENERATED_DIR, 'sources.json'), JSON.stringify(corpus.sources));
writeFileSync(
  join(GENERATED_DIR, 'index.json'),
  JSON.stringify({ sources: corpus.sources, documents: corpus.documents.map(toSummary) }),
);
for (const doc of corpus.documents) {
  writeFileSync(join(GENERATED_DIR, 'documents', `${doc.id}.json`), JSON.stringify(doc));
}
console.info(
  `Kunskapskorpus: ${corpus.sources.length} godkända källor, ${corpus.documents.length} dokument` +
    (excluded > 0 ? ` (${excluded} från ej godkända källor utelämnade)` : '') +
    ` → ${GENERATED_DIR.slice(root.length + 1)}/`,
);
