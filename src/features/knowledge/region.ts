/**
 * Knowledge: the reader's chosen region and the corpus's regions, light enough for any page
 * (no zod, none of the start page's or the article's parts).
 */
export { useRegion, setRegion, currentRegion, type RegionId } from './region/region-store';
export { useRegions, useRegionName, type Region } from './api/regions';
