import {
  AUDIENCES,
  AUDIENCE_LABELS,
  CONTENT_TYPES,
  CONTENT_TYPE_LABELS,
  PUBLISHER_TYPES,
  PUBLISHER_TYPE_LABELS,
} from '@/lib/knowledge/vocabulary';
import { ICD10_CHAPTERS, icd10Chapter } from './icd10';
import type { FacetKey, FacetSelection, FacetValueCount } from './types';
import { FACET_KEYS } from './types';

/**
 * Facets with counts, which flexsearch does not have (its tags filter, but never count, and do
 * not AND across fields). Each facet is a column of one small number per document: the value's
 * index, or a bit mask for facets where a document has several values (audience, ICD-10
 * chapters, the cumulative "updated" buckets).
 */

export const FACET_LABELS: Record<FacetKey, string> = {
  source: 'Källa',
  publisherType: 'Avsändartyp',
  contentType: 'Innehållstyp',
  audience: 'Målgrupp',
  region: 'Region',
  icd10Chapter: 'Diagnos (ICD-10-kapitel)',
  updated: 'Uppdaterad',
  patientMaterial: 'Material att ge till patient',
};

export const NATIONAL = 'nationell';

export const UPDATED_VALUES = ['month', 'year', 'older'] as const;
export const UPDATED_LABELS: Record<(typeof UPDATED_VALUES)[number], string> = {
  month: 'Senaste månaden',
  year: 'Senaste året',
  older: 'Äldre än ett år',
};

/** Facets whose values keep their natural order instead of being sorted by count. */
const NATURAL_ORDER = new Set<FacetKey>(['updated', 'patientMaterial', 'icd10Chapter']);

export type FacetDoc = {
  source: string;
  publisherType: string;
  contentType: string;
  audience: readonly string[];
  region: string | null;
  icd10: readonly string[];
  updated: string;
  patientMaterial: boolean;
};

type Column = {
  key: FacetKey;
  values: string[];
  labels: string[];
  /** A bit mask per document when a document can have several values; else the value index. */
  multi: boolean;
  data: Uint32Array;
};

const DAY = 24 * 60 * 60 * 1000;

export function dayNumber(date: string | Date): number {
  const time = typeof date === 'string' ? Date.parse(date.slice(0, 10)) : date.getTime();
  return Math.floor(time / DAY);
}

function monthBefore(today: number): number {
  const date = new Date(today * DAY);
  date.setUTCMonth(date.getUTCMonth() - 1);
  return dayNumber(date);
}

function yearBefore(today: number): number {
  const date = new Date(today * DAY);
  date.setUTCFullYear(date.getUTCFullYear() - 1);
  return dayNumber(date);
}

export class FacetColumns {
  private readonly columns = new Map<FacetKey, Column>();
  private readonly updatedDay: Int32Array;
  private updatedFor = Number.NaN;
  readonly size: number;

  constructor(
    docs: readonly FacetDoc[],
    sources: readonly { id: string; name: string }[],
    regions: readonly { id: string; name: string }[],
  ) {
    this.size = docs.length;
    const single = (
      key: FacetKey,
      values: string[],
      labels: string[],
      valueOf: (doc: FacetDoc) => string,
    ) => {
      const position = new Map(values.map((value, i) => [value, i]));
      const data = new Uint32Array(docs.length);
      docs.forEach((doc, i) => {
        data[i] = position.get(valueOf(doc)) ?? 0;
      });
      this.columns.set(key, { key, values, labels, multi: false, data });
    };
    const multi = (
      key: FacetKey,
      values: string[],
      labels: string[],
      valuesOf: (doc: FacetDoc) => (string | null)[],
    ) => {
      const position = new Map(values.map((value, i) => [value, i]));
      const data = new Uint32Array(docs.length);
      docs.forEach((doc, i) => {
        let mask = 0;
        for (const value of valuesOf(doc)) {
          const bit = value === null ? undefined : position.get(value);
          if (bit !== undefined) mask |= 1 << bit;
        }
        data[i] = mask >>> 0;
      });
      this.columns.set(key, { key, values, labels, multi: true, data });
    };

    single(
      'source',
      sources.map((s) => s.id),
      sources.map((s) => s.name),
      (doc) => doc.source,
    );
    single(
      'publisherType',
      [...PUBLISHER_TYPES],
      PUBLISHER_TYPES.map((v) => PUBLISHER_TYPE_LABELS[v]),
      (doc) => doc.publisherType,
    );
    single(
      'contentType',
      [...CONTENT_TYPES],
      CONTENT_TYPES.map((v) => CONTENT_TYPE_LABELS[v]),
      (doc) => doc.contentType,
    );
    multi(
      'audience',
      [...AUDIENCES],
      AUDIENCES.map((v) => AUDIENCE_LABELS[v]),
      (doc) => [...doc.audience],
    );
    single(
      'region',
      [NATIONAL, ...regions.map((r) => r.id)],
      ['Nationell', ...regions.map((r) => r.name)],
      (doc) => doc.region ?? NATIONAL,
    );
    multi(
      'icd10Chapter',
      ICD10_CHAPTERS.map((c) => c.value),
      ICD10_CHAPTERS.map((c) => `${c.value.replace('-', '–')} ${c.label}`),
      (doc) => doc.icd10.map(icd10Chapter),
    );
    single('patientMaterial', ['true', 'false'], ['Ja', 'Nej'], (doc) =>
      String(doc.patientMaterial),
    );
    this.updatedDay = Int32Array.from(docs, (doc) => dayNumber(doc.updated));
    this.columns.set('updated', {
      key: 'updated',
      values: [...UPDATED_VALUES],
      labels: UPDATED_VALUES.map((v) => UPDATED_LABELS[v]),
      multi: true,
      data: new Uint32Array(docs.length),
    });
  }

  updatedDayOf(doc: number): number {
    return this.updatedDay[doc] ?? 0;
  }

  /** The cumulative buckets relative to `today`: last month ⊂ last year; older is the rest. */
  private refreshUpdated(today: number): void {
    if (today === this.updatedFor) return;
    const data = this.columns.get('updated')!.data;
    const month = monthBefore(today);
    const year = yearBefore(today);
    for (let i = 0; i < this.size; i++) {
      const day = this.updatedDay[i]!;
      data[i] = day >= month ? 0b011 : day >= year ? 0b010 : 0b100;
    }
    this.updatedFor = today;
  }

  /**
   * Filter the matches and count every facet. OR within a facet, AND across facets, and each
   * facet counted as if its own selection were removed (so its other values stay choosable).
   */
  apply(
    matches: Int32Array,
    selection: FacetSelection,
    today: number,
  ): { kept: Int32Array; counts: Record<FacetKey, FacetValueCount[]> } {
    this.refreshUpdated(today);
    const columns = FACET_KEYS.map((key) => this.columns.get(key)!);
    const counters = columns.map((c) => new Uint32Array(c.values.length));
    // Per facet with a selection: which values pass (single) or the mask of them (multi).
    const active: { index: number; column: Column; accept: Uint8Array; mask: number }[] = [];
    columns.forEach((column, index) => {
      const chosen = selection[column.key];
      if (!chosen || chosen.length === 0) return;
      const accept = new Uint8Array(column.values.length);
      let mask = 0;
      for (const value of chosen) {
        const at = column.values.indexOf(value);
        if (at < 0) continue;
        accept[at] = 1;
        mask |= 1 << at;
      }
      active.push({ index, column, accept, mask: mask >>> 0 });
    });

    // Pass 1: which documents pass every filter, and which fail exactly one (those count
    // only in the facet they fail, as if its selection were removed).
    const kept = new Int32Array(matches.length);
    let keptCount = 0;
    const failedOnce = columns.map(() => [] as number[]);
    for (let m = 0; m < matches.length; m++) {
      const doc = matches[m]!;
      let failures = 0;
      let failed = -1;
      for (const facet of active) {
        const value = facet.column.data[doc]!;
        const pass = facet.column.multi ? (value & facet.mask) !== 0 : facet.accept[value] === 1;
        if (!pass) {
          failures++;
          failed = facet.index;
          if (failures > 1) break;
        }
      }
      if (failures === 0) kept[keptCount++] = doc;
      else if (failures === 1) failedOnce[failed]!.push(doc);
    }
    const passing = kept.subarray(0, keptCount);
    // Pass 2: count column by column (tight loops over typed arrays).
    columns.forEach((column, c) => {
      count(column, counters[c]!, passing);
      if (failedOnce[c]!.length > 0) count(column, counters[c]!, failedOnce[c]!);
    });

    const counts = {} as Record<FacetKey, FacetValueCount[]>;
    columns.forEach((column, c) => {
      const chosen = new Set(selection[column.key] ?? []);
      const list: FacetValueCount[] = [];
      column.values.forEach((value, i) => {
        const count = counters[c]![i]!;
        if (count > 0 || chosen.has(value)) {
          list.push({ value, label: column.labels[i]!, count, selected: chosen.has(value) });
        }
      });
      // A selected value that this index does not know still shows, at 0.
      for (const value of chosen) {
        if (!column.values.includes(value)) {
          list.push({ value, label: value, count: 0, selected: true });
        }
      }
      if (!NATURAL_ORDER.has(column.key)) {
        list.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'sv'));
      }
      counts[column.key] = list;
    });
    return { kept: passing, counts };
  }
}

function count(column: Column, counter: Uint32Array, docs: ArrayLike<number>): void {
  const data = column.data;
  if (!column.multi) {
    for (let i = 0; i < docs.length; i++) counter[data[docs[i]!]!]!++;
    return;
  }
  for (let i = 0; i < docs.length; i++) {
    let bits = data[docs[i]!]!;
    while (bits !== 0) {
      counter[31 - Math.clz32(bits & -bits)]!++;
      bits &= bits - 1;
    }
  }
}
