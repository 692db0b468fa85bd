import type { SearchIndexPayload } from '../engine/search-index';
import type { SearchRequest, SearchResponse } from '../engine/types';

/**
 * Messages between the page and the search worker. Every request carries an id; the answer
 * carries the same id, so the client can drop answers to queries the user has already typed
 * past.
 */
export type WorkerRequest =
  | { type: 'load'; id: number; url: string }
  | { type: 'load-payload'; id: number; payload: SearchIndexPayload }
  | { type: 'search'; id: number; request: SearchRequest };

export type WorkerResponse =
  | { type: 'ready'; id: number; documents: number; loadMs: number }
  | { type: 'result'; id: number; response: SearchResponse; searchMs: number }
  | { type: 'error'; id: number; message: string };

/** The URL of the prebuilt index, relative to the app's base. */
export const SEARCH_INDEX_PATH = 'search-index.json';
