// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs, UsageError } from './cli';

const root = join(__dirname, '..', '..');
const fixture = (name: string) => join('scripts', 'search', 'fixtures', name);

function run(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/search/cli.ts', ...args],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run search (CLI)', () => {
  it('prints ranked hits, facet counts and no suggestion as JSON', () => {
    const { code, stdout } = run(
      '--data',
      fixture('corpus'),
      '--query',
      'trycksar',
      '--limit',
      '2',
      '--now',
      '2026-02-01',
      '--json',
    );
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(output.total).toBe(3);
    expect(output.hits).toHaveLength(2);
    expect(output.hits[0]).toEqual({
      id: 'trycksar-prevention',
      title: 'Trycksår – förebyggande åtgärder',
      source: 'handbok',
      snippet: expect.stringContaining('<mark>trycksår</mark>'),
    });
    expect(output.facets.source).toEqual({ handbok: 2, 'region-sjodal': 1 });
    expect(output.facets.patientMaterial).toEqual({ false: 2, true: 1 });
    expect(output.facets.updated).toEqual({ month: 2, year: 2, older: 1 });
    expect(output.didYouMean).toBeNull();
  });

  it('filters with OR within a facet and AND across facets, counting disjunctively', () => {
    const { code, stdout } = run(
      '--data',
      fixture('corpus'),
      '--query',
      'kol',
      '--filter',
      'region=sjodal',
      '--filter',
      'audience=lakare',
      '--json',
    );
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(output.hits.map((h: { id: string }) => h.id)).toEqual(['sjodal-kol']);
    expect(output.facets.region).toEqual({ nationell: 1, sjodal: 1 });
  });

  it('never shows documents of unapproved sources, and suggests close spellings', () => {
    const { stdout } = run('--data', fixture('corpus'), '--query', 'juice', '--json');
    expect(JSON.parse(stdout).total).toBe(0);
    const typo = JSON.parse(
      run('--data', fixture('corpus'), '--query', 'trycksåår', '--json').stdout,
    );
    expect(typo.didYouMean).toBe('trycksår');
  });

  it('exits non-zero with the file, line and field of a bad document', () => {
    const { code, stderr } = run('--data', fixture('bad'), '--query', 'kol', '--json');
    expect(code).toBe(1);
    expect(stderr).toContain(
      'scripts/search/fixtures/bad/handbok.ndjson:2 updated: ska vara ett datum ÅÅÅÅ-MM-DD',
    );
  });
});

describe('parseArgs', () => {
  it('accepts the documented flags and the short forms', () => {
    const options = parseArgs(['kol', '--facet', 'region=sjodal', '--corpus', 'x', '--limit', '5']);
    expect(options).toMatchObject({ query: 'kol', filters: { region: ['sjodal'] }, limit: 5 });
  });

  it('rejects an unknown facet with the list of facets', () => {
    expect(() => parseArgs(['--filter', 'kalla=x'])).toThrow(UsageError);
    expect(() => parseArgs(['--filter', 'kalla=x'])).toThrow(/source, publisherType/);
  });
});
