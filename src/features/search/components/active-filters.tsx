import { Button } from '@/components';
import { FACET_LABELS } from '../engine/facets';
import { FACET_KEYS, type FacetCounts, type FacetKey, type FacetSelection } from '../engine/types';

/** The label of a selected value: from the facet counts, or its code until they arrive. */
const labelOf = (facets: FacetCounts | null, key: FacetKey, value: string) =>
  facets?.[key].find((v) => v.value === value)?.label ?? value;

/** The chosen filters as removable chips, and "Rensa alla filter". */
export function ActiveFilters({
  filters,
  facets,
  onRemove,
  onClear,
}: {
  filters: FacetSelection;
  facets: FacetCounts | null;
  onRemove: (key: FacetKey, value: string) => void;
  onClear: () => void;
}) {
  const chips = FACET_KEYS.flatMap((key) =>
    (filters[key] ?? []).map((value) => ({ key, value, label: labelOf(facets, key, value) })),
  );
  if (chips.length === 0) return null;
  return (
    <div className="search-chips cluster">
      <ul className="search-chips__list cluster" aria-label="Valda filter">
        {chips.map((chip, i) => (
          <li key={`${chip.key}:${chip.value}`}>
            <button
              type="button"
              className="search-chip"
              aria-label={`Ta bort filtret ${FACET_LABELS[chip.key]}: ${chip.label}`}
              onClick={(event) => {
                // Focus moves to a neighbour before this chip goes away (the last one: the
                // page moves it).
                const items = event.currentTarget.closest('ul')?.querySelectorAll('button');
                (items?.[i + 1] ?? items?.[i - 1])?.focus();
                onRemove(chip.key, chip.value);
              }}
            >
              {FACET_LABELS[chip.key]}: {chip.label}
              <span className="search-chip__x" aria-hidden="true">
                ×
              </span>
            </button>
          </li>
        ))}
      </ul>
      <Button variant="ghost" size="sm" onClick={onClear}>
        Rensa alla filter
      </Button>
    </div>
  );
}
