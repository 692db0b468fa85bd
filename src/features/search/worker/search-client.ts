import type { SearchRequest, SearchResponse } from '../engine/types';
import { SEARCH_INDEX_PATH } from './protocol';
import type { WorkerRequest, WorkerResponse } from './protocol';

/** The part of a Worker the client uses (a fake in tests). */
export type WorkerLike = {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerResponse>) => void): void;
  terminate(): void;
};

export type SearchClient = {
  /** Resolves when the index is loaded; searches sent before wait in the worker. */
  ready: Promise<{ documents: number; loadMs: number }>;
  /**
   * Search. A newer call supersedes older ones: their promises reject with an AbortError so
   * a slow answer can never overwrite a newer one.
   */
  search(request: SearchRequest): Promise<SearchResponse>;
  terminate(): void;
};

export function createSearchWorker(): WorkerLike {
  return new Worker(new URL('./search-worker.ts', import.meta.url), {
    type: 'module',
    name: 'sok',
  }) as unknown as WorkerLike;
}

export function createSearchClient(
  worker: WorkerLike = createSearchWorker(),
  indexUrl = `${import.meta.env.BASE_URL}${SEARCH_INDEX_PATH}`,
): SearchClient {
  let nextId = 1;
  let latestSearch = 0;
  const pending = new Map<
    number,
    { resolve: (answer: WorkerResponse) => void; reject: (error: Error) => void }
  >();
  worker.addEventListener('message', (event) => {
    const answer = event.data;
    const waiting = pending.get(answer.id);
    if (!waiting) return;
    pending.delete(answer.id);
    if (answer.type === 'error') waiting.reject(new Error(answer.message));
    else waiting.resolve(answer);
  });
  const send = (message: WorkerRequest) =>
    new Promise<WorkerResponse>((resolve, reject) => {
      pending.set(message.id, { resolve, reject });
      worker.postMessage(message);
    });

  const ready = send({ type: 'load', id: nextId++, url: indexUrl }).then((answer) => {
    if (answer.type !== 'ready') throw new Error('Oväntat svar från sökningen.');
    return { documents: answer.documents, loadMs: answer.loadMs };
  });
  // Avoid an unhandled rejection when nobody awaits `ready`; search() reports errors too.
  ready.catch(() => undefined);

  return {
    ready,
    async search(request) {
      const id = nextId++;
      latestSearch = id;
      const answer = await send({ type: 'search', id, request });
      if (id !== latestSearch) throw new DOMException('Ersatt av en nyare sökning', 'AbortError');
      if (answer.type !== 'result') throw new Error('Oväntat svar från sökningen.');
      return answer.response;
    },
    terminate() {
      worker.terminate();
      for (const { reject } of pending.values()) {
        reject(new DOMException('Sökningen avslutades', 'AbortError'));
      }
      pending.clear();
    },
  };
}
