import { SearchIndex } from '../engine/search-index';
import type { SearchIndexPayload } from '../engine/search-index';
import type { WorkerRequest, WorkerResponse } from './protocol';

/**
 * The worker's logic without the worker: takes a request, answers it. Kept apart from the
 * `self.onmessage` glue so it runs in Node tests.
 */
export function createMessageHandler(
  fetchPayload: (url: string) => Promise<SearchIndexPayload>,
): (request: WorkerRequest) => Promise<WorkerResponse> {
  let index: SearchIndex | null = null;
  let loading: Promise<SearchIndex> | null = null;

  const load = async (id: number, source: () => Promise<SearchIndexPayload>) => {
    const started = performance.now();
    loading = source().then((payload) => SearchIndex.load(payload));
    index = await loading;
    return {
      type: 'ready',
      id,
      documents: index.size,
      loadMs: Math.round(performance.now() - started),
    } satisfies WorkerResponse;
  };

  return async (request) => {
    try {
      switch (request.type) {
        case 'load':
          return await load(request.id, () => fetchPayload(request.url));
        case 'load-payload':
          return await load(request.id, async () => request.payload);
        case 'search': {
          // A search sent while the index loads waits for it instead of failing.
          const ready = index ?? (loading ? await loading : null);
          if (!ready) {
            return { type: 'error', id: request.id, message: 'Sökindexet är inte laddat.' };
          }
          const started = performance.now();
          const response = ready.search(request.request);
          return {
            type: 'result',
            id: request.id,
            response,
            searchMs: Math.round((performance.now() - started) * 100) / 100,
          };
        }
      }
    } catch (error) {
      return {
        type: 'error',
        id: request.id,
        message:
          request.type === 'search'
            ? 'Sökningen misslyckades. Försök igen.'
            : `Sökindexet kunde inte laddas. Ladda om sidan och försök igen. (${String(error)})`,
      };
    }
  };
}
