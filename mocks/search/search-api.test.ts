/**
 * The search API over real HTTP, served by the search service as its own process: answers and
 * errors, the facets' semantics, ETags and size, a corpus in another folder with a region of its
 * own, and the index swapped while queries keep coming.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../src/features/search/engine/types';
import { makeDoc } from '../../src/features/search/engine/testing';
import { server as inProcessMocks } from '../node';
import { startMockApiService, type RunningService } from '../server/service-harness';

/** The search service is a process of its own; the knowledge backend is the mock-API service's. */
const SEARCH_SERVICE = 'mocks/search/main.ts';
let sample: RunningService;

beforeAll(async () => {
  // This file talks to real services: no in-process MSW in between.
  inProcessMocks.close();
  sample = await startMockApiService({}, SEARCH_SERVICE);
}, 30_000);
afterAll(() => sample.close());

async function search(
  service: RunningService,
  query: string,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${service.origin}/api/search/v1/search?${query}`, { headers });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: (text ? JSON.parse(text) : null) as SearchResponse & {
      error?: { code: string; message: string };
    },
  };
}

const counts = (answer: SearchResponse, facet: keyof SearchResponse['facets']) =>
  Object.fromEntries(answer.facets[facet].map((v) => [v.value, v.count]));

describe('GET /api/search/v1/search', () => {
  it('answers with a page of hits, escaped snippets, section links, facets, total and ETag', async () => {
    const answer = await search(sample, 'q=vård');
    expect(answer.status).toBe(200);
    expect(answer.json.total).toBeGreaterThan(20);
    expect(answer.json.hits).toHaveLength(20);
    const [first] = answer.json.hits;
    expect(first!.snippet).toMatch(/<mark>/);
    expect(first!.snippet).not.toMatch(/<(?!\/?mark>)/);
    expect(answer.json.hits.some((hit) => hit.headings.length > 0)).toBe(true);
    expect(Object.keys(answer.json.facets)).toEqual(
      expect.arrayContaining(['source', 'contentType', 'audience', 'region', 'updated']),
    );
    // A page of 20 with every facet: well under 20 KB over the wire.
    expect(gzipSync(answer.text).length).toBeLessThan(20 * 1024);

    const etag = answer.headers.get('ETag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(answer.headers.get('Cache-Control')).toBe('public, max-age=60');
    const again = await search(sample, 'q=vård', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    const other = await search(sample, 'q=vård&offset=20');
    expect(other.headers.get('ETag')).not.toBe(etag);
  });

  it('counts each facet without its own selection: OR within a facet, AND across facets', async () => {
    const all = (await search(sample, 'q=kateter')).json;
    const patient = (await search(sample, 'q=kateter&contentType=patientinformation')).json;
    expect(patient.hits.every((hit) => hit.contentType === 'patientinformation')).toBe(true);
    expect(patient.total).toBe(counts(all, 'contentType').patientinformation);
    // The selected facet still counts as if nothing were selected in it.
    expect(counts(patient, 'contentType')).toEqual(counts(all, 'contentType'));

    const either = (
      await search(sample, 'q=kateter&contentType=patientinformation&contentType=metodbeskrivning')
    ).json;
    const allCounts = counts(all, 'contentType');
    expect(either.total).toBe(allCounts.patientinformation! + allCounts.metodbeskrivning!);

    const both = (
      await search(sample, 'q=kateter&contentType=metodbeskrivning&audience=underskoterska')
    ).json;
    expect(both.hits.every((hit) => hit.contentType === 'metodbeskrivning')).toBe(true);
    expect(both.hits.every((hit) => hit.audience.includes('underskoterska'))).toBe(true);
    expect(both.total).toBeLessThan(either.total);
  });

  it('sorts and pages, and suggests a spelling', async () => {
    const newest = (await search(sample, 'q=kateter&sort=updated&limit=5')).json;
    const dates = newest.hits.map((hit) => hit.updated);
    expect(dates).toEqual([...dates].sort().reverse());
    const second = (await search(sample, 'q=kateter&sort=updated&offset=5&limit=5')).json;
    expect(second.hits.map((h) => h.id)).not.toContain(newest.hits[0]!.id);
    expect((await search(sample, 'q=diabetis')).json.didYouMean).toBe('diabetes');
  });

  it("lifts the reader's region with boostRegion, without filtering anything away", async () => {
    const plain = await search(sample, 'q=kol&limit=50');
    const lifted = await search(sample, 'q=kol&limit=50&boostRegion=sjodal');
    const place = (answer: SearchResponse) =>
      answer.hits.findIndex((hit) => hit.id === 'sjodal-kol-lakemedel');
    expect(place(lifted.json)).toBeLessThan(place(plain.json));
    expect(lifted.json.total).toBe(plain.json.total);
    expect(lifted.json.facets).toEqual(plain.json.facets);
    // Another order is another answer.
    expect(lifted.headers.get('ETag')).not.toBe(plain.headers.get('ETag'));
  });

  it('answers a diagnosis code with the texts whose main diagnosis it is, the care programme first', async () => {
    const answer = (await search(sample, 'q=E11')).json;
    expect(answer.diagnosis).toBe('E11');
    expect(answer.hits[0]!.id).toBe('diabetes-typ-2-e11');
    const firstSubdivision = answer.hits.findIndex((hit) => hit.id === 'diabetesfotsar');
    const mainIsE11 = answer.hits.filter((hit) => hit.icd10[0] === 'E11');
    expect(mainIsE11.length).toBeGreaterThan(3);
    // Every text whose main diagnosis is E11 comes before Diabetesfotsår (E11.5).
    expect(answer.hits.slice(0, mainIsE11.length)).toEqual(mainIsE11);
    expect(firstSubdivision).toBe(mainIsE11.length);
    expect((await search(sample, 'q=diabetes')).json.diagnosis).toBeNull();
  });

  it('refuses an identity number and says what was wrong with a malformed request', async () => {
    for (const q of ['19121212-1212', '191212121212', 'prov 121212+1212']) {
      const refused = await search(sample, `q=${encodeURIComponent(q)}`);
      expect(refused.status).toBe(400);
      expect(refused.json.error!.code).toBe('identity_number_refused');
      expect(refused.text).not.toContain('1212');
    }
    const cases: [string, string][] = [
      ['q=a&colour=red', 'Okänd parameter: colour.'],
      ['q=a&limit=abc', 'limit ska vara ett heltal från 1 till 1000.'],
      ['q=a&offset=-1', 'offset ska vara ett heltal från 0 till 10000.'],
      ['q=a&sort=random', 'sort ska vara relevance eller updated.'],
      [`q=${'a'.repeat(201)}`, 'q får vara högst 200 tecken.'],
      [
        'q=a&boostRegion=Region%20Norrbacka',
        'boostRegion ska vara ett regions-id, till exempel norrbacka.',
      ],
    ];
    for (const [query, message] of cases) {
      const bad = await search(sample, query);
      expect(bad.status, query).toBe(400);
      expect(bad.json.error).toEqual({ code: 'invalid_search', message });
    }
  });
});

describe('a corpus in another folder, with a region of its own', () => {
  let dir: string;
  let gotland: RunningService;
  let knowledge: RunningService;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    cpSync('scripts/search/fixtures/corpus', dir, { recursive: true });
    writeFileSync(
      join(dir, 'regions.json'),
      JSON.stringify([
        { id: 'sjodal', name: 'Region Sjödal' },
        { id: 'gotland', name: 'Region Gotland' },
      ]),
    );
    const sources = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as object[];
    sources.push({
      id: 'region-gotland',
      name: 'Region Gotland',
      publisher: 'Region Gotland',
      publisherType: 'region',
      approved: true,
      authority: [],
      description: 'Region Gotlands egna rutiner.',
      homepage: 'https://kunskap.exempel.se/gotland',
      region: 'gotland',
    });
    writeFileSync(join(dir, 'sources.json'), JSON.stringify(sources, null, 2));
    writeFileSync(
      join(dir, 'region-gotland.ndjson'),
      `${gotlandDoc('gotland-trycksar', 'Trycksår på Gotland')}\n`,
    );
    gotland = await startMockApiService({ KNOWLEDGE_DIR: dir }, SEARCH_SERVICE);
    knowledge = await startMockApiService({ KNOWLEDGE_DIR: dir });
  }, 30_000);
  afterAll(async () => {
    await gotland.close();
    await knowledge.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the region, finds its texts and counts them in the region facet', async () => {
    const regions = await (await fetch(`${knowledge.origin}/api/knowledge/v1/regions`)).json();
    expect(regions).toEqual({
      regions: [
        { id: 'sjodal', name: 'Region Sjödal' },
        { id: 'gotland', name: 'Region Gotland' },
      ],
    });
    const answer = (await search(gotland, 'q=trycksår')).json;
    expect(answer.hits.map((hit) => hit.id)).toContain('gotland-trycksar');
    expect(answer.hits.find((hit) => hit.id === 'gotland-trycksar')!.regionName).toBe(
      'Region Gotland',
    );
    expect(answer.facets.region).toContainEqual(
      expect.objectContaining({ value: 'gotland', label: 'Region Gotland', count: 1 }),
    );
    const additions = await fetch(`${knowledge.origin}/api/knowledge/v1/regions/gotland/additions`);
    expect(additions.status).toBe(200);
  });

  it('swaps in a changed corpus while queries keep coming, and none of them fails', async () => {
    const statuses: number[] = [];
    let stop = false;
    const load = (async () => {
      while (!stop) statuses.push((await search(gotland, 'q=trycksår')).status);
    })();
    await new Promise((resolve) => setTimeout(resolve, 200));
    appendFileSync(
      join(dir, 'region-gotland.ndjson'),
      `${gotlandDoc('gotland-fall', 'Fallprevention och trycksår, Gotland')}\n`,
    );
    await expect
      .poll(async () => (await search(gotland, 'q=trycksår')).json.hits.map((hit) => hit.id), {
        timeout: 15_000,
      })
      .toContain('gotland-fall');
    stop = true;
    await load;
    expect(statuses.length).toBeGreaterThan(5);
    expect(statuses.every((status) => status === 200)).toBe(true);
  }, 30_000);

  it('keeps answering from the old corpus when the new one has a problem', async () => {
    writeFileSync(join(dir, 'region-gotland.ndjson'), '{"id": "trasig"\n');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const answer = (await search(gotland, 'q=trycksår')).json;
    expect(answer.hits.map((hit) => hit.id)).toContain('gotland-fall');
  });
});

function gotlandDoc(id: string, title: string): string {
  return JSON.stringify(
    makeDoc({
      id,
      title,
      source: 'region-gotland',
      summary: 'Region Gotlands rutin för söktestet.',
      contentType: 'metodbeskrivning',
      region: 'gotland',
      icd10: ['L89'],
      updated: '2026-11-01',
      body: '<h2>Trycksår</h2><p>Vänd patienten varannan timme för att förebygga trycksår.</p>',
    }),
  );
}
