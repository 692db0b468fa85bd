import { useContext, useSyncExternalStore } from 'react';
import { engineStoreFor, SearchClientContext } from './search-engine-store';

/** The search client and whether its index is loaded, with a retry for a failed load. */
export function useSearchEngine() {
  const store = engineStoreFor(useContext(SearchClientContext));
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return { ...snapshot, retry: store.retry };
}
