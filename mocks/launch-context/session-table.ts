/**
 * A mock backend's table. In the browser the mock backends run inside the page, so an in-memory
 * table would be emptied by every full page load – and a launch always crosses one (to the
 * identity provider and back). The tables therefore live in this tab's sessionStorage, like a
 * server that lives as long as the tab: never localStorage, nothing survives the tab.
 */
export type SessionTable<T> = {
  all: () => T[];
  save: (rows: T[]) => void;
  reset: () => void;
};

export function sessionTable<T>(key: string, seed: () => T[] = () => []): SessionTable<T> {
  let memory: T[] | null = null;
  const storage = (): Storage | null =>
    typeof sessionStorage === 'undefined' ? null : sessionStorage;

  return {
    all() {
      const store = storage();
      if (!store) return (memory ??= seed());
      const raw = store.getItem(key);
      if (raw === null) {
        const rows = seed();
        store.setItem(key, JSON.stringify(rows));
        return rows;
      }
      return JSON.parse(raw) as T[];
    },
    save(rows) {
      const store = storage();
      if (store) store.setItem(key, JSON.stringify(rows));
      else memory = rows;
    },
    reset() {
      memory = null;
      storage()?.removeItem(key);
    },
  };
}
