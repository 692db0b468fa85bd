import { useCallback } from 'react';
import { createExternalStore, useExternalStore } from '@/lib/external-store';

/** A region's id, as the corpus's regions.json names it. */
export type RegionId = string;

// Not sensitive: which region's routines a person wants to read.
const STORAGE_KEY = 'vardpersonal.region';
const REGION_ID = /^[a-z0-9-]{1,40}$/;
/** Stored when the person chose "Ingen vald": a choice too, unlike nothing stored. */
const CHOSE_NONE = '';
// Where the choice lives when the browser refuses storage (e.g. some private modes).
let inMemory: RegionId | null | undefined;
// The region of the active commission's care provider, until the person chooses (ADR 0019).
let defaultRegion: RegionId | null = null;

/** The person's own choice: an id, null for "Ingen vald", undefined when never chosen. */
function readChoice(): RegionId | null | undefined {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === CHOSE_NONE) return null;
    return stored && REGION_ID.test(stored) ? stored : undefined;
  } catch {
    return inMemory;
  }
}

function read(): RegionId | null {
  const choice = readChoice();
  return choice === undefined ? defaultRegion : choice;
}

const store = createExternalStore(read, {
  // Another tab changed the region.
  watch: (changed) => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === STORAGE_KEY || event.key === null) changed();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  },
  serverValue: null,
});

/** The person's choice (null: "Ingen vald"); it stands over the default from then on. */
export function setRegion(id: RegionId | null): void {
  inMemory = id;
  try {
    localStorage.setItem(STORAGE_KEY, id ?? CHOSE_NONE);
  } catch {
    // No storage: the choice lasts as long as the page.
  }
  store.notify();
}

/**
 * The region to show while the person has chosen none of their own: the app sets it from the
 * active commission (null when it has none, or its care provider is in no region).
 */
export function setDefaultRegion(id: RegionId | null): void {
  if (id === defaultRegion) return;
  defaultRegion = id;
  store.notify();
}

/**
 * The region in use – the person's choice (persisted in this browser), else the default from
 * the commission – and a way to choose. Which regions exist is the corpus's business
 * (useRegions); a region it no longer has simply finds nothing.
 */
export function useRegion(): [RegionId | null, (id: RegionId | null) => void] {
  const id = useExternalStore(store);
  return [id, useCallback((next: RegionId | null) => setRegion(next), [])];
}

/** The region in use, read outside React: a route's loader asks for what the page will show. */
export const currentRegion = (): RegionId | null => read();
