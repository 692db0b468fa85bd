import { SearchIndex } from '../engine/search-index';
import { makeDoc, makeSource } from '../engine/testing';
import { createMessageHandler } from './handle-message';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { createSearchClient } from './search-client';
import type { WorkerLike } from './search-client';

/** A worker stand-in that runs the real message handler on the same thread. */
function fakeWorker(fetchPayload: Parameters<typeof createMessageHandler>[0]) {
  const handle = createMessageHandler(fetchPayload);
  const listeners: ((event: MessageEvent<WorkerResponse>) => void)[] = [];
  const delays: number[] = [];
  const worker: WorkerLike = {
    postMessage(message: WorkerRequest) {
      const delay = delays.shift() ?? 0;
      void handle(message).then(
        (answer) =>
          new Promise((resolve) =>
            setTimeout(() => {
              listeners.forEach((l) => l({ data: answer } as MessageEvent<WorkerResponse>));
              resolve(undefined);
            }, delay),
          ),
      );
    },
    addEventListener: (_type, listener) => listeners.push(listener),
    terminate: () => undefined,
  };
  return { worker, delays };
}

async function payload() {
  const index = await SearchIndex.build(
    [
      makeDoc({
        id: 'kol',
        title: 'KOL',
        body: '<h2>Om</h2><p>Kroniskt obstruktiv lungsjukdom.</p>',
      }),
    ],
    [makeSource({ id: 'nationell' })],
  );
  return index.toJSON();
}

describe('search worker protocol', () => {
  it('loads the prebuilt index and answers searches', async () => {
    const data = await payload();
    const { worker } = fakeWorker(async (url) => {
      expect(url).toBe('/search-index.json');
      return data;
    });
    const client = createSearchClient(worker, '/search-index.json');
    await expect(client.ready).resolves.toEqual({ documents: 1, loadMs: expect.any(Number) });
    const response = await client.search({ query: 'kol' });
    expect(response.hits.map((h) => h.id)).toEqual(['kol']);
  });

  it('lets a search sent before the index is ready wait for it', async () => {
    const data = await payload();
    const { worker } = fakeWorker(
      () => new Promise((resolve) => setTimeout(() => resolve(data), 20)),
    );
    const client = createSearchClient(worker, '/search-index.json');
    const response = await client.search({ query: 'lungsjukdom' });
    expect(response.total).toBe(1);
  });

  it('rejects an older search when a newer one was sent (typing)', async () => {
    const data = await payload();
    const { worker, delays } = fakeWorker(async () => data);
    const client = createSearchClient(worker, '/search-index.json');
    await client.ready;
    delays.push(30, 0);
    const older = client.search({ query: 'ko' });
    const newer = client.search({ query: 'kol' });
    await expect(newer).resolves.toMatchObject({ query: 'kol' });
    await expect(older).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('reports a failed load in Swedish', async () => {
    const { worker } = fakeWorker(async () => {
      throw new Error('HTTP 404');
    });
    const client = createSearchClient(worker, '/search-index.json');
    await expect(client.ready).rejects.toThrow(/Sökindexet kunde inte laddas/);
  });
});
