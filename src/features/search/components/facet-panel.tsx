import { useId, useState } from 'react';
import { Button, Checkbox } from '@/components';
import { FACET_LABELS } from '../engine/facets';
import { hitCount } from '../lib/format';
import {
  FACET_KEYS,
  type FacetCounts,
  type FacetKey,
  type FacetSelection,
  type FacetValueCount,
} from '../engine/types';

/** Values shown before "Visa alla"; selected values are always shown. */
const SHOWN = 6;

function FacetGroup({
  facet,
  values,
  selected,
  onToggle,
}: {
  facet: FacetKey;
  values: FacetValueCount[];
  /** From the URL: a click shows at once, before the counts for it arrive. */
  selected: readonly string[];
  onToggle: (facet: FacetKey, value: string) => void;
}) {
  const id = useId();
  const [all, setAll] = useState(false);
  const hidden = values.slice(SHOWN).filter((v) => !selected.includes(v.value)).length;
  const shown = all ? values : values.filter((v, i) => i < SHOWN || selected.includes(v.value));
  return (
    <fieldset className="search-facet">
      <legend className="search-facet__legend">{FACET_LABELS[facet]}</legend>
      <ul className="search-facet__values" id={`${id}-values`}>
        {shown.map((v, i) => (
          <li key={v.value}>
            <Checkbox
              id={`${id}-${i}`}
              checked={selected.includes(v.value)}
              onChange={() => onToggle(facet, v.value)}
              label={
                <>
                  {v.label}
                  <span className="visually-hidden">{`, ${hitCount(v.count)}`}</span>
                  <span className="search-facet__count" aria-hidden="true">
                    {v.count}
                  </span>
                </>
              }
            />
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <Button
          variant="ghost"
          size="sm"
          aria-expanded={all}
          aria-controls={`${id}-values`}
          onClick={() => setAll(!all)}
        >
          {all ? 'Visa färre' : `Visa alla ${values.length}`}
          <span className="visually-hidden"> {FACET_LABELS[facet].toLowerCase()}</span>
        </Button>
      )}
    </fieldset>
  );
}

/** The facets as groups of checkboxes: OR within a group, AND across groups. */
export function FacetPanel({
  facets,
  selection,
  onToggle,
}: {
  facets: FacetCounts;
  selection: FacetSelection;
  onToggle: (facet: FacetKey, value: string) => void;
}) {
  return (
    <div className="search-facets stack">
      {FACET_KEYS.filter((key) => facets[key].length > 0).map((key) => (
        <FacetGroup
          key={key}
          facet={key}
          values={facets[key]}
          selected={selection[key] ?? []}
          onToggle={onToggle}
        />
      ))}
    </div>
  );
}
