import { useRegionalAdditions } from '../api/regional-additions';
import { useRegionName } from '../api/regions';
import { useRegion } from '../region/region-store';
import type { TocEntry } from './table-of-contents';

/** The section at the end of the text that holds the chosen region's additions. */
export const REGIONAL_SECTION_ID = 'regional-heading';
export const additionHeadingId = (id: string) => `tillagg-${id}`;

/**
 * The chosen region and its additions to a national text. `applies` is false for a text the
 * region cannot add to (a regional text, an earlier version): nothing is fetched then.
 */
export function useChosenRegionAdditions(documentId: string, applies: boolean) {
  const [region] = useRegion();
  const regionName = useRegionName(region);
  const query = useRegionalAdditions(applies ? region : null, documentId);
  const additions = applies && region ? (query.data?.additions ?? []) : [];
  return { region: applies ? region : null, regionName, query, additions };
}

export type ChosenRegionAdditions = ReturnType<typeof useChosenRegionAdditions>;

/** The region's section as a line of the contents, once it has something to show. */
export function regionalTocEntries({ regionName, additions }: ChosenRegionAdditions): TocEntry[] {
  if (additions.length === 0) return [];
  return [
    {
      id: REGIONAL_SECTION_ID,
      text: `Regionalt tillägg – ${regionName}`,
      children: additions.map((addition) => ({
        id: additionHeadingId(addition.id),
        text: addition.title,
      })),
      regional: true,
    },
  ];
}
