/**
 * The search service: the search API (search-api.ts) over plain HTTP, a process of its own
 * behind the same /api proxy as the other backends (docs/decisions/0013-search-service.md).
 * It loads the knowledge folder (KNOWLEDGE_DIR) and builds the index before it listens, and
 * swaps in a changed corpus without stopping. Nothing else runs here, so a search costs the
 * engine's time and little more.
 *
 * SEARCH_PORT (default 4403).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { SearchIndex } from '../../src/features/search/engine/search-index';
import type { SearchIndexPayload } from '../../src/features/search/engine/search-index';
import type { KnowledgeCorpus } from '../../src/lib/knowledge/schema';
import {
  corpusFrom,
  CorpusError,
  knowledgeDir,
  liveCorpus,
  watchCorpus,
  type CorpusLoader,
} from '../knowledge/live-corpus';
import { answerSearch, SEARCH_PATH, searchError, type SearchAnswer } from './search-api';
import { outlastClientKeepAlive } from '../lib/keep-alive';

const port = Number(process.env.SEARCH_PORT ?? 4403);

function send(request: IncomingMessage, response: ServerResponse, answer: SearchAnswer): void {
  const gzip = answer.gzipped && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  const body = gzip ? answer.gzipped : answer.body;
  response.writeHead(answer.status, {
    ...answer.headers,
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    Vary: 'Accept-Encoding',
  });
  response.end(body);
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname !== SEARCH_PATH) {
    return send(
      request,
      response,
      searchError(404, 'not_found', 'Adressen finns inte i söktjänsten.'),
    );
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return send(
      request,
      response,
      searchError(405, 'method_not_allowed', 'Sökningen tar bara emot GET.'),
    );
  }
  const ifNoneMatch = request.headers['if-none-match'];
  send(
    request,
    response,
    await answerSearch(url.searchParams, typeof ifNoneMatch === 'string' ? ifNoneMatch : null),
  );
}

try {
  const started = performance.now();
  const corpus = liveCorpus();
  await corpus.index();
  console.info(
    `Söktjänsten: ${corpus.corpus.documents.length} dokument från ${knowledgeDir()}, ` +
      `index på ${Math.round(performance.now() - started)} ms`,
  );
} catch (failure) {
  console.error(failure instanceof CorpusError ? failure.message : failure);
  process.exit(1);
}
/**
 * A changed folder is validated and indexed in a worker thread (index-builder.ts): this thread
 * goes on answering from the old index, then loads the new one (about a second at 50,000).
 */
const loadInWorker: CorpusLoader = (dir) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./index-builder-thread.mjs', import.meta.url), {
      workerData: { dir },
    });
    worker.once('message', (built: BuiltCorpus) => {
      void worker.terminate();
      if (!built.ok) return reject(new CorpusError(built.problems));
      resolve(corpusFrom(built.corpus, SearchIndex.load(built.payload)));
    });
    worker.once('error', reject);
  });

type BuiltCorpus =
  | { ok: true; corpus: KnowledgeCorpus; payload: SearchIndexPayload }
  | { ok: false; problems: string[] };

watchCorpus(knowledgeDir(), loadInWorker);

const server = createServer((request, response) => {
  handle(request, response).catch((failure: unknown) => {
    console.error('Söktjänsten:', failure);
    if (!response.headersSent) {
      send(
        request,
        response,
        searchError(500, 'internal_error', 'Sökningen misslyckades. Försök igen.'),
      );
    } else response.destroy();
  });
});
outlastClientKeepAlive(server);
server.listen(port, () => {
  const { port: listening } = server.address() as AddressInfo;
  console.info(`Söktjänsten: http://localhost:${listening}${SEARCH_PATH}`);
});

const stop = () => {
  server.close();
  server.closeAllConnections();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
