/**
 * Starts the mock-API service (mocks/server/app.ts): `npm run mocks`, and with the rest of the
 * local stack in `npm start` and the end-to-end tests.
 *
 * MOCK_API_PORT (default 4402), MOCK_STATE_DIR (default .mock-state/dev, git-ignored). `--fresh`
 * starts from the seed: the end-to-end tests' state never mixes with a developer's.
 */
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { closeStore, openStore } from '../lib/store';
import { CorpusError, knowledgeDir, liveCorpus, watchCorpus } from '../knowledge/live-corpus';
import { createMockApi } from './app';
import { outlastClientKeepAlive } from '../lib/keep-alive';

const port = Number(process.env.MOCK_API_PORT ?? 4402);
const stateDir = resolve(process.env.MOCK_STATE_DIR ?? '.mock-state/dev');

if (process.argv.includes('--fresh')) rmSync(stateDir, { recursive: true, force: true });
openStore(stateDir);

// The knowledge corpus is read before the first request; a corpus with problems stops the start
// with file, line and field, as the build does. (The search index is the search service's.)
try {
  const corpus = liveCorpus();
  console.info(`Kunskapskorpus: ${corpus.corpus.documents.length} dokument från ${knowledgeDir()}`);
} catch (error) {
  console.error(error instanceof CorpusError ? error.message : error);
  process.exit(1);
}
watchCorpus();

const server = createMockApi().listen(port, () => {
  const { port: listening } = server.address() as AddressInfo;
  console.info(`Mock-API-tjänsten: http://localhost:${listening}/api (tillstånd i ${stateDir})`);
});
outlastClientKeepAlive(server);

// One request's failure is logged, and the others go on being served.
process.on('uncaughtException', (error) => console.error('Mock-API-tjänsten:', error));
process.on('unhandledRejection', (error) => console.error('Mock-API-tjänsten:', error));

function stop(): void {
  server.close();
  server.closeAllConnections();
  closeStore();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
