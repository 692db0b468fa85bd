import { useId } from 'react';
import { Button, Checkbox, Disclosure, SearchField, Select } from '@/components';
import {
  CASE_STATUS_LABELS,
  CASE_TYPE_LABELS,
  type CaseStatus,
  type CaseType,
  type SourceId,
} from '../model';
import { CASE_SOURCES } from '../sources/registry';
import { activeFilterCount, type FacetCounts, type InboxFilters } from '../lib/filters';

export type InboxFiltersProps = {
  filters: InboxFilters;
  counts: FacetCounts;
  onChange: (next: Partial<InboxFilters>) => void;
  onClear: () => void;
  /** The free text as typed (it may stay out of the address). */
  text: string;
  onTextChange: (text: string) => void;
  /**
   * A laptop or wider: the filters in one row above the list (sorting and "Rensa filter" sit
   * by the count). Narrower: the search, and the rest folded under "Filter och sortering".
   */
  wide: boolean;
};

const withCount = (label: string, count: number | undefined) =>
  `${label} (${(count ?? 0).toLocaleString('sv-SE')})`;

type ChoiceProps = Pick<InboxFiltersProps, 'filters' | 'counts' | 'onChange'>;

function FilterChoices({ filters, counts, onChange }: ChoiceProps) {
  return (
    <>
      <Select
        label="Tjänst"
        className="inbox-filters__source"
        value={filters.source ?? ''}
        onChange={(event) => onChange({ source: (event.target.value || null) as SourceId | null })}
        options={[
          {
            value: '',
            label: withCount(
              'Alla tjänster',
              Object.values(counts.source).reduce((a, b) => a + b, 0),
            ),
          },
          ...CASE_SOURCES.map((s) => ({
            value: s.id,
            label: withCount(s.name, counts.source[s.id]),
          })),
        ]}
      />
      <Select
        label="Typ av ärende"
        className="inbox-filters__type"
        value={filters.type ?? ''}
        onChange={(event) => onChange({ type: (event.target.value || null) as CaseType | null })}
        options={[
          { value: '', label: 'Alla typer' },
          ...(Object.keys(CASE_TYPE_LABELS) as CaseType[])
            .filter((type) => counts.type[type] || filters.type === type)
            .map((type) => ({
              value: type,
              label: withCount(CASE_TYPE_LABELS[type], counts.type[type]),
            })),
        ]}
      />
      <Select
        label="Status"
        className="inbox-filters__status"
        value={filters.status}
        onChange={(event) => onChange({ status: event.target.value as InboxFilters['status'] })}
        options={[
          { value: 'open', label: withCount('Alla öppna', counts.status.open) },
          ...(Object.keys(CASE_STATUS_LABELS) as CaseStatus[]).map((status) => ({
            value: status,
            label: withCount(CASE_STATUS_LABELS[status], counts.status[status]),
          })),
          { value: 'all', label: withCount('Alla, även avslutade', counts.status.all) },
        ]}
      />
      <Select
        label="Tilldelning"
        className="inbox-filters__assignment"
        value={filters.assignment}
        onChange={(event) =>
          onChange({ assignment: event.target.value as InboxFilters['assignment'] })
        }
        options={[
          { value: 'all', label: 'Alla' },
          { value: 'mine', label: 'Mina' },
          { value: 'unassigned', label: 'Ej tilldelade' },
        ]}
      />
      <Checkbox
        label="Bara försenade"
        checked={filters.overdue}
        onChange={(event) => onChange({ overdue: event.target.checked })}
        className="inbox-filters__overdue"
      />
    </>
  );
}

/** "Sortera efter": in the folded filters on a narrow screen, by the count on a wide one. */
export function InboxSort({
  sort,
  onChange,
  inline = false,
}: {
  sort: InboxFilters['sort'];
  onChange: (next: Partial<InboxFilters>) => void;
  inline?: boolean;
}) {
  return (
    <Select
      label="Sortera efter"
      className={inline ? 'inbox-sort inbox-sort--inline' : 'inbox-sort'}
      value={sort}
      onChange={(event) => onChange({ sort: event.target.value as InboxFilters['sort'] })}
      options={[
        { value: 'received', label: 'Senast inkomna först' },
        { value: 'due', label: 'Svarsdatum, närmast först' },
        { value: 'priority', label: 'Prioritet, högst först' },
      ]}
    />
  );
}

export function InboxFilterBar({
  filters,
  counts,
  onChange,
  onClear,
  text,
  onTextChange,
  wide,
}: InboxFiltersProps) {
  const hintId = useId();
  const active = activeFilterCount(filters);
  return (
    <form
      className={`inbox-filters inbox-filters--${wide ? 'toolbar' : 'folded'}`}
      aria-label="Filtrera och sortera ärenden"
      onSubmit={(event) => event.preventDefault()}
    >
      {/* The hint as a short placeholder on screen and in full for screen readers: one row. */}
      <SearchField
        label="Sök bland ärendena"
        placeholder="Rubrik, namn, personnummer …"
        aria-describedby={hintId}
        value={text}
        onChange={(event) => onTextChange(event.target.value)}
        className="inbox-filters__text"
      />
      <span id={hintId} className="visually-hidden">
        Rubrik, patientens namn eller personnummer, ärendenummer
      </span>
      {wide ? (
        <FilterChoices filters={filters} counts={counts} onChange={onChange} />
      ) : (
        <Disclosure
          summary="Filter och sortering"
          count={active > 0 ? active : undefined}
          className="inbox-filters__folded"
        >
          <div className="inbox-filters__choices">
            <FilterChoices filters={filters} counts={counts} onChange={onChange} />
            <InboxSort sort={filters.sort} onChange={onChange} />
            <div className="inbox-filters__clear">
              <Button variant="ghost" size="sm" onClick={onClear}>
                Rensa filter
              </Button>
            </div>
          </div>
        </Disclosure>
      )}
    </form>
  );
}
