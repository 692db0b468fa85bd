import { SearchView } from '@/features/search';

/** `/sok`: search across every approved knowledge source (state in the URL). */
export function SearchPage() {
  return <SearchView />;
}
