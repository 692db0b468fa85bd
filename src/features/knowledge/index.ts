/**
 * Knowledge: light parts for every page (region choice, start page). The article pages'
 * parts (with DOMPurify) are in './article', loaded with their lazy routes.
 */
export { RegionSwitcher } from './components/region-switcher';
export { useRegion, setRegion, currentRegion, type RegionId } from './region/region-store';
export { useRegions, type Region } from './api/regions';
export { StartSearch } from './components/start-search';
export { TopicLinks, ProfessionLinks, OpenServices } from './components/entry-points';
export { RecentDocuments } from './components/recent-documents';
export { recentDocumentsQueryOptions } from './api/recent-documents';
export { listDocumentIds } from './api/list-document-ids';
