import { SearchIndex } from './search-index';
import { makeDoc, makeSource } from './testing';
import type { FacetKey, SearchResponse } from './types';

const sources = [
  makeSource({ id: 'a', name: 'Källa A' }),
  makeSource({ id: 'b', name: 'Källa B', publisherType: 'region', region: 'sjodal' }),
];

const body = '<h2>Om</h2><p>Om sårvård.</p>';
const docs = [
  makeDoc({
    id: '1',
    source: 'a',
    title: 'Sårvård 1',
    body,
    contentType: 'riktlinje',
    audience: ['lakare'],
    updated: '2026-02-20',
    icd10: ['L89'],
    patientMaterial: true,
  }),
  makeDoc({
    id: '2',
    source: 'a',
    title: 'Sårvård 2',
    body,
    contentType: 'fakta',
    audience: ['lakare', 'sjukskoterska'],
    updated: '2025-06-01',
    icd10: ['I83.0'],
  }),
  makeDoc({
    id: '3',
    source: 'b',
    title: 'Sårvård 3',
    body,
    contentType: 'riktlinje',
    audience: ['sjukskoterska'],
    region: 'sjodal',
    updated: '2023-01-01',
  }),
  makeDoc({
    id: '4',
    source: 'b',
    title: 'Sårvård 4',
    body,
    contentType: 'checklista',
    audience: ['underskoterska'],
    region: 'sjodal',
    updated: '2026-02-27',
  }),
];

let index: SearchIndex;
beforeAll(async () => {
  index = await SearchIndex.build(docs, sources);
});

const search = (filters: Partial<Record<FacetKey, string[]>> = {}) =>
  index.search({ query: 'sårvård', filters, now: '2026-03-01' });
const counts = (response: SearchResponse, key: FacetKey) =>
  Object.fromEntries(response.facets[key].map((v) => [v.value, v.count]));

describe('facets', () => {
  it('counts every facet without filters', () => {
    const response = search();
    expect(response.total).toBe(4);
    expect(counts(response, 'source')).toEqual({ a: 2, b: 2 });
    expect(counts(response, 'publisherType')).toEqual({ myndighet: 2, region: 2 });
    expect(counts(response, 'contentType')).toEqual({ riktlinje: 2, fakta: 1, checklista: 1 });
    expect(counts(response, 'audience')).toEqual({
      lakare: 2,
      sjukskoterska: 2,
      underskoterska: 1,
    });
    expect(counts(response, 'region')).toEqual({ nationell: 2, sjodal: 2 });
    expect(counts(response, 'icd10Chapter')).toEqual({ 'I00-I99': 1, 'L00-L99': 1 });
    expect(counts(response, 'patientMaterial')).toEqual({ true: 1, false: 3 });
  });

  it('buckets "updated" relative to the given now: last month within last year', () => {
    expect(counts(search(), 'updated')).toEqual({ month: 2, year: 3, older: 1 });
  });

  it('ORs values within a facet', () => {
    expect(
      search({ contentType: ['fakta', 'checklista'] })
        .hits.map((h) => h.id)
        .sort(),
    ).toEqual(['2', '4']);
  });

  it('ANDs across facets', () => {
    const response = search({ contentType: ['riktlinje'], source: ['b'] });
    expect(response.hits.map((h) => h.id)).toEqual(['3']);
  });

  it('counts each facet as if its own selection were removed', () => {
    const response = search({ contentType: ['riktlinje'], source: ['b'] });
    // contentType counts ignore the contentType filter but respect source=b.
    expect(counts(response, 'contentType')).toEqual({ riktlinje: 1, checklista: 1 });
    // source counts ignore the source filter but respect contentType=riktlinje.
    expect(counts(response, 'source')).toEqual({ a: 1, b: 1 });
    // Other facets respect both filters.
    expect(counts(response, 'audience')).toEqual({ sjukskoterska: 1 });
  });

  it('keeps a selected value visible at zero', () => {
    const response = search({ audience: ['dietist'] });
    expect(response.total).toBe(0);
    expect(response.facets.audience).toContainEqual({
      value: 'dietist',
      label: 'Dietist',
      count: 0,
      selected: true,
    });
  });

  it('filters by the updated buckets and patient material', () => {
    expect(
      search({ updated: ['month'] })
        .hits.map((h) => h.id)
        .sort(),
    ).toEqual(['1', '4']);
    expect(search({ updated: ['older'] }).hits.map((h) => h.id)).toEqual(['3']);
    expect(search({ patientMaterial: ['true'] }).hits.map((h) => h.id)).toEqual(['1']);
  });

  it('filters by ICD-10 chapter and region', () => {
    expect(search({ icd10Chapter: ['L00-L99'] }).hits.map((h) => h.id)).toEqual(['1']);
    expect(
      search({ region: ['nationell'] })
        .hits.map((h) => h.id)
        .sort(),
    ).toEqual(['1', '2']);
  });
});
