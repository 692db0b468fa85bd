import { Link } from 'react-router';
import { Alert, Badge } from '@/components';
import { formatDateTime } from '@/lib/format';
import type { DraftListEntry } from '../hooks/use-draft-list';

type DraftListProps = {
  entries: DraftListEntry[];
  /** Where a draft opens: the new-message screen, or its conversation for a reply. */
  hrefOf: (entry: DraftListEntry) => string;
  /** The service's list could not be read: the drafts this browser keeps are listed anyway. */
  error?: Error | null;
};

/** The person's unsent drafts in the mailbox, newest first. */
export function DraftList({ entries, hrefOf, error }: DraftListProps) {
  return (
    <div className="stack">
      {error && (
        <Alert variant="warning">
          Utkasten hos meddelandetjänsten gick inte att hämta. {error.message}
        </Alert>
      )}
      <ul className="sdk-list">
        {entries.map((entry) => (
          <li key={entry.id} className="sdk-list__item">
            <Link to={hrefOf(entry)} className="sdk-list__link">
              {entry.label.trim() || '(Ingen rubrik)'}
            </Link>
            {entry.refusal && (
              <Badge variant="danger" className="sdk-unread">
                Skickades inte
              </Badge>
            )}
            <p className="sdk-muted">
              {entry.conversationId ? 'Svar' : 'Nytt meddelande'}
              {entry.recipient
                ? ` till ${entry.recipient.mailboxName}`
                : ', ingen mottagare vald'}{' '}
              · ändrat <time dateTime={entry.updatedAt}>{formatDateTime(entry.updatedAt)}</time>
              {entry.onlyHere && ' · sparas hos meddelandetjänsten när den svarar'}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
