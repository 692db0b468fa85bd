import { useState } from 'react';
import { Alert, Badge, Button } from '@/components';
import { formatDateTime } from '@/lib/format';
import type { OutboxItem } from '../storage/outbox';
import { useOutboxActions } from '../hooks/use-outbox';
import { STATUS_TEXT, STATUS_VARIANT } from '../lib/status';
import type { MessagesContext } from '../types';

type OutboxListProps = {
  context: MessagesContext;
  items: OutboxItem[];
  /** Show who each message goes to (in the mailbox's list; a conversation knows already). */
  showRecipient?: boolean;
  /** After "Ändra" returned the message to its draft. */
  onReturnedToDraft?: (item: OutboxItem) => void;
};

const GONE_NOTICE =
  'Meddelandet hann lämna utkorgen innan det kunde ändras: det är skickat, eller tillbaka i utkastet med skälet till att det inte togs emot.';

/** Messages not yet accepted by the service: waiting, or failed with "Försök igen". */
export function OutboxList({
  context,
  items,
  showRecipient = false,
  onReturnedToDraft,
}: OutboxListProps) {
  const { retry, returnToDraft } = useOutboxActions(context);
  const [busy, setBusy] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const onRetry = async (item: OutboxItem) => {
    setBusy(item.messageId);
    setNotice(null);
    try {
      const outcome = await retry(item.messageId);
      if (outcome.status === 'sent') setNotice(`”${item.label}” är skickat.`);
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
      else setNotice(GONE_NOTICE);
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
                <strong>{item.label}</strong>
                {showRecipient && <> till {item.recipient.mailboxName}</>}{' '}
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
