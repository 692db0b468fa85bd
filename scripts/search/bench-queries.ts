import type { FacetSelection } from '../../src/features/search/engine/types';
import { TOPICS, random } from './generate-corpus';

export type BenchQuery = { query: string; kind: string; filters: FacetSelection };

/** Deterministic query set: single words, two words, abbreviations, typos, typing, filters. */
export function benchQueries(): BenchQuery[] {
  const next = random(7);
  const topics = TOPICS.map(([topic]) => topic);
  const base: Omit<BenchQuery, 'filters'>[] = [];
  for (const topic of topics.filter((t) => !t.includes(' ')).slice(0, 20)) {
    base.push({ query: topic, kind: 'ett ord' });
  }
  const extra = ['behandling', 'uppföljning', 'risk', 'patienten', 'dokumentation', 'läkemedel'];
  for (let i = 0; i < 12; i++) {
    base.push({
      query: `${topics[(i * 7) % topics.length]} ${extra[i % extra.length]}`,
      kind: 'två ord',
    });
  }
  for (const abbreviation of ['kol', 'cvk', 'pvk', 'uvi', 'ekg', 'hf', 'ht', 'ff', 'dm', 'tia']) {
    base.push({ query: abbreviation, kind: 'förkortning' });
  }
  for (const topic of topics.filter((t) => t.length >= 7 && !t.includes(' ')).slice(0, 12)) {
    const at = 2 + Math.floor(next() * (topic.length - 3));
    const typo = topic.slice(0, at) + (topic[at] === 'e' ? 'i' : 'e') + topic.slice(at + 1);
    base.push({ query: typo, kind: 'stavfel' });
  }
  for (const topic of topics.slice(0, 6)) base.push({ query: topic.slice(0, 5), kind: 'prefix' });
  const filterSets: FacetSelection[] = [
    { audience: ['lakare'] },
    { contentType: ['riktlinje', 'vardprogram'], region: ['nationell'] },
    { updated: ['year'], patientMaterial: ['true'] },
  ];
  return base.flatMap((q, i) => [
    { ...q, filters: {} },
    { ...q, kind: `${q.kind} + filter`, filters: filterSets[i % filterSets.length]! },
  ]);
}
