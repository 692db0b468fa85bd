import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { Alert, Button, Disclosure, Spinner } from '@/components';
import type { SourceState } from '../api/cases';
import { useInboxSettings } from '../hooks/use-inbox-settings';
import { useListProgress } from '../hooks/use-list-progress';
import { isForbidden } from '../sources/case-source';
import { casesText, countCases, openCasesText } from '../lib/counts';
import { formatTime } from '@/lib/format';

function useSlow(loading: boolean): boolean {
  const { slowAfterMs } = useInboxSettings();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!loading) return;
    const timer = setTimeout(() => setSlow(true), slowAfterMs);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [loading, slowAfterMs]);
  return slow;
}

function SourceProgress({
  state,
  commissionHsaId,
}: {
  state: SourceState;
  commissionHsaId: string;
}) {
  const progress = useListProgress(commissionHsaId, state.source.id);
  const loading = state.status === 'pending';
  const slow = useSlow(loading);
  let text: string;
  if (loading) {
    text =
      progress && progress.loaded > 0
        ? `hämtar … ${progress.loaded.toLocaleString('sv-SE')}${progress.total ? ` av ${progress.total.toLocaleString('sv-SE')}` : ''}`
        : 'hämtar …';
    if (slow) text += ' (svarar långsamt)';
  } else if (state.status === 'error') {
    text = state.cases
      ? `kunde inte uppdateras – visar ärenden från ${formatTime(state.updatedAt)}`
      : 'kunde inte hämtas';
  } else {
    // Its open cases: the summary above adds these up, and "Tjänst" shows the same number.
    text = casesText(countCases(state.cases ?? []).open);
  }
  return (
    <li className={`inbox-sources__item inbox-sources__item--${state.status}`}>
      {loading && <Spinner size="sm" />}
      <span>
        <strong>{state.source.name}</strong>: {text}
      </span>
    </li>
  );
}

/** "Vårdcentralen Norrbacka: 32 öppna ärenden, varav 29 olästa, från 5 tjänster:" */
function summaryText(states: SourceState[]): string {
  const answered = states.filter((s) => s.cases !== undefined);
  if (answered.length === 0) return `hämtar ärenden från ${states.length} tjänster …`;
  const { open, unread } = countCases(answered.flatMap((s) => s.cases!));
  const from =
    answered.length === states.length
      ? `${states.length} tjänster`
      : `${answered.length} av ${states.length} tjänster`;
  const loading = states.some((s) => s.status === 'pending') ? ' (hämtar fler …)' : '';
  return `${openCasesText(open)}, varav ${unread.toLocaleString('sv-SE')} ${unread === 1 ? 'oläst' : 'olästa'}, från ${from}${loading}:`;
}

/**
 * The inbox's numbers and each source's part of them (how loading goes while it loads), and a
 * banner with "Försök igen" for each source that failed. On a narrow screen the sources fold
 * under the summary; a failure's banner shows either way.
 */
export function SourceStatus({
  states,
  commissionHsaId,
  careUnitName,
  folded = false,
}: {
  states: SourceState[];
  commissionHsaId: string;
  careUnitName: string;
  folded?: boolean;
}) {
  const failed = states.filter((s) => s.status === 'error');
  const summary: ReactNode = (
    <>
      <strong>{careUnitName}</strong>: {summaryText(states)}
    </>
  );
  const list = (
    <ul className="inbox-sources" aria-label="Tjänster som inkorgen hämtar från">
      {states.map((state) => (
        <SourceProgress key={state.source.id} state={state} commissionHsaId={commissionHsaId} />
      ))}
    </ul>
  );
  return (
    <div className="inbox-overview">
      {folded ? (
        <Disclosure
          summary={<span className="inbox__summary">{summary}</span>}
          className="inbox-overview__folded"
        >
          {list}
        </Disclosure>
      ) : (
        <>
          <p className="inbox__summary">{summary}</p>
          {list}
        </>
      )}
      {failed.map((state) => {
        const error = state.error;
        const forbidden = isForbidden(error);
        return (
          <Alert
            key={state.source.id}
            variant={forbidden ? 'info' : 'error'}
            live={!forbidden}
            title={
              forbidden
                ? `Ingen åtkomst till ${state.source.name}`
                : `${state.source.name} kunde inte hämtas`
            }
            action={
              forbidden ? undefined : (
                <Button
                  variant="secondary"
                  size="sm"
                  onClick={state.refetch}
                  isLoading={state.isFetching}
                >
                  Försök igen<span className="visually-hidden"> att hämta {state.source.name}</span>
                </Button>
              )
            }
          >
            <p>
              {error?.message}{' '}
              {forbidden
                ? 'Ärendena från de andra tjänsterna visas nedan.'
                : 'Ärendena från de andra tjänsterna visas som vanligt.'}
            </p>
          </Alert>
        );
      })}
    </div>
  );
}
