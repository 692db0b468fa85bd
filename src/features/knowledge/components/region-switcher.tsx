import { Select } from '@/components';
import { useRegions } from '../api/regions';
import { useRegion } from '../region/region-store';
import './region-switcher.css';

/** The header's region choice: regional additions and regional texts follow it. */
export function RegionSwitcher() {
  const [region, setRegion] = useRegion();
  const regions = useRegions();
  const known = regions.data ?? [];
  const options = [
    { value: '', label: 'Ingen vald' },
    ...known.map((r) => ({ value: r.id, label: r.name })),
    // The choice stays visible while the list loads (or if the corpus has dropped it).
    ...(region && !known.some((r) => r.id === region) ? [{ value: region, label: region }] : []),
  ];
  return (
    <Select
      label="Region"
      className="region-switcher"
      selectClassName="region-switcher__select"
      options={options}
      value={region ?? ''}
      onChange={(event) => setRegion(event.target.value || null)}
    />
  );
}
