import { useCallback, useSyncExternalStore } from 'react';

/** A region's id, as the corpus's regions.json names it. */
export type RegionId = string;

// Not sensitive: which region's routines a person wants to read.
const STORAGE_KEY = 'vardpersonal.region';
const REGION_ID = /^[a-z0-9-]{1,40}$/;
const listeners = new Set<() => void>();
// Where the choice lives when the browser refuses storage (e.g. some private modes).
let inMemory: RegionId | null = null;

function read(): RegionId | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored && REGION_ID.test(stored) ? stored : null;
  } catch {
    return inMemory;
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab changed the region.
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function setRegion(id: RegionId | null): void {
  inMemory = id;
  try {
    if (id) localStorage.setItem(STORAGE_KEY, id);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // No storage: the choice lasts as long as the page.
  }
  listeners.forEach((listener) => listener());
}

/**
 * The chosen region's id (persisted in this browser), and a way to change it. Which regions
 * exist is the corpus's business (useRegions); a region it no longer has simply finds nothing.
 */
export function useRegion(): [RegionId | null, (id: RegionId | null) => void] {
  const id = useSyncExternalStore(subscribe, read, () => null);
  return [id, useCallback((next: RegionId | null) => setRegion(next), [])];
}
