/**
 * The mock backends' embedded store: named tables of rows, one set per namespace
 * (mocks/lib/request-context.ts), held in memory and – in the mock-API service – kept on disk.
 *
 * On disk each namespace is a folder with a snapshot and a journal. Every change is appended to
 * the journal and fsynced before the handler answers, so a process killed right after a `2xx`
 * has lost nothing it acknowledged; a half-written last line (a write the kill interrupted, never
 * acknowledged) is ignored. When the journal grows, the state is written to a new snapshot
 * (temporary file, fsync, rename) and the journal starts over. Replaying a journal over a newer
 * snapshot gives the same state, so a crash between the two steps loses nothing either.
 *
 * Without a folder (Vitest, the prerender) the store is memory only.
 *
 * Rows are values: change a row by saving a new object, never by mutating one that `all()`
 * returned (the journal records what differs from the previous save, by identity).
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { currentContext } from './request-context';

export type Table<T> = {
  /** The rows, in the order they were first saved (seed rows first). */
  all: () => T[];
  /** Replaces the rows; what differs from before is written through. */
  save: (rows: T[]) => void;
  /** Back to the seed. */
  reset: () => void;
};

type TableDefinition = { key: (row: unknown) => string; seed: () => unknown[] };

type JournalEntry =
  | { t: string; k: string; v: unknown }
  | { t: string; k: string; deleted: true }
  | { t: string; reset: true };

type Namespace = {
  tables: Map<string, Map<string, unknown>>;
  journal: number | null;
  entries: number;
};

/** After this many journal entries the namespace is written to a fresh snapshot. */
const COMPACT_AFTER = 2_000;

const definitions = new Map<string, TableDefinition>();
const namespaces = new Map<string, Namespace>();
let folder: string | null = null;

/** The mock-API service keeps its state under this folder (and reads what is there). */
export function openStore(directory: string): void {
  closeStore();
  mkdirSync(directory, { recursive: true });
  folder = directory;
}

/** Closes the journals and forgets what is in memory (the files stay). */
export function closeStore(): void {
  for (const namespace of namespaces.values()) {
    if (namespace.journal !== null) closeSync(namespace.journal);
  }
  namespaces.clear();
  folder = null;
}

const namespaceFolder = (name: string) => join(folder!, name);

function seeded(tableName: string): Map<string, unknown> {
  const definition = definitions.get(tableName);
  if (!definition) throw new Error(`Okänd tabell i mock-lagret: ${tableName}`);
  return new Map(definition.seed().map((row) => [definition.key(row), row]));
}

function apply(namespace: Namespace, entry: JournalEntry): void {
  if ('reset' in entry) {
    namespace.tables.delete(entry.t);
    return;
  }
  const rows = tableOf(namespace, entry.t);
  if ('deleted' in entry) rows.delete(entry.k);
  else rows.set(entry.k, entry.v);
}

function tableOf(namespace: Namespace, tableName: string): Map<string, unknown> {
  let rows = namespace.tables.get(tableName);
  if (!rows) {
    rows = seeded(tableName);
    namespace.tables.set(tableName, rows);
  }
  return rows;
}

/** Reads a namespace from disk into `namespace`, which is already registered: a seed that runs
 * while the journal is replayed (a message's seed reads the clock) finds it, not a second copy. */
function load(name: string, namespace: Namespace): void {
  if (folder === null) return;
  const dir = namespaceFolder(name);
  mkdirSync(dir, { recursive: true });
  const snapshotFile = join(dir, 'snapshot.json');
  if (existsSync(snapshotFile)) {
    const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as Record<
      string,
      [string, unknown][]
    >;
    for (const [tableName, rows] of Object.entries(snapshot)) {
      if (definitions.has(tableName)) namespace.tables.set(tableName, new Map(rows));
    }
  }
  const journalFile = join(dir, 'journal.ndjson');
  if (existsSync(journalFile)) {
    for (const line of readFileSync(journalFile, 'utf8').split('\n')) {
      if (!line) continue;
      let entry: JournalEntry;
      try {
        entry = JSON.parse(line) as JournalEntry;
      } catch {
        break; // the last write was cut off by a crash: it was never acknowledged
      }
      if (definitions.has(entry.t)) apply(namespace, entry);
      namespace.entries += 1;
    }
  }
  namespace.journal = openSync(journalFile, 'a');
  if (namespace.entries > 0) compact(name, namespace);
}

function namespaceOf(name: string): Namespace {
  let namespace = namespaces.get(name);
  if (!namespace) {
    namespace = { tables: new Map(), journal: null, entries: 0 };
    namespaces.set(name, namespace);
    load(name, namespace);
  }
  return namespace;
}

const current = (): Namespace => namespaceOf(currentContext().namespace);

function fsyncFolder(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function compact(name: string, namespace: Namespace): void {
  const dir = namespaceFolder(name);
  const snapshot: Record<string, [string, unknown][]> = {};
  for (const [tableName, rows] of namespace.tables) snapshot[tableName] = [...rows];
  const temporary = join(dir, 'snapshot.json.tmp');
  const fd = openSync(temporary, 'w');
  try {
    writeSync(fd, JSON.stringify(snapshot));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, join(dir, 'snapshot.json'));
  fsyncFolder(dir);
  ftruncateSync(namespace.journal!, 0);
  fsyncSync(namespace.journal!);
  namespace.entries = 0;
}

/** Appends the entries and makes them durable before the caller answers. */
function write(entries: JournalEntry[]): void {
  if (entries.length === 0) return;
  const name = currentContext().namespace;
  const namespace = namespaceOf(name);
  for (const entry of entries) apply(namespace, entry);
  if (namespace.journal === null) return;
  writeSync(namespace.journal, entries.map((entry) => `${JSON.stringify(entry)}\n`).join(''));
  fsyncSync(namespace.journal);
  namespace.entries += entries.length;
  if (namespace.entries >= COMPACT_AFTER) compact(name, namespace);
}

/**
 * A table of rows identified by `key`. `seed` gives a new namespace's rows; it runs again after
 * a reset, so make it depend only on the namespace's clock (mocks/lib/clock.ts), not on `now`.
 */
export function table<T>(
  name: string,
  options: { key: (row: T) => string; seed?: () => T[] },
): Table<T> {
  if (definitions.has(name)) throw new Error(`Tabellen ${name} finns redan i mock-lagret.`);
  definitions.set(name, {
    key: options.key as (row: unknown) => string,
    seed: options.seed ?? (() => []),
  });
  return {
    all: () => [...tableOf(current(), name).values()] as T[],
    save(rows) {
      const before = tableOf(current(), name);
      const after = new Map(rows.map((row) => [options.key(row), row]));
      const entries: JournalEntry[] = [];
      for (const key of before.keys()) {
        if (!after.has(key)) entries.push({ t: name, k: key, deleted: true });
      }
      for (const [key, row] of after) {
        if (before.get(key) !== row) entries.push({ t: name, k: key, v: row });
      }
      write(entries);
    },
    reset: () => write([{ t: name, reset: true }]),
  };
}

/** Puts the caller's namespace back to its seed, on disk too. */
export function resetNamespace(name: string = currentContext().namespace): void {
  const namespace = namespaces.get(name);
  if (namespace?.journal != null) closeSync(namespace.journal);
  namespaces.delete(name);
  if (folder !== null) rmSync(namespaceFolder(name), { recursive: true, force: true });
}

/** Vitest: every namespace back to its seed (memory only). */
export function resetAllNamespaces(): void {
  for (const name of [...namespaces.keys()]) resetNamespace(name);
}

/** Tests of the store itself: how a namespace looks on disk. */
export function namespaceFiles(name: string): { snapshot: string; journal: string } {
  const dir = namespaceFolder(name);
  return { snapshot: join(dir, 'snapshot.json'), journal: join(dir, 'journal.ndjson') };
}
