import { useRegion, useRegionName } from '@/features/knowledge/region';
import { SearchView } from '@/features/search';

/**
 * `/sok`: search across every approved knowledge source (state in the URL). The region chosen
 * in the header lifts that region's own texts.
 */
export function SearchPage() {
  const [regionId] = useRegion();
  const regionName = useRegionName(regionId);
  return <SearchView region={regionId ? { id: regionId, name: regionName ?? regionId } : null} />;
}
