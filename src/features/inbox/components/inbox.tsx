import { useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, Button, EmptyState, Loading } from '@/components';
import { paths } from '@/config/paths';
import { formatIdentityNumber } from '@/lib/format';
import { containsIdentityNumberPart } from '@/lib/identity-number-like';
import { useMediaQuery } from '@/lib/use-media-query';
import { useInboxSources } from '../api/cases';
import {
  activeFilterCount,
  applyFilters,
  DEFAULT_FILTERS,
  PATIENT_IN_CONTEXT,
  readFilters,
  writeFilters,
  type InboxFilters,
} from '../lib/filters';
import { casesText } from '../lib/counts';
import type { Case, InboxContext } from '../model';
import { CaseList } from './case-list';
import { InboxFilterBar, InboxSort } from './inbox-filters';
import { SourceStatus } from './source-status';
import './inbox.css';

export type PatientInContext = { identityNumber: string; name?: string | null };

export type InboxProps = {
  context: InboxContext;
  /** The patient in context (from the patient-context feature), for "Visa ärenden för …". */
  patientInContext?: PatientInContext | null;
  /** The open case, when the case route is active. */
  children?: ReactNode;
};

/** A clock for "overdue" that moves on by itself once a minute. */
function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export function Inbox({ context, patientInContext = null, children }: InboxProps) {
  const sources = useInboxSources(context);
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => readFilters(searchParams), [searchParams]);
  // Free text that looks like an identity number never goes into the address: it lives here.
  const [text, setText] = useState(filters.text);
  const deferredText = useDeferredValue(text);
  const now = useNow();
  // Cases that arrive after this moment wait behind "N nya ärenden – visa".
  const [shownUntil, setShownUntil] = useState(() => Date.now());

  const allCases = useMemo(() => sources.flatMap((s) => s.cases ?? []), [sources]);
  const fresh = useMemo(
    () => allCases.filter((c) => c.index.receivedMs > shownUntil),
    [allCases, shownUntil],
  );

  const patientIdentityNumber = useMemo(() => {
    if (!filters.patient) return null;
    if (filters.patient === PATIENT_IN_CONTEXT) return patientInContext?.identityNumber ?? null;
    return allCases.find((c) => c.key === filters.patient)?.patient?.identityNumber ?? null;
  }, [filters.patient, patientInContext, allCases]);

  // The filters' counts are over every case that has arrived, as the header's and the
  // summary's are; only the list waits with the new ones until "visa".
  const { cases: matching, counts } = useMemo(
    () =>
      applyFilters(
        allCases,
        { ...filters, text: deferredText },
        { myHsaId: context.me.hsaId, now, patientIdentityNumber },
      ),
    [allCases, filters, deferredText, context.me.hsaId, now, patientIdentityNumber],
  );
  const cases = useMemo(
    () =>
      fresh.length === 0 ? matching : matching.filter((c) => c.index.receivedMs <= shownUntil),
    [matching, fresh, shownUntil],
  );
  // A laptop or wider: the filters in one row, the list and the open case side by side.
  const wide = useMediaQuery('(min-width: 64em)', true);

  const update = (next: Partial<InboxFilters>) =>
    setSearchParams(writeFilters({ ...filters, text, ...next }), { replace: true });

  const changeText = (value: string) => {
    setText(value);
    const inAddress = containsIdentityNumberPart(value) ? '' : value;
    if (inAddress !== filters.text) update({ text: inAddress });
  };

  const clear = () => {
    setText('');
    setSearchParams(writeFilters(DEFAULT_FILTERS), { replace: true });
  };

  const search = searchParams.toString();
  const caseHref = (c: Case) =>
    `${paths.inboxCase.getHref(c.source, c.id)}${search ? `?${search}` : ''}`;

  const patientName = (() => {
    if (!filters.patient) return null;
    const match = allCases.find((c) => c.patient?.identityNumber === patientIdentityNumber);
    if (match?.patient) return match.patient.name;
    if (filters.patient === PATIENT_IN_CONTEXT && patientInContext)
      return patientInContext.name ?? formatIdentityNumber(patientInContext.identityNumber);
    return null;
  })();

  const loading = sources.every((s) => s.status === 'pending');
  const anyLoaded = sources.some((s) => s.cases !== undefined);

  const filtered = activeFilterCount(filters) > 0 || text !== '';
  return (
    <div className={`inbox${children ? ' inbox--case-open' : ''}`}>
      <div className="inbox__head">
        <h1>Inkorg</h1>
        <SourceStatus
          states={sources}
          commissionHsaId={context.commissionHsaId}
          careUnitName={context.careUnitName}
          folded={!wide}
        />
      </div>

      <InboxFilterBar
        filters={filters}
        counts={counts}
        onChange={update}
        onClear={clear}
        text={text}
        onTextChange={changeText}
        wide={wide}
      />

      <div className="inbox__body">
        <section className="inbox__list stack stack--sm" aria-labelledby="inbox-cases-heading">
          <h2 id="inbox-cases-heading" className="visually-hidden">
            Ärenden
          </h2>
          {patientInContext && filters.patient !== PATIENT_IN_CONTEXT && (
            <div>
              <Button
                variant="secondary"
                size="sm"
                onClick={() => update({ patient: PATIENT_IN_CONTEXT })}
              >
                Visa ärenden för {patientInContext.name ?? 'patienten i kontext'}
              </Button>
            </div>
          )}
          {filters.patient && (
            <div className="cluster">
              <span>
                Visar ärenden för{' '}
                <strong>{patientName ?? 'en patient som inte längre finns i listan'}</strong>
              </span>
              <Button variant="ghost" size="sm" onClick={() => update({ patient: null })}>
                Visa alla patienter
              </Button>
            </div>
          )}
          <div className="inbox__count-row">
            <p role="status" className="inbox__count">
              {anyLoaded ? `Visar ${casesText(cases.length)}.` : ''}
              {fresh.length > 0 && (
                <span className="visually-hidden"> Nya ärenden har kommit.</span>
              )}
            </p>
            {fresh.length > 0 && (
              <Button variant="primary" size="sm" onClick={() => setShownUntil(Date.now())}>
                {fresh.length === 1 ? '1 nytt ärende' : `${fresh.length} nya ärenden`} – visa
              </Button>
            )}
            {wide && (
              <div className="inbox__list-tools">
                {filtered && (
                  <Button variant="ghost" size="sm" onClick={clear}>
                    Rensa filter
                  </Button>
                )}
                <InboxSort sort={filters.sort} onChange={update} inline />
              </div>
            )}
          </div>
          {loading && !anyLoaded ? (
            <Loading label="Hämtar ärenden …" />
          ) : cases.length > 0 ? (
            <CaseList cases={cases} caseHref={caseHref} now={now} />
          ) : allCases.length === fresh.length && sources.every((s) => s.status !== 'pending') ? (
            <EmptyState
              title="Inga ärenden"
              text={`Det finns inga ärenden för ${context.careUnitName} just nu.`}
            />
          ) : anyLoaded ? (
            <EmptyState
              title="Inga ärenden matchar filtren"
              text="Ändra filtren eller rensa dem för att se alla ärenden."
              action={<Button onClick={clear}>Rensa filter</Button>}
            />
          ) : null}
          {!anyLoaded && sources.every((s) => s.status === 'error') && (
            <Alert variant="error" title="Inga tjänster svarar just nu">
              <p>Försök igen om en stund, eller öppna tjänsterna direkt från Mina tjänster.</p>
            </Alert>
          )}
        </section>
        {children ? (
          <div className="inbox__case">{children}</div>
        ) : (
          // Beside the list on a wide screen: a short word on what goes here, not an empty box.
          wide && (
            <div className="inbox__pane-hint">
              <p>Välj ett ärende i listan så visas det här.</p>
              <p className="ds-text-sm ds-text-muted">
                Pil upp och ned, eller j och k, flyttar i listan. Enter öppnar ärendet och Esc
                stänger det.
              </p>
            </div>
          )
        )}
      </div>
    </div>
  );
}
