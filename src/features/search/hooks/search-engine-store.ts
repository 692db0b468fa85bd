import { createContext } from 'react';
import { createSearchClient, type SearchClient } from '../worker/search-client';

export type SearchClientFactory = () => SearchClient;

export type EngineSnapshot =
  | { status: 'loading'; client: SearchClient | null }
  | { status: 'ready'; client: SearchClient; documents: number }
  | { status: 'error'; client: SearchClient | null; message: string };

/**
 * One search client per factory for the whole visit: leaving the search page and coming back
 * does not load the index again. The worker starts when the page first subscribes, or earlier
 * with start() – the search route does so as its code arrives, so the index downloads while the
 * page renders. The worker never blocks the page: the box is usable while the index loads.
 */
export class SearchEngineStore {
  private snapshot: EngineSnapshot = { status: 'loading', client: null };
  private readonly listeners = new Set<() => void>();

  constructor(private readonly createClient: SearchClientFactory) {}

  getSnapshot = (): EngineSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    this.start();
    return () => this.listeners.delete(listener);
  };

  /** Starts the worker and the index's download, unless they have started already. */
  start = (): void => {
    if (!this.snapshot.client && this.snapshot.status === 'loading') this.load();
  };

  /** After a failed load ("Försök igen"): a new worker, a new load. */
  retry = (): void => {
    this.snapshot.client?.terminate();
    this.load();
  };

  private load(): void {
    let client: SearchClient;
    try {
      client = this.createClient();
    } catch {
      this.set({ status: 'error', client: null, message: 'Sökningen kunde inte startas.' });
      return;
    }
    this.set({ status: 'loading', client });
    client.ready.then(
      ({ documents }) => {
        if (this.snapshot.client === client) this.set({ status: 'ready', client, documents });
      },
      () => {
        if (this.snapshot.client === client) {
          this.set({ status: 'error', client, message: 'Sökindexet kunde inte laddas.' });
        }
      },
    );
  }

  private set(snapshot: EngineSnapshot): void {
    this.snapshot = snapshot;
    this.listeners.forEach((listener) => listener());
  }
}

const stores = new WeakMap<SearchClientFactory, SearchEngineStore>();

export function engineStoreFor(createClient: SearchClientFactory): SearchEngineStore {
  let store = stores.get(createClient);
  if (!store) stores.set(createClient, (store = new SearchEngineStore(createClient)));
  return store;
}

const workerSearchClient: SearchClientFactory = () => createSearchClient();

/** The worker client by default; tests provide one that runs the engine in-process. */
export const SearchClientContext = createContext<SearchClientFactory>(workerSearchClient);

/**
 * Starts the search page's engine (the worker and its index) ahead of the page's first render.
 * Only where there are Web Workers: jsdom, say, has none, and its tests bring their own engine.
 */
export function startSearchEngine(): void {
  if (typeof Worker !== 'undefined') engineStoreFor(workerSearchClient).start();
}
