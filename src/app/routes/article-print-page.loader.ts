import { documentQueryOptions } from '@/features/knowledge/article';
import { ensureEach, queryClientOf, type PageData, type RouteLoaderArgs } from '../route-data';

/** `/kunskap/:id/utskrift`: the text's current version. */
export async function loader(args: RouteLoaderArgs): Promise<PageData> {
  await ensureEach(queryClientOf(args).ensureQueryData(documentQueryOptions(args.params.id ?? '')));
  return null;
}
