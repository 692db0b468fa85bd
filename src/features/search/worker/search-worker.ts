/// <reference lib="webworker" />
import type { SearchIndexPayload } from '../engine/search-index';
import { createMessageHandler } from './handle-message';
import type { WorkerRequest } from './protocol';

/**
 * The search Web Worker: loads the prebuilt index and answers searches, so typing never waits
 * for the engine. Start it with `new Worker(new URL('./search-worker.ts', import.meta.url),
 * { type: 'module' })` – or use createSearchClient().
 *
 * The index is a public static asset without credentials, and src/lib/http-client is bound to
 * the window (tokens, window.location), so the worker fetches the file itself.
 */
declare const self: DedicatedWorkerGlobalScope;

const handle = createMessageHandler(async (url) => {
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as SearchIndexPayload;
});

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  void handle(event.data).then((answer) => self.postMessage(answer));
};
