import { currentRegion, recentDocumentsQueryOptions } from '@/features/knowledge';
import { ensureEach, queryClientOf, type PageData, type RouteLoaderArgs } from '../route-data';

/**
 * `/`: the recently updated texts, for the region the page will show (none in the build's
 * prerender; a chosen one follows after hydration).
 */
export async function loader(args: RouteLoaderArgs): Promise<PageData> {
  await ensureEach(
    queryClientOf(args).ensureQueryData(recentDocumentsQueryOptions(currentRegion())),
  );
  return null;
}
