/**
 * A worker thread of the search service: validates a changed knowledge folder and builds its
 * index, so the service's own thread goes on answering from the old index meanwhile (at 50,000
 * documents the build takes half a minute). It hands back the prebuilt index, which the service
 * loads in about a second, or the problems found.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CorpusError, loadCorpus } from '../knowledge/live-corpus';

const { dir } = workerData as { dir: string };
try {
  const loaded = loadCorpus(dir);
  const index = await loaded.index();
  parentPort!.postMessage({
    ok: true,
    version: loaded.version,
    corpus: loaded.corpus,
    payload: index.toJSON(),
  });
} catch (error) {
  parentPort!.postMessage({
    ok: false,
    problems: error instanceof CorpusError ? error.problems : [String(error)],
  });
}
