/**
 * The search API's one implementation (docs/search-api.md): a request's parameters in, an answer
 * out. The search service (mocks/search/main.ts) serves it over plain HTTP; Vitest through MSW
 * (handlers.ts). The engine (src/features/search/engine, no React) answers over the knowledge
 * folder in use (mocks/knowledge/live-corpus.ts).
 *
 * Answers are the same for everyone: the corpus version, the day and the request decide them,
 * which is their ETag. The service keeps the latest answers, serialised and gzipped, so a query
 * asked again costs a lookup (popular queries repeat; the day and the corpus version are in the
 * key, so nothing stale is ever served).
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import {
  FACET_KEYS,
  type FacetSelection,
  type SearchRequest,
} from '../../src/features/search/engine/types';
import { liveCorpus } from '../knowledge/live-corpus';
import { looksLikeIdentityNumber } from './identity-number-rule';

export const SEARCH_PATH = '/api/search/v1/search';
export const MAX_QUERY_CHARS = 200;
export const MAX_LIMIT = 1_000;
export const MAX_OFFSET = 10_000;
const MAX_VALUES = 20;
/** SEARCH_ANSWER_CACHE=0 turns the cache off (the benchmark measures both). */
const CACHED_ANSWERS = Number(process.env.SEARCH_ANSWER_CACHE ?? 5_000);

const KNOWN = new Set<string>(['q', 'sort', 'offset', 'limit', 'boostRegion', ...FACET_KEYS]);
/** A region id as the corpus's regions.json writes them. */
const REGION_ID = /^[a-z0-9-]{1,40}$/;

export type SearchAnswer = {
  status: number;
  headers: Record<string, string>;
  /** The JSON body; null for 304. */
  body: string | null;
  /** The same body gzipped, for a client that takes it. */
  gzipped: Buffer | null;
};

type Parsed = { ok: true; request: SearchRequest } | { ok: false; message: string };

function integer(value: string | null, fallback: number, min: number, max: number, name: string) {
  if (value === null) return { value: fallback };
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    return { error: `${name} ska vara ett heltal från ${min} till ${max}.` };
  }
  return { value: Number(value) };
}

/** The request, checked; a message naming what was wrong otherwise. */
export function parseSearchParams(params: URLSearchParams): Parsed {
  for (const name of new Set(params.keys())) {
    if (!KNOWN.has(name)) return { ok: false, message: `Okänd parameter: ${name}.` };
  }
  const q = params.get('q') ?? '';
  if (params.getAll('q').length > 1) return { ok: false, message: 'q får bara anges en gång.' };
  if (q.length > MAX_QUERY_CHARS) {
    return { ok: false, message: `q får vara högst ${MAX_QUERY_CHARS} tecken.` };
  }
  const sort = params.get('sort') ?? 'relevance';
  if (sort !== 'relevance' && sort !== 'updated') {
    return { ok: false, message: 'sort ska vara relevance eller updated.' };
  }
  const offset = integer(params.get('offset'), 0, 0, MAX_OFFSET, 'offset');
  if ('error' in offset) return { ok: false, message: offset.error! };
  const limit = integer(params.get('limit'), 20, 1, MAX_LIMIT, 'limit');
  if ('error' in limit) return { ok: false, message: limit.error! };
  const boostRegion = params.get('boostRegion');
  if (
    params.getAll('boostRegion').length > 1 ||
    (boostRegion !== null && !REGION_ID.test(boostRegion))
  ) {
    return { ok: false, message: 'boostRegion ska vara ett regions-id, till exempel norrbacka.' };
  }
  const filters: FacetSelection = {};
  for (const key of FACET_KEYS) {
    const values = [...new Set(params.getAll(key).filter(Boolean))].sort();
    if (values.length > MAX_VALUES) {
      return { ok: false, message: `${key} får ha högst ${MAX_VALUES} värden.` };
    }
    if (values.some((value) => value.length > 100)) {
      return { ok: false, message: `Ett värde för ${key} är för långt.` };
    }
    if (values.length > 0) filters[key] = values;
  }
  return {
    ok: true,
    request: {
      query: q,
      filters,
      sort,
      offset: offset.value!,
      limit: limit.value!,
      ...(boostRegion ? { boostRegion } : {}),
    },
  };
}

const JSON_TYPE = 'application/json';
const CACHEABLE = { 'Cache-Control': 'public, max-age=60' };

/** The common error body of our APIs, as the service sends it. */
export function searchError(status: number, code: string, message: string): SearchAnswer {
  return {
    status,
    headers: { 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store' },
    body: JSON.stringify({ error: { code, message } }),
    gzipped: null,
  };
}

/** The Swedish date of today: the "updated" facet's buckets move with it. */
const today = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());

const answers = new Map<string, { body: string; gzipped: Buffer }>();

/** Answers `GET /api/search/v1/search?…`. */
export async function answerSearch(
  params: URLSearchParams,
  ifNoneMatch: string | null,
): Promise<SearchAnswer> {
  // Checked before anything else, and never echoed or logged: a search is no place for a
  // patient's identity number.
  if (looksLikeIdentityNumber(params.get('q') ?? '')) {
    return searchError(
      400,
      'identity_number_refused',
      'Sökningen tar inte emot personnummer eller samordningsnummer. Sök på ord i stället.',
    );
  }
  const parsed = parseSearchParams(params);
  if (!parsed.ok) return searchError(400, 'invalid_search', parsed.message);

  const corpus = liveCorpus();
  const day = today();
  const etag = `"${createHash('sha256')
    .update(`${corpus.version}|${day}|${JSON.stringify(parsed.request)}`)
    .digest('base64url')
    .slice(0, 27)}"`;
  const headers = { 'Content-Type': JSON_TYPE, ETag: etag, ...CACHEABLE };
  if (ifNoneMatch === etag) return { status: 304, headers, body: null, gzipped: null };

  let cached = answers.get(etag);
  if (cached) {
    // Most recently used last: the oldest goes first when the cache is full.
    answers.delete(etag);
  } else {
    const index = await corpus.index();
    const body = JSON.stringify(index.search({ ...parsed.request, now: day }));
    cached = { body, gzipped: gzipSync(body, { level: 4 }) };
    if (answers.size >= CACHED_ANSWERS) answers.delete(answers.keys().next().value!);
  }
  if (CACHED_ANSWERS > 0) answers.set(etag, cached);
  return { status: 200, headers, ...cached };
}

/** Tests and the benchmark: every answer computed afresh. */
export function forgetAnswers(): void {
  answers.clear();
}
