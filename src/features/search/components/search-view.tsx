import { useEffect, useId, useMemo, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { Alert, Button, EmptyState, SearchField, Select, SkipLink } from '@/components';
import { containsIdentityNumber } from '@/lib/identity-number-like';
import type { FacetKey, SearchResponse, SearchSort } from '../engine/types';
import { useMediaQuery } from '@/lib/use-media-query';
import { useQueryDraft } from '../hooks/use-query-draft';
import { useSearch } from '../api/search';
import { useSearchUrl } from '../hooks/use-search-url';
import { hitCount } from '../lib/format';
import {
  activeFilterCount,
  searchHref,
  searchRequestOf,
  toggleFilter,
  type SearchState,
} from '../lib/search-state';
import { ActiveFilters } from './active-filters';
import { FacetPanel } from './facet-panel';
import { FilterSheet } from './filter-sheet';
import { ResultList, ResultSkeleton } from './result-list';
import './search.css';

const SORT_OPTIONS = [
  { value: 'relevance', label: 'Relevans' },
  { value: 'updated', label: 'Senast uppdaterad' },
];

/** What the live region says (and the results' heading shows). */
function summaryOf(state: SearchState, response: SearchResponse | null, loading: boolean): string {
  if (!response) return loading ? 'Söker …' : '';
  const q = response.query.trim();
  const filters = activeFilterCount(state.filters);
  const withFilters = filters > 0 ? ` med ${filters} filter` : '';
  if (response.total === 0) return `Inga träffar${q ? ` för ”${q}”` : ''}${withFilters}`;
  return `${hitCount(response.total)}${q ? ` för ”${q}”` : ''}${withFilters}`;
}

/** Something failed that trying again may mend. */
function RetryAlert({
  title,
  onRetry,
  children,
}: {
  title: string;
  onRetry: () => void;
  children?: string;
}) {
  return (
    <Alert
      variant="error"
      title={title}
      live
      action={
        <Button variant="secondary" size="sm" onClick={onRetry}>
          Försök igen
        </Button>
      }
    >
      {children && <p>{children}</p>}
    </Alert>
  );
}

/** Why the hits stand in the order they do, when it is not relevance alone. */
function RankingNote({
  response,
  region,
  sort,
}: {
  response: SearchResponse;
  region: SearchRegion | null;
  sort: SearchSort;
}) {
  if (sort !== 'relevance' || response.total === 0) return null;
  const notes = [
    response.diagnosis &&
      `Diagnoskod ${response.diagnosis}: först texterna med koden som huvuddiagnos, vårdprogram först.`,
    region &&
      response.query.trim() &&
      `Texter från ${region.name} visas före andra som passar sökningen lika bra.`,
  ].filter(Boolean);
  if (notes.length === 0) return null;
  return <p className="search-muted search-ranking">{notes.join(' ')}</p>;
}

/** The reader's region (chosen in the header): its own texts rank higher. */
export type SearchRegion = { id: string; name: string };

export type SearchViewProps = {
  /** Lifts the region's own texts among the hits (a boost, not a filter). */
  region?: SearchRegion | null;
};

/**
 * The search page: search as you type (the search API answers), facets, chips, sort,
 * "Visa fler", "Menade du …?". Everything it shows is in the URL; the region's boost comes from
 * the reader's own choice, so a shared link finds the same texts for everyone.
 */
export function SearchView({ region = null }: SearchViewProps) {
  const { state, go } = useSearchUrl();
  const location = useLocation();
  const wide = useMediaQuery('(min-width: 48em)', true);
  const summaryId = useId();
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const resultsRef = useRef<HTMLDivElement>(null);
  const focusHitAt = useRef<number | null>(null);

  const draft = useQueryDraft(state.q, (q, replace) => go({ ...state, q, page: 1 }, { replace }));
  const refused =
    draft.identityNumber ||
    (location.state as { refusedIdentityNumber?: boolean } | null)?.refusedIdentityNumber === true;

  // An identity number that arrived in the URL (another page's box) leaves it at once.
  const urlHasIdentityNumber = containsIdentityNumber(state.q);
  useEffect(() => {
    if (urlHasIdentityNumber)
      go({ ...state, q: '' }, { replace: true, refusedIdentityNumber: true });
  }, [urlHasIdentityNumber, go, state]);

  const regionId = region?.id ?? null;
  const request = useMemo(
    () => (draft.identityNumber ? null : searchRequestOf(state, regionId)),
    [draft.identityNumber, state, regionId],
  );
  const results = useSearch(request);
  const response = request ? (results.data ?? null) : null;
  const hits = response?.hits ?? [];

  // After "Visa fler": focus the first new hit once it is there.
  const shown = hits.length;
  useEffect(() => {
    const at = focusHitAt.current;
    if (at === null || shown <= at) return;
    focusHitAt.current = null;
    resultsRef.current?.querySelectorAll<HTMLElement>('.search-hit__title a')[at]?.focus();
  }, [shown]);

  const update = (next: Partial<SearchState>, options?: { replace?: boolean }) => {
    draft.endBurst();
    go({ ...state, page: 1, ...next }, options);
  };
  const toggle = (key: FacetKey, value: string) =>
    update({ filters: toggleFilter(state.filters, key, value) });
  const clearFilters = () => {
    summaryRef.current?.focus();
    update({ filters: {} });
  };
  const removeFilter = (key: FacetKey, value: string) => {
    if (activeFilterCount(state.filters) === 1) summaryRef.current?.focus();
    toggle(key, value);
  };

  const filterCount = activeFilterCount(state.filters);
  const facets = response ? (
    <FacetPanel facets={response.facets} selection={state.filters} onToggle={toggle} />
  ) : (
    <p className="search-muted">Filtren visas när sökningen har svarat.</p>
  );
  // Until the first answer: grey stand-ins where the hits will be.
  const waiting = !response && request !== null && !results.isError;
  const summary = refused ? '' : summaryOf(state, response, results.isLoading);

  return (
    <div className="search-page stack stack--lg">
      <h1>Sök i kunskapsstödet</h1>
      <form
        role="search"
        aria-label="Kunskapsstöd"
        className="search-page__form"
        onSubmit={(event) => {
          event.preventDefault();
          draft.submit();
        }}
      >
        <SearchField
          label="Sök"
          hint="Ord, förkortning eller diagnoskod – till exempel KOL, CVK, J44 eller fallprevention."
          name="q"
          value={draft.draft}
          onChange={(event) => draft.setDraft(event.target.value)}
          onBlur={draft.endBurst}
          autoComplete="off"
          spellCheck={false}
          submitLabel="Sök"
        />
      </form>

      {/* Past the filters in one step: after a search, Tab, Enter and the hits are next. */}
      <SkipLink href={`#${summaryId}`} className="search-skip">
        Till sökresultaten
      </SkipLink>

      {refused && (
        <Alert variant="warning" title="Sök inte på personnummer här" live>
          <p>
            Kunskapsstödet söker bland texter, inte i journaler. Personnumret har inte sökts på och
            sparas inte i adressen. Ta bort det ur sökrutan.
          </p>
        </Alert>
      )}
      {results.isError && (
        <RetryAlert title="Sökningen misslyckades" onRetry={() => void results.refetch()}>
          {results.error.message}
        </RetryAlert>
      )}

      <div className="search-layout">
        <aside className="search-layout__filters" aria-label="Filter">
          {/*
           * Both ways to the filters are there from the first paint, and the screen's width shows
           * one (search.css): a page rendered on the server, which knows no width, does not move
           * when the app takes over on a phone. The facets sit in the one in use.
           */}
          <div className="stack search-filters__panel">
            <h2 className="search-layout__filters-heading">Filtrera</h2>
            {wide && facets}
          </div>
          <div className="search-filters__sheet">
            <FilterSheet
              selected={filterCount}
              total={response?.total ?? null}
              onClear={() => update({ filters: {} })}
            >
              {facets}
            </FilterSheet>
          </div>
        </aside>

        <section
          className="search-layout__results stack"
          aria-labelledby={summaryId}
          ref={resultsRef}
        >
          <div className="search-results__bar">
            {/* Named by its text: a live region inside a heading gives it no name of its own. */}
            <h2
              id={summaryId}
              ref={summaryRef}
              tabIndex={-1}
              className="search-results__summary"
              aria-labelledby={`${summaryId}-text`}
            >
              <span id={`${summaryId}-text`} role="status" aria-live="polite" aria-atomic="true">
                {summary || 'Träffar'}
              </span>
            </h2>
            <Select
              label="Sortera efter"
              options={SORT_OPTIONS}
              value={state.sort}
              onChange={(event) => update({ sort: event.target.value as SearchSort })}
              className="search-results__sort"
            />
          </div>

          <ActiveFilters
            filters={state.filters}
            facets={response?.facets ?? null}
            onRemove={removeFilter}
            onClear={clearFilters}
          />

          {response && <RankingNote response={response} region={region} sort={state.sort} />}

          {response?.didYouMean && (
            <p className="search-suggestion">
              Menade du{' '}
              <Link to={searchHref({ ...state, q: response.didYouMean, page: 1 })}>
                {response.didYouMean}
              </Link>
              ?
            </p>
          )}

          {response && response.total === 0 && (
            <EmptyState
              headingLevel={3}
              title="Inga träffar"
              action={
                filterCount > 0 ? (
                  <Button variant="secondary" onClick={clearFilters}>
                    Rensa alla filter
                  </Button>
                ) : undefined
              }
            >
              <ul className="search-advice">
                {filterCount > 0 && <li>Ta bort ett eller flera filter – de kan dölja träffar.</li>}
                <li>Kontrollera stavningen, eller skriv bara början av ordet.</li>
                <li>
                  Prova färre ord, ett annat ord för samma sak eller en förkortning (KOL, CVK).
                </li>
                <li>Sök på diagnosens namn eller ICD-10-kod, till exempel J44.</li>
              </ul>
            </EmptyState>
          )}

          {waiting && <ResultSkeleton />}
          {hits.length > 0 && <ResultList hits={hits} busy={results.isPlaceholderData} />}

          {response && hits.length < response.total && (
            <div className="search-more stack stack--sm">
              <p className="search-muted">
                Visar {hits.length} av {response.total}
              </p>
              <div>
                <Button
                  variant="secondary"
                  onClick={() => {
                    focusHitAt.current = hits.length;
                    update({ page: state.page + 1 }, { replace: true });
                  }}
                >
                  Visa fler träffar
                </Button>
              </div>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
