/**
 * The search API (docs/search-api.md): the knowledge corpus's search engine
 * (src/features/search/engine, no React) answering over HTTP, so the index stays on the server
 * and a phone gets a page of hits, the facet counts and the suggestion – never the corpus.
 *
 * `GET /api/search/v1/search?q=…&source=…&sort=…&offset=…&limit=…`: OR within a facet (repeat
 * the parameter), AND across facets. Answers are the same for everyone and carry an ETag (the
 * corpus version and the request), so browsers and caches keep them; `If-None-Match` gets 304.
 */
import { createHash } from 'node:crypto';
import { http, HttpResponse } from 'msw';
import {
  FACET_KEYS,
  type FacetSelection,
  type SearchRequest,
} from '../../src/features/search/engine/types';
import { containsIdentityNumber } from '../../src/lib/identity-number-like';
import { errorResponse } from '../lib/api-errors';
import { liveCorpus } from '../knowledge/live-corpus';

const BASE = '*/api/search/v1';

export const MAX_QUERY_CHARS = 200;
export const MAX_LIMIT = 1_000;
export const MAX_OFFSET = 10_000;
const MAX_VALUES = 20;

const CACHEABLE = { 'Cache-Control': 'public, max-age=60' };
const KNOWN = new Set<string>(['q', 'sort', 'offset', 'limit', ...FACET_KEYS]);

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
  const filters: FacetSelection = {};
  for (const key of FACET_KEYS) {
    const values = [...new Set(params.getAll(key).filter(Boolean))];
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
    request: { query: q, filters, sort, offset: offset.value!, limit: limit.value! },
  };
}

/** The Swedish date of today: the "updated" facet's buckets move with it. */
const today = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());

export const searchHandlers = [
  http.get(`${BASE}/search`, async ({ request }) => {
    const params = new URL(request.url).searchParams;
    // Checked before anything else, and never echoed or logged: a search is no place for a
    // patient's identity number.
    if (containsIdentityNumber(params.get('q') ?? '')) {
      return errorResponse(
        400,
        'identity_number_refused',
        'Sökningen tar inte emot personnummer eller samordningsnummer. Sök på ord i stället.',
      );
    }
    const parsed = parseSearchParams(params);
    if (!parsed.ok) return errorResponse(400, 'invalid_search', parsed.message);

    const corpus = liveCorpus();
    const day = today();
    // The corpus version, the day and the request decide the answer: that is its ETag.
    const etag = `"${createHash('sha256')
      .update(`${corpus.version}|${day}|${JSON.stringify(parsed.request)}`)
      .digest('base64url')
      .slice(0, 27)}"`;
    if (request.headers.get('If-None-Match') === etag) {
      return new HttpResponse(null, { status: 304, headers: { ETag: etag, ...CACHEABLE } });
    }
    const index = await corpus.index();
    const response = index.search({ ...parsed.request, now: day });
    return HttpResponse.json(response, { headers: { ETag: etag, ...CACHEABLE } });
  }),
];
