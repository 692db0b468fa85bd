/**
 * Search: the search page's parts; the search API answers (docs/search-api.md). The engine
 * itself is './engine' (no React): it runs in the search service, the CLI and the benchmark.
 */
export { SearchView, type SearchRegion, type SearchViewProps } from './components/search-view';
export {
  parseSearchState,
  searchHref,
  searchRequestOf,
  type SearchState,
} from './lib/search-state';
export { searchQueryOptions } from './api/search';
