import { useEffect, useState } from 'react';
import { Alert, Button, Spinner } from '@/components';
import { inboxSettings, useListProgress, type SourceState } from '../api/inbox-queries';
import { isForbidden } from '../sources/case-source';
import { casesText, formatTime } from '../lib/format';

function useSlow(loading: boolean): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!loading) return;
    const timer = setTimeout(() => setSlow(true), inboxSettings.slowAfterMs);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [loading]);
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
    text = casesText(state.cases?.length ?? 0);
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

/** Per source: how loading goes; a banner with "Försök igen" for each one that failed. */
export function SourceStatus({
  states,
  commissionHsaId,
}: {
  states: SourceState[];
  commissionHsaId: string;
}) {
  const failed = states.filter((s) => s.status === 'error');
  return (
    <div className="stack stack--sm">
      <ul className="inbox-sources" aria-label="Tjänster som inkorgen hämtar från">
        {states.map((state) => (
          <SourceProgress key={state.source.id} state={state} commissionHsaId={commissionHsaId} />
        ))}
      </ul>
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
