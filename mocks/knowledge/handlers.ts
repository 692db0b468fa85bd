/**
 * The knowledge backend: sources, documents (current and earlier versions) and regional
 * additions. Open data – no login. Its own API shape, see docs/knowledge/README.md.
 */
import { http, HttpResponse } from 'msw';
import type { KnowledgeDocument, KnowledgeSource } from '../../src/lib/knowledge/schema';
import { errorResponse } from '../lib/api-errors';
import { liveStore } from './live-corpus';
import { storeFromCorpus, type KnowledgeCorpus, type KnowledgeStore } from './store';

// Matched on any origin: the app calls its own origin in the browser and in tests alike.
const BASE = '*/api/knowledge/v1';
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;

/** One version of a document as it was shown. */
export type DocumentVersion = Omit<KnowledgeDocument, 'history'>;
export type VersionInfo = {
  version: number;
  updated: string;
  changeNote: string | null;
  current: boolean;
};

const current = ({ history: _history, ...rest }: KnowledgeDocument): DocumentVersion => rest;

function olderVersion(doc: KnowledgeDocument, version: number): DocumentVersion | null {
  if (version === doc.version) return current(doc);
  const old = doc.history.find((h) => h.version === version);
  if (!old) return null;
  const { changeNote: _note, ...fields } = old;
  return { ...current(doc), ...fields };
}

export function versionList(doc: KnowledgeDocument): VersionInfo[] {
  return [
    { version: doc.version, updated: doc.updated, changeNote: null, current: true },
    ...[...doc.history]
      .sort((a, b) => b.version - a.version)
      .map((h) => ({
        version: h.version,
        updated: h.updated,
        changeNote: h.changeNote,
        current: false,
      })),
  ];
}

const etagOf = (doc: DocumentVersion) => `"${doc.id}@${doc.version}"`;

// Public, shared knowledge: caches may keep it a while, and revalidate with the ETag.
const CACHEABLE = { 'Cache-Control': 'public, max-age=60' };

function notFound(id: string) {
  return errorResponse(
    404,
    'document_not_found',
    `Det finns ingen text med id "${id}". Den kan ha tagits bort eller fått en ny adress.`,
  );
}

function readLimit(url: URL, fallback: number): number | null {
  const raw = url.searchParams.get('limit');
  if (raw === null || raw === '') return fallback;
  const limit = Number(raw);
  return Number.isInteger(limit) && limit >= 1 && limit <= MAX_LIMIT ? limit : null;
}

const badLimit = () =>
  errorResponse(400, 'invalid_limit', `limit ska vara ett heltal mellan 1 och ${MAX_LIMIT}.`);

function documentResponse(
  request: Request,
  sources: KnowledgeSource[],
  doc: DocumentVersion,
  current: boolean,
) {
  const etag = etagOf(doc);
  if (request.headers.get('If-None-Match') === etag) {
    return new HttpResponse(null, { status: 304, headers: { ETag: etag, ...CACHEABLE } });
  }
  const source = sources.find((s) => s.id === doc.source) ?? null;
  return HttpResponse.json(
    { document: doc, source, current },
    { headers: { ETag: etag, ...CACHEABLE } },
  );
}

/** The handlers over a store: the built corpus, or a test's small corpus (see knowledgeHandlersFor). */
export function createKnowledgeHandlers(store: KnowledgeStore = liveStore) {
  return [
    http.get(`${BASE}/sources`, async () => {
      return HttpResponse.json({ sources: await store.sources() }, { headers: CACHEABLE });
    }),

    http.get(`${BASE}/regions`, async () => {
      return HttpResponse.json({ regions: await store.regions() }, { headers: CACHEABLE });
    }),

    // Cursor paging: the cursor is the id of the last document of the previous page.
    http.get(`${BASE}/documents`, async ({ request }) => {
      const { documents } = await store.index();
      const url = new URL(request.url);
      const limit = readLimit(url, DEFAULT_LIMIT);
      if (limit === null) return badLimit();
      const cursor = url.searchParams.get('cursor');
      let start = 0;
      if (cursor) {
        const index = documents.findIndex((d) => d.id === cursor);
        if (index === -1) {
          return errorResponse(
            400,
            'invalid_cursor',
            'Sidmarkören är ogiltig. Börja om från början.',
          );
        }
        start = index + 1;
      }
      const page = documents.slice(start, start + limit);
      const more = start + limit < documents.length;
      return HttpResponse.json(
        {
          documents: page,
          total: documents.length,
          nextCursor: more ? (page.at(-1)?.id ?? null) : null,
        },
        { headers: CACHEABLE },
      );
    }),

    http.get<{ id: string }>(`${BASE}/documents/:id`, async ({ request, params }) => {
      const [sources, doc] = await Promise.all([store.sources(), store.document(params.id)]);
      if (!doc) return notFound(params.id);
      return documentResponse(request, sources, current(doc), true);
    }),

    http.get<{ id: string }>(`${BASE}/documents/:id/versions`, async ({ params }) => {
      const doc = await store.document(params.id);
      if (!doc) return notFound(params.id);
      return HttpResponse.json({ id: doc.id, versions: versionList(doc) }, { headers: CACHEABLE });
    }),

    http.get<{ id: string; version: string }>(
      `${BASE}/documents/:id/versions/:version`,
      async ({ request, params }) => {
        const [sources, doc] = await Promise.all([store.sources(), store.document(params.id)]);
        if (!doc) return notFound(params.id);
        const version = /^\d+$/.test(params.version)
          ? olderVersion(doc, Number(params.version))
          : null;
        if (!version) {
          return errorResponse(
            404,
            'version_not_found',
            `Texten "${doc.title}" har ingen version ${params.version}.`,
          );
        }
        return documentResponse(request, sources, version, version.version === doc.version);
      },
    ),

    http.get<{ region: string }>(
      `${BASE}/regions/:region/additions`,
      async ({ request, params }) => {
        const region = (await store.regions()).find((r) => r.id === params.region);
        if (!region) return errorResponse(404, 'region_not_found', 'Regionen finns inte.');
        const addsTo = new URL(request.url).searchParams.get('addsTo');
        const { documents } = await store.index();
        const ids = documents
          .filter((d) => d.region === region.id && d.addsTo !== null)
          .filter((d) => addsTo === null || d.addsTo === addsTo)
          .map((d) => d.id);
        const additions = (await Promise.all(ids.map((id) => store.document(id))))
          .filter((d): d is KnowledgeDocument => d !== null)
          .map(current);
        return HttpResponse.json({ region, additions }, { headers: CACHEABLE });
      },
    ),

    // National texts and, with ?region=, that region's own texts; newest first.
    http.get(`${BASE}/recent`, async ({ request }) => {
      const url = new URL(request.url);
      const limit = readLimit(url, 10);
      if (limit === null) return badLimit();
      const region = url.searchParams.get('region');
      const { documents } = await store.index();
      const recent = documents
        .filter((d) => d.region === null || d.region === region)
        .toSorted(
          (a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title, 'sv'),
        )
        .slice(0, limit);
      return HttpResponse.json({ documents: recent }, { headers: CACHEABLE });
    }),
  ];
}

/** The handlers over a corpus of the test's own, e.g. `server.use(...knowledgeHandlersFor(testCorpus))`. */
export const knowledgeHandlersFor = (corpus: KnowledgeCorpus) =>
  createKnowledgeHandlers(storeFromCorpus(corpus));

export const knowledgeHandlers = createKnowledgeHandlers();
