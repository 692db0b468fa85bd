import { useCallback, useSyncExternalStore } from 'react';
import { REGIONS } from '@/lib/knowledge/vocabulary';

export type Region = (typeof REGIONS)[number];
export type RegionId = Region['id'];

// Not sensitive: which region's routines a person wants to read.
const STORAGE_KEY = 'vardpersonal.region';
const listeners = new Set<() => void>();
// Where the choice lives when the browser refuses storage (e.g. some private modes).
let inMemory: RegionId | null = null;

export const findRegion = (id: string | null | undefined): Region | null =>
  REGIONS.find((r) => r.id === id) ?? null;

function read(): RegionId | null {
  try {
    return findRegion(localStorage.getItem(STORAGE_KEY))?.id ?? null;
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

/** The chosen region (persisted in this browser), and a way to change it. */
export function useRegion(): [Region | null, (id: RegionId | null) => void] {
  const id = useSyncExternalStore(subscribe, read, () => null);
  return [findRegion(id), useCallback((next: RegionId | null) => setRegion(next), [])];
}
