import type { SearchIndexPayload } from '../engine/search-index';
import { createMessageHandler } from '../worker/handle-message';
import type { WorkerRequest, WorkerResponse } from '../worker/protocol';
import { createSearchClient, type SearchClient, type WorkerLike } from '../worker/search-client';

/**
 * A search client whose "worker" runs the real message handler on the same thread, answering
 * in a later task as a worker would. For tests (jsdom has no Worker): the page, the client and
 * the engine are the real ones; only the thread is not.
 */
export function createInProcessSearchClient(
  loadPayload: () => Promise<SearchIndexPayload>,
): SearchClient {
  const handle = createMessageHandler(() => loadPayload());
  const listeners: ((event: MessageEvent<WorkerResponse>) => void)[] = [];
  let terminated = false;
  const worker: WorkerLike = {
    postMessage(message: WorkerRequest) {
      void handle(message).then((answer) =>
        setTimeout(() => {
          if (terminated) return;
          listeners.forEach((listener) =>
            listener({ data: answer } as MessageEvent<WorkerResponse>),
          );
        }, 0),
      );
    },
    addEventListener: (_type, listener) => listeners.push(listener),
    terminate: () => {
      terminated = true;
    },
  };
  return createSearchClient(worker, '/search-index.json');
}
