import { createContext } from 'react';
import { createSearchClient, type SearchClient } from '../worker/search-client';

export type SearchClientFactory = () => SearchClient;

export type EngineSnapshot =
  | { status: 'loading'; client: SearchClient | null }
  | { status: 'ready'; client: SearchClient; documents: number }
  | { status: 'error'; client: SearchClient | null; message: string };

/**
 * One search client per factory for the whole visit: leaving the search page and coming back
 * does not load the index again. The worker starts when the page first subscribes, i.e. after
 * its first paint, so the page and the box are usable while the index loads.
 */
export class SearchEngineStore {
  private snapshot: EngineSnapshot = { status: 'loading', client: null };
  private readonly listeners = new Set<() => void>();

  constructor(private readonly createClient: SearchClientFactory) {}

  getSnapshot = (): EngineSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (!this.snapshot.client && this.snapshot.status === 'loading') this.start();
    return () => this.listeners.delete(listener);
  };

  /** After a failed load ("Försök igen"): a new worker, a new load. */
  retry = (): void => {
    this.snapshot.client?.terminate();
    this.start();
  };

  private start(): void {
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

/** The worker client by default; tests provide one that runs the engine in-process. */
export const SearchClientContext = createContext<SearchClientFactory>(() => createSearchClient());
