import { useState } from 'react';
import { Alert, Badge, Button } from '@/components';
import { formatDateTime } from '../lib/format';
import type { OutboxItem } from '../storage/db';
import { useOutboxActions } from '../hooks/use-outbox';
import { STATUS_TEXT, STATUS_VARIANT } from '../lib/status';

type OutboxListProps = {
  items: OutboxItem[];
  /** Show who each message goes to (in the mailbox's list; a conversation knows already). */
  showRecipient?: boolean;
  /** After "Ändra" returned the message to its draft. */
  onReturnedToDraft?: (item: OutboxItem) => void;
};

const EDIT_NOTICES = {
  'draft-exists':
    'Det finns redan ett utkast där. Skicka eller radera det först; meddelandet ligger kvar här.',
  gone: 'Meddelandet hann lämna utkorgen innan det kunde ändras: det är skickat, eller tillbaka i utkastet med skälet till att det inte togs emot.',
} as const;

/** Messages not yet accepted by the service: waiting, or failed with "Försök igen". */
export function OutboxList({ items, showRecipient = false, onReturnedToDraft }: OutboxListProps) {
  const { retry, returnToDraft } = useOutboxActions();
  const [busy, setBusy] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const onRetry = async (item: OutboxItem) => {
    setBusy(item.messageId);
    setNotice(null);
    try {
      const outcome = await retry(item.messageId);
      if (outcome.status === 'sent') setNotice(`”${item.draft.label}” är skickat.`);
    } finally {
      setBusy(null);
    }
  };

  const onEdit = async (item: OutboxItem) => {
    setEditing(item.messageId);
    setNotice(null);
    try {
      // Waits for a send of this message that is under way.
      const outcome = await returnToDraft(item.messageId);
      if (outcome === 'returned') onReturnedToDraft?.(item);
      else setNotice(EDIT_NOTICES[outcome]);
    } finally {
      setEditing(null);
    }
  };

  return (
    <div className="stack">
      {notice && <Alert variant="info">{notice}</Alert>}
      {items.length > 0 && (
        <ul className="sdk-outbox">
          {items.map((item) => (
            <li key={item.messageId} className="sdk-outbox__item stack">
              <p>
                <strong>{item.draft.label}</strong>
                {showRecipient && item.draft.recipient && (
                  <> till {item.draft.recipient.mailboxName}</>
                )}{' '}
                <span className="sdk-muted">· {formatDateTime(item.createdAt)}</span>
              </p>
              <p>
                <Badge variant={STATUS_VARIANT[item.state]}>
                  Status: {STATUS_TEXT[item.state].toLowerCase()}
                </Badge>
              </p>
              {item.error && <p>{item.error}</p>}
              <div className="cluster">
                <Button
                  size="sm"
                  variant={item.state === 'failed' ? 'primary' : 'secondary'}
                  isLoading={busy === item.messageId}
                  loadingText="Skickar …"
                  onClick={() => void onRetry(item)}
                >
                  Försök igen
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  isLoading={editing === item.messageId}
                  loadingText="Tar tillbaka …"
                  onClick={() => void onEdit(item)}
                >
                  Ändra
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
