import { SearchIndex } from './search-index';
import { SynonymDictionary } from './synonyms';
import { makeDoc, makeSource } from './testing';
import synonymData from '../data/synonyms.json';

const NOW = '2026-03-01';

const sources = [
  makeSource({ id: 'nationell', name: 'Nationell handbok', authority: ['omvårdnad'] }),
  makeSource({ id: 'region-x', name: 'Region X', publisherType: 'region' }),
  makeSource({ id: 'blogg', name: 'Bloggen', publisherType: 'privat', approved: false }),
];

const docs = [
  makeDoc({
    id: 'trycksar',
    title: 'Trycksår – förebyggande åtgärder',
    keywords: ['omvårdnad'],
    body: '<h2>Riskbedömning</h2><p>Bedöm risken tidigt.</p><h2>Behandling av trycksår</h2><p>Trycksåren läggs om dagligen.</p>',
  }),
  makeDoc({
    id: 'cvk',
    title: 'Central venkateter – skötsel',
    body: '<h2>Spolning</h2><p>Spola före och efter varje användning.</p>',
  }),
  makeDoc({
    id: 'cvk-kort',
    title: 'CVK-kontroll',
    keywords: ['CVK'],
    body: '<h2>Kontroll</h2><p>Kontrollera förbandet.</p>',
  }),
  makeDoc({
    id: 'katetrar',
    title: 'Urinkateter',
    body: '<h2>Val av kateter</h2><p>Det finns flera sorters katetrar.</p>',
  }),
  makeDoc({
    id: 'fall',
    title: 'Fallprevention i hemmet',
    body: '<h2>Åtgärder</h2><p>Ta bort mattor.</p>',
  }),
  makeDoc({
    id: 'sar',
    title: 'Infekterade sår',
    body: '<h2>Tecken</h2><p>Var i såret tyder på infektion.</p>',
  }),
  makeDoc({
    id: 'kol',
    title: 'KOL i primärvården',
    icd10: ['J44'],
    body: '<h2>Utredning</h2><p>Spirometri bekräftar diagnosen.</p>',
  }),
  makeDoc({
    id: 'kol-exacerbation',
    title: 'Akut försämring',
    icd10: ['J44.1'],
    body: '<h2>Bedömning</h2><p>Andningsfrekvens och saturation.</p>',
  }),
  makeDoc({
    id: 'hjartsvikt',
    title: 'Hjärtsvikt – uppföljning',
    body: '<h2>Vikt</h2><p>Daglig vägning vid hjärtsvikt.</p>',
  }),
  makeDoc({
    id: 'diabetes',
    title: 'Diabetes hos äldre',
    body: '<h2>Mål</h2><p>Individuella mål för diabetes.</p>',
  }),
  makeDoc({
    id: 'blogg-kol',
    source: 'blogg',
    title: 'KOL botas med juice',
    icd10: ['J44'],
    body: '<h2>Juice</h2><p>KOL och juice.</p>',
  }),
];

let index: SearchIndex;
beforeAll(async () => {
  index = await SearchIndex.build(docs, sources);
});

const ids = (query: string, options: { prefix?: boolean } = {}) =>
  index.search({ query, now: NOW, prefix: options.prefix ?? false }).hits.map((h) => h.id);

describe('SearchIndex: finding what people mean', () => {
  it('finds å/ä/ö words typed without them', () => {
    expect(ids('trycksar')).toContain('trycksar');
    expect(ids('hjartsvikt')).toContain('hjartsvikt');
  });

  it('does not fold a query typed with å/ä/ö', () => {
    // "sår" must not match the word "sar" that only exists folded.
    expect(ids('tryckser')).not.toContain('trycksar');
  });

  it('finds inflected forms through stemming', () => {
    expect(ids('trycksåren')).toContain('trycksar');
    expect(ids('katetrar')).toContain('katetrar');
    expect(ids('kateter')).toContain('katetrar');
  });

  it('finds "var" (pus)', () => {
    expect(ids('var')).toEqual(['sar']);
  });

  it('matches the last word as a prefix while typing, and only then', () => {
    // Two letters short: neither a compound part (≥ 3 letters left) nor a typo (1 allowed).
    expect(ids('diabet', { prefix: true })).toContain('diabetes');
    expect(ids('diabet ', { prefix: true })).toEqual([]);
    expect(ids('diabet', { prefix: false })).toEqual([]);
  });

  it('tolerates one or two wrong letters in longer words', () => {
    expect(ids('hjärtsvict')).toContain('hjartsvikt');
    expect(ids('diabetis')).toContain('diabetes');
    expect(ids('hjärtsvigd')).toContain('hjartsvikt');
    // Short words get no typo tolerance: "kal" is not "kol".
    expect(ids('kal')).toEqual([]);
  });

  it('finds compound words by their first part', () => {
    expect(ids('fall')).toContain('fall');
  });

  it('applies abbreviations and synonyms in both directions', () => {
    expect(ids('cvk')).toEqual(expect.arrayContaining(['cvk', 'cvk-kort']));
    expect(ids('central venkateter')).toEqual(expect.arrayContaining(['cvk', 'cvk-kort']));
  });

  it('finds ICD-10 codes, with and without decimals', () => {
    expect(ids('J44')).toEqual(expect.arrayContaining(['kol', 'kol-exacerbation']));
    // The KOL text declares the whole category J44, so it follows the exacerbation's own text.
    expect(ids('J44.1')).toEqual(['kol-exacerbation', 'kol']);
    expect(ids('kol')).toEqual(expect.arrayContaining(['kol']));
  });

  it('never returns documents from sources that are not approved', () => {
    expect(ids('juice')).toEqual([]);
    expect(ids('kol')).not.toContain('blogg-kol');
    const facets = index.search({ query: '', now: NOW }).facets.source.map((f) => f.value);
    expect(facets).not.toContain('blogg');
    expect(JSON.stringify(index.toJSON())).not.toContain('juice');
  });
});

describe('SearchIndex: ranking', () => {
  it('ranks a title match above a body match', async () => {
    const local = await SearchIndex.build(
      [
        makeDoc({ id: 'body', title: 'Rutiner', body: '<h2>Allmänt</h2><p>Om nutrition.</p>' }),
        makeDoc({ id: 'title', title: 'Nutrition', body: '<h2>Allmänt</h2><p>Text.</p>' }),
        makeDoc({ id: 'heading', title: 'Rutiner', body: '<h2>Nutrition</h2><p>Text.</p>' }),
      ],
      sources,
    );
    const order = local.search({ query: 'nutrition', now: NOW }).hits.map((h) => h.id);
    expect(order).toEqual(['title', 'heading', 'body']);
  });

  it('ranks an exact phrase above the same words scattered', async () => {
    const local = await SearchIndex.build(
      [
        makeDoc({
          id: 'scattered',
          title: 'Rutiner',
          body: '<h2>A</h2><p>Vård i livets början. Palliativ bedömning senare.</p>',
        }),
        makeDoc({
          id: 'phrase',
          title: 'Rutiner',
          body: '<h2>A</h2><p>Det här gäller palliativ vård i hemmet.</p>',
        }),
      ],
      sources,
    );
    const order = local.search({ query: 'palliativ vård ', now: NOW }).hits.map((h) => h.id);
    expect(order).toEqual(['phrase', 'scattered']);
  });

  it('puts the source in charge first when relevance is close, but not above a clearly better hit', async () => {
    const body = '<h2>A</h2><p>Om munvård hos äldre.</p>';
    const local = await SearchIndex.build(
      [
        makeDoc({ id: 'regional', source: 'region-x', title: 'Rutin', body }),
        makeDoc({
          id: 'in-charge',
          source: 'nationell',
          title: 'Rutin',
          keywords: ['omvårdnad'],
          body,
        }),
        makeDoc({ id: 'better', source: 'region-x', title: 'Munvård', body }),
      ],
      sources,
    );
    const order = local.search({ query: 'munvård ', now: NOW }).hits.map((h) => h.id);
    expect(order).toEqual(['better', 'in-charge', 'regional']);
  });
});

describe('SearchIndex: results', () => {
  it('shows the document fields, an escaped snippet and the matching headings', async () => {
    const local = await SearchIndex.build(
      [
        makeDoc({
          id: 'x',
          title: 'Trycksår',
          body: '<h2>Behandling av trycksår</h2><p>Trycksår &lt;script&gt; <img src=x onerror=alert(1)> läks.</p><h2>Annat</h2><p>x</p>',
        }),
      ],
      sources,
    );
    const [hit] = local.search({ query: 'trycksår', now: NOW }).hits;
    expect(hit).toMatchObject({
      id: 'x',
      title: 'Trycksår',
      source: { id: 'nationell', name: 'Nationell handbok' },
      publisherType: 'myndighet',
      contentType: 'fakta',
      audience: ['sjukskoterska'],
      updated: '2026-01-15',
      headings: [{ id: 'behandling-av-trycksar', text: 'Behandling av trycksår' }],
    });
    expect(hit!.snippet).toContain('<mark>Trycksår</mark>');
    expect(hit!.snippet).toContain('&lt;script&gt;');
    expect(hit!.snippet).not.toMatch(/<(?!\/?mark>)/);
  });

  it('suggests a close spelling when the query finds little ("Menade du")', () => {
    expect(index.search({ query: 'hjärtsvict', now: NOW, prefix: false }).didYouMean).toBe(
      'hjärtsvikt',
    );
    expect(index.search({ query: 'hjärtsvikt', now: NOW, prefix: false }).didYouMean).toBeNull();
  });

  it('survives serialising and loading (the prebuilt index)', () => {
    const loaded = SearchIndex.load(JSON.parse(JSON.stringify(index.toJSON())));
    expect(loaded.search({ query: 'trycksar', now: NOW }).hits.map((h) => h.id)).toEqual(
      index.search({ query: 'trycksar', now: NOW }).hits.map((h) => h.id),
    );
  });

  it('rejects an index of an unknown format', () => {
    expect(() => SearchIndex.load({ format: 'x' } as never)).toThrow(/okänt format/);
  });
});

describe('synonym dictionary', () => {
  it('has at least 300 groups as data', () => {
    expect(synonymData.groups.length).toBeGreaterThanOrEqual(300);
    expect(new SynonymDictionary(synonymData.groups).size).toBeGreaterThanOrEqual(300);
  });

  it('works in both directions', () => {
    const dictionary = new SynonymDictionary([['CVK', 'central venkateter']]);
    expect(dictionary.lookup('cvk')?.map((v) => v.text)).toContain('central venkateter');
    expect(dictionary.lookup('central venkateter')?.map((v) => v.text)).toContain('CVK');
    expect(dictionary.lookup('venkateter')).toBeNull();
  });

  it('joins groups that share an expression', () => {
    const dictionary = new SynonymDictionary([
      ['UVI', 'urinvägsinfektion'],
      ['UTI', 'urinvägsinfektion'],
    ]);
    expect(dictionary.lookup('uti')?.map((v) => v.text)).toContain('UVI');
  });
});
