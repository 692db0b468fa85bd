import { useState } from 'react';
import type { FormEvent } from 'react';
import { Alert, Button, EmptyState, Loading, TextField } from '@/components';
import { useAccessLogSearch, type AccessLogFilter } from '../api/access-log';
import { formatIdentityNumber, parseIdentityNumber } from '../identity-number';
import './access-log-review.css';

type AccessLogReviewProps = { commissionHsaId: string };

type FormErrors = { patient?: string; user?: string; dates?: string };

const HSA_ID = /^SE\d{10}-[0-9A-Za-z]+$/i;

const dateTime = new Intl.DateTimeFormat('sv-SE', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Europe/Stockholm',
});

/**
 * "Åtkomstlogg": the systematic follow-up of who read which patient's data. The backend shows
 * only the reviewer's own care provider's events, whatever the filter says. The filter is kept
 * in the page, not the address: it may hold an identity number.
 */
export function AccessLogReview({ commissionHsaId }: AccessLogReviewProps) {
  const [filter, setFilter] = useState<AccessLogFilter>({});
  const [errors, setErrors] = useState<FormErrors>({});
  const search = useAccessLogSearch(filter, commissionHsaId);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const next: AccessLogFilter = {};
    const found: FormErrors = {};

    if (text('patient')) {
      const parsed = parseIdentityNumber(text('patient'));
      if (parsed.ok) next.patient = parsed.identityNumber.value;
      else found.patient = parsed.message;
    }
    if (text('user')) {
      if (HSA_ID.test(text('user'))) next.user = text('user').toUpperCase();
      else found.user = 'Ange användarens HSA-id, till exempel SE2321000016-E1001.';
    }
    if (text('from')) next.from = text('from');
    if (text('to')) next.to = text('to');
    if (next.from && next.to && next.from > next.to) {
      found.dates = 'Från-datumet kan inte vara efter till-datumet.';
    }
    setErrors(found);
    if (Object.keys(found).length === 0) setFilter(next);
  };

  return (
    <div className="stack">
      <form
        className="access-log-filter"
        onSubmit={onSubmit}
        noValidate
        aria-label="Filtrera åtkomstloggen"
      >
        <TextField
          name="patient"
          label="Patient"
          hint="Personnummer eller samordningsnummer"
          autoComplete="off"
          error={errors.patient}
        />
        <TextField
          name="user"
          label="Användare"
          hint="HSA-id, till exempel SE2321000016-E1001"
          autoComplete="off"
          error={errors.user}
        />
        <TextField name="from" type="date" label="Från och med" error={errors.dates} />
        <TextField name="to" type="date" label="Till och med" />
        <div className="access-log-filter__actions">
          <Button type="submit" variant="primary">
            Sök i loggen
          </Button>
        </div>
      </form>

      {search.isPending ? (
        <Loading label="Hämtar åtkomsthändelser …" />
      ) : search.isError ? (
        <Alert
          variant="error"
          title="Åtkomstloggen kunde inte hämtas"
          action={<Button onClick={() => void search.refetch()}>Försök igen</Button>}
        >
          {search.error.message}
        </Alert>
      ) : search.data.events.length === 0 ? (
        <EmptyState
          title="Inga åtkomsthändelser"
          text="Inga händelser hos din vårdgivare matchar filtret. Ändra filtret och sök igen."
        />
      ) : (
        <div className="access-log-table">
          <table>
            <caption>
              {search.data.events.length}{' '}
              {search.data.events.length === 1 ? 'åtkomsthändelse' : 'åtkomsthändelser'} hos{' '}
              {search.data.careProvider.name}
              {search.data.truncated && ' (de senaste visas – gör filtret snävare)'}
            </caption>
            <thead>
              <tr>
                <th scope="col">Tidpunkt</th>
                <th scope="col">Patient</th>
                <th scope="col">Användare</th>
                <th scope="col">Vårdenhet</th>
                <th scope="col">Åtgärd</th>
                <th scope="col">Vad som visades</th>
                <th scope="col">Loggat av</th>
              </tr>
            </thead>
            <tbody>
              {search.data.events.map((event) => (
                <tr key={`${event.userHsaId}:${event.idempotencyKey}`}>
                  <td>{dateTime.format(new Date(event.occurredAt))}</td>
                  <td className="access-log-table__number">
                    {formatIdentityNumber(event.patient)}
                  </td>
                  <td>
                    {event.userName}
                    <br />
                    <span className="ds-text-muted ds-text-sm">{event.userHsaId}</span>
                  </td>
                  <td>{event.careUnitName}</td>
                  <td>{event.action}</td>
                  <td>{event.shown}</td>
                  <td>{event.recordedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
