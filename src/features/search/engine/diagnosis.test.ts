import { diagnosisCodeOf, diagnosisRank } from './diagnosis';
import { REGION_BOOST, SearchIndex } from './search-index';
import { makeDoc, makeSource } from './testing';

const NOW = '2026-03-01';

const sources = [
  makeSource({ id: 'nationell', name: 'Nationell handbok' }),
  makeSource({ id: 'region-norrbacka', name: 'Region Norrbacka', publisherType: 'region' }),
  makeSource({ id: 'region-sjodal', name: 'Region Sjödal', publisherType: 'region' }),
];

describe('diagnosisCodeOf', () => {
  it('knows a query that is one ICD-10 code', () => {
    expect(diagnosisCodeOf(['e11'])).toBe('E11');
    expect(diagnosisCodeOf(['j44.1'])).toBe('J44.1');
    expect(diagnosisCodeOf(['e11', 'fot'])).toBeNull();
    expect(diagnosisCodeOf(['diabetes'])).toBeNull();
    expect(diagnosisCodeOf(['e1'])).toBeNull();
  });
});

describe('diagnosisRank', () => {
  it('puts the main diagnosis before another code, and the closer code first', () => {
    const main = diagnosisRank('E11', ['E11', 'E11.9'], 'fakta');
    const mainCategoryOfAsked = diagnosisRank('E11.9', ['E11'], 'fakta');
    const mainSubdivision = diagnosisRank('E11', ['E11.5', 'L97'], 'fakta');
    const other = diagnosisRank('E11', ['E10', 'E11'], 'fakta');
    expect(main).toBeGreaterThan(mainCategoryOfAsked);
    expect(mainCategoryOfAsked).toBeGreaterThan(mainSubdivision);
    expect(mainSubdivision).toBeGreaterThan(other);
    expect(other).toBeGreaterThan(0);
    expect(diagnosisRank('E11', ['E10'], 'fakta')).toBe(0);
    expect(diagnosisRank('E11.9', ['E11.5'], 'fakta')).toBe(0);
  });

  it('orders equal tiers by what the text is: the care programme first, the film last', () => {
    const rank = (type: Parameters<typeof diagnosisRank>[2]) => diagnosisRank('E11', ['E11'], type);
    expect(rank('vardprogram')).toBeGreaterThan(rank('riktlinje'));
    expect(rank('riktlinje')).toBeGreaterThan(rank('patientinformation'));
    expect(rank('patientinformation')).toBeGreaterThan(rank('film'));
    // The content type never lifts a text above a closer tier.
    expect(diagnosisRank('E11', ['E11.5'], 'vardprogram')).toBeLessThan(rank('film'));
  });
});

/** The case of issue 17: "E11" from a launch put Diabetesfotsår above the care programme. */
describe('SearchIndex: a diagnosis code', () => {
  const docs = [
    makeDoc({
      id: 'diabetesfotsar',
      title: 'Diabetesfotsår – bedömning och omvårdnad',
      contentType: 'riktlinje',
      icd10: ['E11.5', 'L97'],
      keywords: ['diabetes', 'E11'],
      body: '<h2>E11 och fotsår</h2><p>Vid E11 med fotsår (E11.5) bedöms foten varje besök.</p>',
    }),
    makeDoc({
      id: 'patientinfo',
      title: 'Diabetes typ 2 – information till dig',
      contentType: 'patientinformation',
      icd10: ['E11'],
    }),
    makeDoc({
      id: 'vardprogram',
      title: 'Diabetes typ 2 – behandling och uppföljning',
      contentType: 'vardprogram',
      icd10: ['E11', 'E11.9'],
    }),
    makeDoc({
      id: 'riktlinjer',
      title: 'Nationella riktlinjer för diabetesvård',
      contentType: 'riktlinje',
      icd10: ['E10', 'E11'],
    }),
    makeDoc({
      id: 'mentions',
      title: 'Fotvård hos äldre',
      body: '<h2>Risk</h2><p>Patienter med E11 har högre risk för fotsår.</p>',
    }),
    makeDoc({ id: 'typ1', title: 'Diabetes typ 1', contentType: 'vardprogram', icd10: ['E10'] }),
  ];
  let index: SearchIndex;
  beforeAll(async () => {
    index = await SearchIndex.build(docs, sources);
  });
  const search = (query: string) => index.search({ query, now: NOW });

  it('lists the texts whose main diagnosis it is first, the care programme first', () => {
    const answer = search('E11');
    expect(answer.diagnosis).toBe('E11');
    expect(answer.hits.map((h) => h.id)).toEqual([
      'vardprogram',
      'patientinfo',
      'diabetesfotsar',
      'riktlinjer',
      'mentions',
    ]);
  });

  it('finds the texts of the whole category for a subdivision, though they never write it', () => {
    const answer = search('E11.9');
    expect(answer.hits.map((h) => h.id)).toEqual(['vardprogram', 'patientinfo', 'riktlinjer']);
    expect(answer.total).toBe(3);
  });

  it('ranks words as before: only a lone code is a diagnosis', () => {
    expect(search('diabetes typ').diagnosis).toBeNull();
    expect(search('E11 fotsår').hits[0]!.id).toBe('diabetesfotsar');
  });
});

describe('SearchIndex: the reader’s region', () => {
  const docs = [
    makeDoc({
      id: 'nationell-kol',
      title: 'KOL i primärvården',
      body: '<h2>Utredning</h2><p>KOL utreds med spirometri.</p>',
    }),
    makeDoc({
      id: 'norrbacka-kol',
      source: 'region-norrbacka',
      region: 'norrbacka',
      title: 'KOL i Region Norrbacka',
      body: '<h2>Remiss</h2><p>Vid KOL remitteras patienten till lungmottagningen.</p>',
    }),
    makeDoc({
      id: 'sjodal-kol',
      source: 'region-sjodal',
      region: 'sjodal',
      title: 'Läkemedel i Region Sjödal',
      body: '<h2>KOL</h2><p>Vid KOL väljs inhalator efter förmåga.</p>',
    }),
  ];
  let index: SearchIndex;
  beforeAll(async () => {
    index = await SearchIndex.build(docs, sources);
  });
  const ids = (boostRegion?: string) =>
    index.search({ query: 'kol', now: NOW, boostRegion }).hits.map((h) => h.id);

  it('lifts its own texts above texts that match as well, and filters nothing away', () => {
    const plain = index.search({ query: 'kol', now: NOW });
    expect(plain.hits[0]!.id).toBe('nationell-kol');
    const lifted = index.search({ query: 'kol', now: NOW, boostRegion: 'norrbacka' });
    expect(lifted.hits[0]!.id).toBe('norrbacka-kol');
    expect(lifted.hits[0]!.score).toBeCloseTo(
      plain.hits.find((h) => h.id === 'norrbacka-kol')!.score * REGION_BOOST,
      1,
    );
    expect(lifted.total).toBe(plain.total);
    // A boost, not a trump: a text that matches clearly better (in its title) stays first.
    expect(ids('sjodal')).toEqual(['nationell-kol', 'norrbacka-kol', 'sjodal-kol']);
    // A region without texts, or none: the order of relevance.
    expect(ids('vastmark')).toEqual(ids());
  });
});
