import {
  documentVersionQueryOptions,
  documentVersionsQueryOptions,
} from '@/features/knowledge/article';
import { ensureEach, queryClientOf, type PageData, type RouteLoaderArgs } from '../route-data';

/** The `:version` of the address as a number; null when it is none. */
export const versionNumber = (version = ''): number | null =>
  /^\d+$/.test(version) ? Number(version) : null;

/** `/kunskap/:id/version/:version`: that version, and the text's list of versions. */
export async function loader(args: RouteLoaderArgs): Promise<PageData> {
  const id = args.params.id ?? '';
  const version = versionNumber(args.params.version);
  // Not a number: the page says so; there is nothing to fetch.
  if (version === null) return null;
  const queryClient = queryClientOf(args);
  await ensureEach(
    queryClient.ensureQueryData(documentVersionQueryOptions(id, version)),
    queryClient.ensureQueryData(documentVersionsQueryOptions(id)),
  );
  return null;
}
