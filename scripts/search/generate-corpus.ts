/**
 * A deterministic, Swedish-like corpus for the benchmark: the same seed gives the same
 * documents, so figures from different runs and engines compare. Text follows a Zipf-like
 * word distribution (a few very common words, a long tail), every document has a clinical
 * topic that appears in its title, headings and body, and every facet is populated.
 */
import type { KnowledgeDocument, KnowledgeSource } from '../../src/lib/knowledge/schema';
import { AUDIENCES, CONTENT_TYPES } from '../../src/lib/knowledge/vocabulary';

export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Clinical topics: [topic words, ICD-10 code or null]. */
export const TOPICS: [string, string | null][] = [
  ['trycksår', 'L89'],
  ['central venkateter', null],
  ['perifer venkateter', null],
  ['kroniskt obstruktiv lungsjukdom', 'J44'],
  ['hjärtsvikt', 'I50'],
  ['diabetes', 'E11'],
  ['förmaksflimmer', 'I48'],
  ['urinvägsinfektion', 'N39'],
  ['pneumoni', 'J18'],
  ['fallprevention', null],
  ['nutrition', null],
  ['kompression', null],
  ['sårvård', null],
  ['depression', 'F32'],
  ['ångest', 'F41'],
  ['demens', 'F03'],
  ['stroke', 'I63'],
  ['hypertoni', 'I10'],
  ['astma', 'J45'],
  ['epilepsi', 'G40'],
  ['migrän', 'G43'],
  ['sepsis', 'A41'],
  ['anemi', 'D64'],
  ['osteoporos', 'M81'],
  ['höftfraktur', 'S72'],
  ['urinkateter', null],
  ['munvård', null],
  ['smärtskattning', null],
  ['palliativ vård', 'Z51'],
  ['läkemedelsgenomgång', null],
  ['handhygien', null],
  ['vaccination', 'Z23'],
  ['graviditet', 'O26'],
  ['amning', null],
  ['bröstcancer', 'C50'],
  ['prostatacancer', 'C61'],
  ['lungcancer', 'C34'],
  ['njursvikt', 'N18'],
  ['hypotyreos', 'E03'],
  ['celiaki', 'K90'],
  ['obstipation', 'K59'],
  ['inkontinens', 'R32'],
  ['dysfagi', 'R13'],
  ['delirium', 'F05'],
  ['suicidprevention', null],
  ['alkoholberoende', 'F10'],
  ['eksem', 'L30'],
  ['psoriasis', 'L40'],
  ['artros', 'M17'],
  ['ledgångsreumatism', 'M06'],
  ['borrelia', 'A69'],
  ['influensa', 'J11'],
  ['covid', 'U07'],
  ['mässling', 'B05'],
  ['tuberkulos', 'A15'],
  ['ekg', null],
  ['blodtryck', null],
  ['insulin', null],
  ['antikoagulantia', null],
  ['lymfödem', 'I89'],
];

const COMMON = (
  'och att det som en på är av för med till den har de inte om ett men var sig från ' +
  'vi så kan man när eller efter vid hos under över mot utan också även bör ska skall vara blir ' +
  'patienten patientens vården behandling behandlingen risk bedömning åtgärder rutin rutiner ' +
  'ansvar personal sjuksköterska läkare undersköterska dokumentation uppföljning kontroll ' +
  'symtom tecken orsak orsaker diagnos utredning läkemedel dos dosering tid dagar veckor ' +
  'vanligt ovanligt viktigt alltid ofta sällan första andra nästa innan mellan enligt samt ' +
  'information samtal anhöriga hemma boende avdelning mottagning region kommun vårdgivare'
).split(' ');

const SYLLABLES = (
  'ba be bi bo bu da de di do fa fe fi fo ga ge gi go ha he hi ho ka ke ki ko ' +
  'la le li lo ma me mi mo na ne ni no pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi ' +
  'vå vä vö lä lö rä rö sä sö tä tö kå kä kö nå nä nö str skr spr kl kn tr'
).split(' ');
const ENDINGS = ['', '', 'en', 'et', 'ar', 'er', 'or', 'na', 'ning', 'het', 'lig', 'isk'];

function syntheticWords(next: () => number, count: number): string[] {
  const words = new Set<string>();
  while (words.size < count) {
    const parts = 2 + Math.floor(next() * 3);
    let word = '';
    for (let i = 0; i < parts; i++) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    word += ENDINGS[Math.floor(next() * ENDINGS.length)];
    if (word.length >= 4) words.add(word);
  }
  return [...words];
}

/** The generated corpus's regions (its regions.json). */
export const BENCH_REGIONS = [
  { id: 'norrbacka', name: 'Region Norrbacka' },
  { id: 'sjodal', name: 'Region Sjödal' },
  { id: 'vastmark', name: 'Region Västmark' },
];

export const BENCH_SOURCES: KnowledgeSource[] = [
  ...[
    'handbok',
    'primarvard',
    'lakemedel',
    'smittskydd',
    'riktlinjer',
    'cancer',
    'psykiatri',
    'kommun',
    'forening',
    'barnhalsa',
  ].map((id, i) => ({
    id,
    name: `Källa ${id}`,
    publisher: `Utgivare ${id}`,
    publisherType: (
      [
        'inera',
        'kunskapsstyrning',
        'myndighet',
        'myndighet',
        'myndighet',
        'kunskapsstyrning',
        'kunskapsstyrning',
        'kommun',
        'profession',
        'inera',
      ] as const
    )[i]!,
    approved: true,
    authority: i % 3 === 0 ? ['omvårdnad'] : i % 3 === 1 ? ['läkemedel'] : [],
    description: 'Genererad källa för prestandamätningen.',
    homepage: 'https://kunskap.exempel.se/bench',
    region: null,
  })),
  ...BENCH_REGIONS.map((region) => ({
    id: `region-${region.id}`,
    name: region.name,
    publisher: region.name,
    publisherType: 'region' as const,
    approved: true,
    authority: [],
    description: 'Genererad regional källa för prestandamätningen.',
    homepage: 'https://kunskap.exempel.se/bench',
    region: region.id,
  })),
];

const HEADINGS = [
  'Bakgrund',
  'Riskbedömning',
  'Åtgärder',
  'Behandling',
  'Uppföljning',
  'Dokumentation',
  'Till patienten',
  'Läkemedel',
  'Symtom',
  'Utredning',
  'Egenvård',
];

export function generateCorpus(count: number, seed = 20260101): KnowledgeDocument[] {
  const next = random(seed);
  const vocabulary = [...COMMON, ...syntheticWords(next, 6000)];
  // Zipf-like: the word at rank r is drawn with weight 1/(r+1).
  const cumulative: number[] = [];
  let sum = 0;
  for (let r = 0; r < vocabulary.length; r++) cumulative.push((sum += 1 / (r + 1)));
  const word = () => {
    const x = next() * sum;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (cumulative[mid]! < x) low = mid + 1;
      else high = mid;
    }
    return vocabulary[low]!;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const sentence = (topic: string, length: number) => {
    const words: string[] = [];
    for (let i = 0; i < length; i++) words.push(next() < 0.04 ? topic : word());
    const text = words.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1) + '.';
  };
  const docs: KnowledgeDocument[] = [];
  const base = Date.parse('2026-06-01');
  for (let i = 0; i < count; i++) {
    const [topic, code] = pick(TOPICS);
    const [second] = pick(TOPICS);
    const source = pick(BENCH_SOURCES);
    const sections: string[] = [];
    const sectionCount = 3 + Math.floor(next() * 3);
    for (let s = 0; s < sectionCount; s++) {
      const heading = next() < 0.3 ? `${pick(HEADINGS)} vid ${topic}` : pick(HEADINGS);
      const paragraph = Array.from({ length: 4 }, () =>
        sentence(next() < 0.2 ? second : topic, 12 + Math.floor(next() * 8)),
      ).join(' ');
      sections.push(`<h2>${heading}</h2><p>${paragraph}</p>`);
    }
    const audience = [...new Set([pick(AUDIENCES), pick(AUDIENCES)])];
    const updated = new Date(base - Math.floor(next() * 4 * 365) * 86400000)
      .toISOString()
      .slice(0, 10);
    docs.push({
      id: `dok-${i}`,
      source: source.id,
      title: `${topic.charAt(0).toUpperCase()}${topic.slice(1)} – ${word()} ${word()}`,
      summary: sentence(topic, 20),
      body: sections.join(''),
      contentType: pick(CONTENT_TYPES),
      audience,
      region: source.region,
      addsTo: null,
      icd10: code ? (next() < 0.3 ? [code, `${code}.${Math.floor(next() * 10)}`] : [code]) : [],
      keywords: [topic, word()],
      updated,
      responsible: 'Genererad',
      references: [],
      patientMaterial: next() < 0.2,
      version: 1,
      url: null,
      history: [],
    });
  }
  return docs;
}
