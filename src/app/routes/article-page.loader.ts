import { documentQueryOptions, documentVersionsQueryOptions } from '@/features/knowledge/article';
import { ensureEach, queryClientOf, type PageData, type RouteLoaderArgs } from '../route-data';

/** `/kunskap/:id`: the text's current version and its list of versions. */
export async function loader(args: RouteLoaderArgs): Promise<PageData> {
  const id = args.params.id ?? '';
  const queryClient = queryClientOf(args);
  const [current] = await ensureEach(
    queryClient.ensureQueryData(documentQueryOptions(id)),
    queryClient.ensureQueryData(documentVersionsQueryOptions(id)),
  );
  return { title: current?.document.title };
}
