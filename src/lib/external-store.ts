import { useSyncExternalStore } from 'react';

/**
 * The one way to keep state outside React that components read: storage (the patient in
 * context, the chosen region), the browser (a media query) or a module's own memory (an
 * inbox source's loading progress). React reads it with useExternalStore; whoever changes
 * what `read` sees calls `notify`.
 */
export type ExternalStore<T> = {
  /** The value now: the same object while nothing changed (React compares by identity). */
  get: () => T;
  /** What the prerender renders, where there is no storage or window; as `get` without it. */
  getServer?: () => T;
  subscribe: (listener: () => void) => () => void;
};

export type WritableExternalStore<T> = ExternalStore<T> & {
  /** Every component reading the store reads it again (and re-renders if its value changed). */
  notify: () => void;
};

export type ExternalStoreOptions<T> = {
  /**
   * Changes that come from outside the page's own code (another tab's `storage` event, a media
   * query's `change`): called with the listener while someone reads; returns how to stop.
   */
  watch?: (changed: () => void) => () => void;
  /** The value on the server (the prerender). */
  serverValue?: T;
};

export function createExternalStore<T>(
  read: () => T,
  { watch, ...options }: ExternalStoreOptions<T> = {},
): WritableExternalStore<T> {
  const listeners = new Set<() => void>();
  return {
    get: read,
    getServer: 'serverValue' in options ? () => options.serverValue as T : undefined,
    subscribe(listener) {
      listeners.add(listener);
      const unwatch = watch?.(listener);
      return () => {
        listeners.delete(listener);
        unwatch?.();
      };
    },
    notify() {
      listeners.forEach((listener) => listener());
    },
  };
}

/** A store's value, or the part of it `select` picks (re-rendering only when that changes). */
export function useExternalStore<T>(store: ExternalStore<T>): T;
export function useExternalStore<T, S>(store: ExternalStore<T>, select: (value: T) => S): S;
export function useExternalStore<T, S>(
  store: ExternalStore<T>,
  select: (value: T) => S = (value) => value as unknown as S,
): S {
  const { getServer } = store;
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.get()),
    getServer ? () => select(getServer()) : undefined,
  );
}
