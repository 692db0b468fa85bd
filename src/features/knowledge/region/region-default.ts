import { useEffect } from 'react';
import { regionOfCareProvider, useRegions } from '../api/regions';
import { setDefaultRegion } from './region-store';

/**
 * The region follows the active commission's care provider until the person chooses one
 * (ADR 0019): which provider is in which region is the corpus's data (regions.json), not code.
 * Logged out, or a provider in no region: no default.
 */
export function useDefaultRegionFrom(careProviderHsaId: string | null): void {
  const regions = useRegions();
  const region = regionOfCareProvider(regions.data ?? [], careProviderHsaId);
  useEffect(() => setDefaultRegion(region), [region]);
}
