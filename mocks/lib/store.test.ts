import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeStore, namespaceFiles, openStore, resetNamespace, table } from './store';
import { runInContext } from './request-context';

type Row = { id: string; value: number };
const rows = table<Row>('store-test.rows', {
  key: (row) => row.id,
  seed: () => [{ id: 'seed', value: 0 }],
});

let dir: string;
const reopen = () => {
  closeStore();
  openStore(dir);
};

afterEach(() => {
  closeStore();
  rmSync(dir, { recursive: true, force: true });
});

describe('the embedded store', () => {
  it('keeps every saved change across a restart, and ignores a write a crash cut off', () => {
    dir = mkdtempSync(join(tmpdir(), 'store-'));
    openStore(dir);
    rows.save([...rows.all(), { id: 'a', value: 1 }]);
    rows.save(rows.all().map((row) => (row.id === 'a' ? { ...row, value: 2 } : row)));
    rows.save(rows.all().filter((row) => row.id !== 'seed'));
    // What a kill during the next write leaves: half a line, never acknowledged.
    const { journal } = namespaceFiles('default');
    closeStore();
    appendFileSync(journal, '{"t":"store-test.rows","k":"b","v":{"i');
    openStore(dir);
    expect(rows.all()).toEqual([{ id: 'a', value: 2 }]);
  });

  it('writes only what changed, and a snapshot on reopening', () => {
    dir = mkdtempSync(join(tmpdir(), 'store-'));
    openStore(dir);
    rows.save([...rows.all(), { id: 'a', value: 1 }]);
    rows.save([...rows.all(), { id: 'b', value: 1 }]);
    const journal = readFileSync(namespaceFiles('default').journal, 'utf8').trim().split('\n');
    expect(journal.map((line) => (JSON.parse(line) as { k: string }).k)).toEqual(['a', 'b']);
    reopen();
    expect(rows.all().map((row) => row.id)).toEqual(['seed', 'a', 'b']);
    expect(readFileSync(namespaceFiles('default').journal, 'utf8')).toBe('');
  });

  it('keeps namespaces apart, and a reset removes one from disk', () => {
    dir = mkdtempSync(join(tmpdir(), 'store-'));
    openStore(dir);
    const inNamespace = <T>(namespace: string, work: () => T) =>
      runInContext({ namespace, devSession: null }, work);
    inNamespace('one', () => rows.save([...rows.all(), { id: 'mine', value: 1 }]));
    expect(inNamespace('two', () => rows.all().map((row) => row.id))).toEqual(['seed']);
    inNamespace('one', () => resetNamespace());
    reopen();
    expect(inNamespace('one', () => rows.all().map((row) => row.id))).toEqual(['seed']);
  });
});
