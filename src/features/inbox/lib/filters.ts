import { containsIdentityNumberPart } from '@/lib/identity-number-like';
import { isOpenCase } from './counts';
import {
  CASE_STATUS_LABELS,
  CASE_TYPE_LABELS,
  SOURCE_IDS,
  type Case,
  type CaseStatus,
  type CaseType,
  type SourceId,
} from '../model';

/** The inbox's filters and sort, as they live in the address (Swedish parameter names). */
export type InboxFilters = {
  source: SourceId | null;
  type: CaseType | null;
  /** 'open' = everything but closed. */
  status: CaseStatus | 'open' | 'all';
  assignment: 'mine' | 'unassigned' | 'all';
  overdue: boolean;
  /**
   * An opaque patient reference, never an identity number: 'kontext' (the patient in context)
   * or the key of a case whose patient it is.
   */
  patient: string | null;
  text: string;
  sort: 'received' | 'due' | 'priority';
};

export const DEFAULT_FILTERS: InboxFilters = {
  source: null,
  type: null,
  status: 'open',
  assignment: 'all',
  overdue: false,
  patient: null,
  text: '',
  sort: 'received',
};

export const PATIENT_IN_CONTEXT = 'kontext';

/** How many filters differ from the defaults (the free text and the sort not counted). */
export const activeFilterCount = (filters: InboxFilters): number =>
  Number(filters.source !== null) +
  Number(filters.type !== null) +
  Number(filters.status !== DEFAULT_FILTERS.status) +
  Number(filters.assignment !== 'all') +
  Number(filters.overdue);

const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | null =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;

export function readFilters(params: URLSearchParams): InboxFilters {
  return {
    source: oneOf(params.get('kalla'), SOURCE_IDS),
    type: oneOf(params.get('typ'), Object.keys(CASE_TYPE_LABELS) as CaseType[]),
    status:
      oneOf(params.get('status'), [
        ...(Object.keys(CASE_STATUS_LABELS) as CaseStatus[]),
        'open',
        'all',
      ] as const) ?? DEFAULT_FILTERS.status,
    assignment: oneOf(params.get('tilldelning'), ['mine', 'unassigned', 'all'] as const) ?? 'all',
    overdue: params.get('forsenade') === 'ja',
    patient: params.get('patient'),
    text: params.get('q') ?? '',
    sort: oneOf(params.get('sortering'), ['received', 'due', 'priority'] as const) ?? 'received',
  };
}

/**
 * Only what differs from the defaults. Free text with (part of) an identity number in it is left
 * out: six digits in a row already are one's date of birth (src/lib/identity-number-like.ts).
 */
export function writeFilters(filters: InboxFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.source) params.set('kalla', filters.source);
  if (filters.type) params.set('typ', filters.type);
  if (filters.status !== DEFAULT_FILTERS.status) params.set('status', filters.status);
  if (filters.assignment !== 'all') params.set('tilldelning', filters.assignment);
  if (filters.overdue) params.set('forsenade', 'ja');
  if (filters.patient) params.set('patient', filters.patient);
  if (filters.text && !containsIdentityNumberPart(filters.text)) params.set('q', filters.text);
  if (filters.sort !== 'received') params.set('sortering', filters.sort);
  return params;
}

export type FilterContext = {
  myHsaId: string;
  now: number;
  /** The identity number the patient filter resolved to; null when none or unresolved. */
  patientIdentityNumber: string | null;
};

type Facet = 'source' | 'type' | 'status';

/** Each filter as a predicate; a facet's count applies every filter but its own. */
function predicates(filters: InboxFilters, context: FilterContext) {
  const words = filters.text.toLocaleLowerCase('sv').split(/\s+/).filter(Boolean);
  const digits = filters.text.replace(/\D/g, '');
  return {
    source: (c: Case) => !filters.source || c.source === filters.source,
    type: (c: Case) => !filters.type || c.type === filters.type,
    status: (c: Case) =>
      filters.status === 'all' ||
      (filters.status === 'open' ? isOpenCase(c) : c.status === filters.status),
    rest: (c: Case) =>
      (filters.assignment === 'all' ||
        (filters.assignment === 'mine'
          ? c.assignee?.hsaId === context.myHsaId
          : c.assignee === null)) &&
      (!filters.overdue || isOverdue(c, context.now)) &&
      (!filters.patient || c.patient?.identityNumber === context.patientIdentityNumber) &&
      words.every(
        (word) =>
          c.index.text.includes(word) || (digits.length >= 6 && c.index.text.includes(digits)),
      ),
  };
}

/**
 * Sorts by numeric keys copied into typed arrays first: comparing thousands of Case objects made
 * by four adapters (four object shapes) is several times slower than comparing numbers.
 */
export function sortCases(cases: Case[], sort: InboxFilters['sort']): Case[] {
  const n = cases.length;
  const first = new Float64Array(n);
  const second = new Float64Array(n);
  const third = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const { receivedMs, dueMs, priorityRank } = cases[i]!.index;
    if (sort === 'received') first[i] = -receivedMs;
    else if (sort === 'due') {
      first[i] = dueMs;
      second[i] = -receivedMs;
    } else {
      first[i] = priorityRank;
      second[i] = dueMs;
      third[i] = -receivedMs;
    }
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) order[i] = i;
  order.sort((a, b) => first[a]! - first[b]! || second[a]! - second[b]! || third[a]! - third[b]!);
  const sorted = new Array<Case>(n);
  for (let i = 0; i < n; i += 1) sorted[i] = cases[order[i]!]!;
  return sorted;
}

export type FacetCounts = Record<Facet, Record<string, number>>;

/** The cases to show, sorted, and the counts per source, type and status. */
export function applyFilters(
  cases: readonly Case[],
  filters: InboxFilters,
  context: FilterContext,
): { cases: Case[]; counts: FacetCounts } {
  const p = predicates(filters, context);
  const counts: FacetCounts = { source: {}, type: {}, status: {} };
  const shown: Case[] = [];
  const bump = (facet: Facet, value: string) => {
    counts[facet][value] = (counts[facet][value] ?? 0) + 1;
  };
  for (const c of cases) {
    if (!p.rest(c)) continue;
    const source = p.source(c);
    const type = p.type(c);
    const status = p.status(c);
    if (type && status) bump('source', c.source);
    if (source && status) bump('type', c.type);
    if (source && type) {
      bump('status', c.status);
      if (isOpenCase(c)) bump('status', 'open');
      bump('status', 'all');
    }
    if (source && type && status) shown.push(c);
  }
  return { cases: sortCases(shown, filters.sort), counts };
}

export const isOverdue = (c: Case, now: number): boolean => isOpenCase(c) && c.index.dueMs < now;
