import { Select } from '@/components';
import { REGIONS } from '@/lib/knowledge/vocabulary';
import { useRegion, type RegionId } from '../region/region-store';
import './region-switcher.css';

const OPTIONS = [
  { value: '', label: 'Ingen vald' },
  ...REGIONS.map((r) => ({ value: r.id, label: r.name })),
];

/** The header's region choice: regional additions and regional texts follow it. */
export function RegionSwitcher() {
  const [region, setRegion] = useRegion();
  return (
    <Select
      label="Region"
      className="region-switcher"
      selectClassName="region-switcher__select"
      options={OPTIONS}
      value={region?.id ?? ''}
      onChange={(event) => setRegion((event.target.value || null) as RegionId | null)}
    />
  );
}
