import { currentRegion } from '@/features/knowledge/region';
import { parseSearchState, searchQueryOptions, searchRequestOf } from '@/features/search';
import {
  ensureEach,
  queryClientOf,
  rendersOnServer,
  type PageData,
  type RouteLoaderArgs,
} from '../route-data';

/**
 * `/sok?…`: the first page of hits for the address. On the server (the search page rendered on
 * request, docs/decisions/0025-search-page-rendered-on-request.md) the page waits for them, so
 * they come in its HTML. In the browser the page shows at once with its stand-ins while the
 * answer is on its way; asking here only starts it before the page's code has loaded.
 */
export async function loader(args: RouteLoaderArgs): Promise<PageData> {
  const state = parseSearchState(new URL(args.request.url).searchParams);
  const request = searchRequestOf(state, currentRegion());
  if (!request) return null;
  const queryClient = queryClientOf(args);
  if (rendersOnServer(args))
    await ensureEach(queryClient.ensureQueryData(searchQueryOptions(request)));
  else void queryClient.prefetchQuery(searchQueryOptions(request));
  return null;
}
