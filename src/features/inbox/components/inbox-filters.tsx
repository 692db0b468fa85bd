import type { ReactNode } from 'react';
import { Button, Checkbox, Disclosure, SearchField, Select } from '@/components';
import { useMediaQuery } from '@/lib/use-media-query';
import {
  CASE_STATUS_LABELS,
  CASE_TYPE_LABELS,
  type CaseStatus,
  type CaseType,
  type SourceId,
} from '../model';
import { CASE_SOURCES } from '../sources/registry';
import type { FacetCounts, InboxFilters } from '../lib/filters';

export type InboxFiltersProps = {
  filters: InboxFilters;
  counts: FacetCounts;
  onChange: (next: Partial<InboxFilters>) => void;
  onClear: () => void;
  /** The free text as typed (it may stay out of the address). */
  text: string;
  onTextChange: (text: string) => void;
};

const withCount = (label: string, count: number | undefined) =>
  `${label} (${(count ?? 0).toLocaleString('sv-SE')})`;

export function InboxFilterBar({
  filters,
  counts,
  onChange,
  onClear,
  text,
  onTextChange,
}: InboxFiltersProps) {
  // On a phone or a narrow window the choices fold away, so the first cases are in the first
  // screen; the free-text search stays in view.
  const wide = useMediaQuery('(min-width: 48em)', true);
  const active =
    Number(filters.source !== null) +
    Number(filters.type !== null) +
    Number(filters.status !== 'open') +
    Number(filters.assignment !== 'all') +
    Number(filters.overdue);
  const choices: ReactNode = (
    <>
      <Select
        label="Tjänst"
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
      <Select
        label="Sortera efter"
        value={filters.sort}
        onChange={(event) => onChange({ sort: event.target.value as InboxFilters['sort'] })}
        options={[
          { value: 'received', label: 'Senast inkomna först' },
          { value: 'due', label: 'Svarsdatum, närmast först' },
          { value: 'priority', label: 'Prioritet, högst först' },
        ]}
      />
      <Checkbox
        label="Bara försenade"
        checked={filters.overdue}
        onChange={(event) => onChange({ overdue: event.target.checked })}
        className="inbox-filters__overdue"
      />
      <div className="inbox-filters__clear">
        <Button variant="ghost" size="sm" onClick={onClear}>
          Rensa filter
        </Button>
      </div>
    </>
  );

  return (
    <form
      className="inbox-filters"
      aria-label="Filtrera och sortera ärenden"
      onSubmit={(event) => event.preventDefault()}
    >
      <SearchField
        label="Sök bland ärendena"
        hint="Rubrik, patientens namn eller personnummer, ärendenummer"
        value={text}
        onChange={(event) => onTextChange(event.target.value)}
        className="inbox-filters__text"
      />
      {wide ? (
        choices
      ) : (
        <Disclosure
          summary="Filter och sortering"
          count={active > 0 ? active : undefined}
          className="inbox-filters__folded"
        >
          <div className="inbox-filters">{choices}</div>
        </Disclosure>
      )}
    </form>
  );
}
