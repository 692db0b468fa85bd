/**
 * Search: the search page's parts (the engine runs in a Web Worker; see
 * docs/decisions/0004-search-engine.md). The engine itself is './engine' (no React).
 */
export { SearchView } from './components/search-view';
export { SearchClientProvider } from './components/search-client-provider';
export type { SearchClientFactory } from './hooks/search-engine-store';
export { parseSearchState, searchHref, type SearchState } from './lib/search-state';
