import type { SearchClient } from '../worker/search-client';
import { SearchEngineStore } from './search-engine-store';

/** A client whose index load the test settles by hand. */
function fakeClient() {
  let settle!: { resolve: () => void; reject: () => void };
  const ready = new Promise<{ documents: number; loadMs: number }>((resolve, reject) => {
    settle = { resolve: () => resolve({ documents: 3, loadMs: 1 }), reject: () => reject() };
  });
  ready.catch(() => undefined);
  const client: SearchClient = { ready, search: vi.fn(), terminate: vi.fn() };
  return { client, settle };
}

function storeWithClients() {
  const made: ReturnType<typeof fakeClient>[] = [];
  const store = new SearchEngineStore(() => {
    const next = fakeClient();
    made.push(next);
    return next.client;
  });
  return { store, made };
}

describe('SearchEngineStore', () => {
  it('starts the engine ahead of the page, and the page then uses that same engine', async () => {
    const { store, made } = storeWithClients();
    store.start();
    store.start();
    expect(made).toHaveLength(1);
    expect(store.getSnapshot()).toMatchObject({ status: 'loading', client: made[0]!.client });

    const listener = vi.fn();
    store.subscribe(listener);
    expect(made).toHaveLength(1);
    made[0]!.settle.resolve();
    await vi.waitFor(() => expect(store.getSnapshot()).toMatchObject({ status: 'ready' }));
    expect(listener).toHaveBeenCalled();
  });

  it('starts on the first subscriber when nobody started it before', () => {
    const { store, made } = storeWithClients();
    store.subscribe(() => {});
    store.subscribe(() => {});
    expect(made).toHaveLength(1);
  });

  it('does not start again by itself after a failed load; retry makes a new engine', async () => {
    const { store, made } = storeWithClients();
    store.start();
    made[0]!.settle.reject();
    await vi.waitFor(() => expect(store.getSnapshot().status).toBe('error'));
    store.start();
    store.subscribe(() => {});
    expect(made).toHaveLength(1);

    store.retry();
    expect(made).toHaveLength(2);
    expect(made[0]!.client.terminate).toHaveBeenCalled();
    expect(store.getSnapshot()).toMatchObject({ status: 'loading', client: made[1]!.client });
  });
});
