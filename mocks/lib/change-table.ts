/**
 * A case source's records as seeded, with the changes made since (stored whole, by id) and
 * per-user drafts. Seeds are generated, never stored: 5,000 cases need no disk.
 */
import { table } from './store';

export function changeTable<T extends { id: string }>(source: string) {
  const changed = table<T>(`${source}.changed`, { key: (row) => row.id });
  const drafts = table<{ key: string; text: string; savedAt: string }>(`${source}.drafts`, {
    key: (row) => row.key,
  });
  return {
    /** The seed with every changed record in its place (and new ones appended). */
    merge(seed: T[]): T[] {
      const rows = changed.all();
      if (rows.length === 0) return seed;
      const byId = new Map(rows.map((row) => [row.id, row]));
      const merged = seed.map((row) => byId.get(row.id) ?? row);
      const seedIds = new Set(seed.map((row) => row.id));
      return merged.concat(rows.filter((row) => !seedIds.has(row.id)));
    },
    save(row: T): void {
      changed.save([...changed.all().filter((r) => r.id !== row.id), row]);
    },
    draft(key: string) {
      return drafts.all().find((d) => d.key === key) ?? null;
    },
    saveDraft(key: string, text: string): { savedAt: string } {
      const savedAt = new Date().toISOString();
      drafts.save([...drafts.all().filter((d) => d.key !== key), { key, text, savedAt }]);
      return { savedAt };
    },
    deleteDraft(key: string): void {
      drafts.save(drafts.all().filter((d) => d.key !== key));
    },
  };
}
