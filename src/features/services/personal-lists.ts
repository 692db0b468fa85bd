import { useCallback } from 'react';
import {
  createExternalStore,
  useExternalStore,
  type WritableExternalStore,
} from '@/lib/external-store';

/**
 * Favourites and recently opened services, kept per person in localStorage so they are there
 * at the next login. They hold only service ids: nothing about patients.
 */

const MAX_RECENT = 5;
const cache = new Map<string, { raw: string | null; ids: string[] }>();

function read(key: string): string[] {
  const raw = localStorage.getItem(key);
  const cached = cache.get(key);
  if (cached && cached.raw === raw) return cached.ids;
  let ids: string[] = [];
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    ids = Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    // A damaged entry is worth less than a working page: start over.
  }
  cache.set(key, { raw, ids });
  return ids;
}

const stores = new Map<string, WritableExternalStore<string[]>>();

/** One store per list (per person and kind). */
function storeOf(key: string): WritableExternalStore<string[]> {
  let store = stores.get(key);
  if (!store) {
    store = createExternalStore(() => read(key), {
      // Another tab changed the list.
      watch: (changed) => {
        window.addEventListener('storage', changed);
        return () => window.removeEventListener('storage', changed);
      },
    });
    stores.set(key, store);
  }
  return store;
}

function write(key: string, ids: string[]): void {
  localStorage.setItem(key, JSON.stringify(ids));
  storeOf(key).notify();
}

function useStoredIds(key: string): string[] {
  return useExternalStore(storeOf(key));
}

export function useFavourites(employeeHsaId: string) {
  const key = `vardpersonal.favourites.${employeeHsaId}`;
  const favourites = useStoredIds(key);
  const toggleFavourite = useCallback(
    (serviceId: string) => {
      const current = read(key);
      write(
        key,
        current.includes(serviceId)
          ? current.filter((id) => id !== serviceId)
          : [...current, serviceId],
      );
    },
    [key],
  );
  return { favourites, toggleFavourite };
}

export function useRecentlyOpened(employeeHsaId: string) {
  const key = `vardpersonal.recent.${employeeHsaId}`;
  const recent = useStoredIds(key);
  const markOpened = useCallback(
    (serviceId: string) => {
      write(key, [serviceId, ...read(key).filter((id) => id !== serviceId)].slice(0, MAX_RECENT));
    },
    [key],
  );
  return { recent, markOpened };
}
