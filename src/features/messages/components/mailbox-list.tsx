import { Link, Navigate } from 'react-router';
import { useQueries } from '@tanstack/react-query';
import { EmptyState, LoadError, Loading } from '@/components';
import { paths } from '@/config/paths';
import { conversationsQueryOptions } from '../api/conversations';
import { useMailboxes } from '../api/mailboxes';
import { useMessageSettings } from '../hooks/use-message-settings';
import { LOAD_FAILED } from '../lib/texts';
import type { MessagesContext } from '../types';
import { UnreadBadge } from './unread-badge';
import './messages.css';

/** `/meddelanden`: the care unit's functional mailboxes with their unread counts. */
export function MailboxList({ context }: { context: MessagesContext }) {
  const mailboxes = useMailboxes(context.commissionHsaId);
  const settings = useMessageSettings();
  const unread = useQueries({
    queries: (mailboxes.data ?? []).map((m) =>
      conversationsQueryOptions(context.commissionHsaId, m.id, settings),
    ),
    combine: (results) =>
      results.map((r) => r.data?.reduce((sum, c) => sum + c.unreadCount, 0) ?? null),
  });

  if (mailboxes.isPending) return <Loading label="Hämtar funktionsbrevlådor …" />;
  if (mailboxes.isError) {
    return (
      <LoadError title={LOAD_FAILED} onRetry={() => void mailboxes.refetch()}>
        {mailboxes.error.message}
      </LoadError>
    );
  }
  if (mailboxes.data.length === 1) {
    return <Navigate to={paths.messagesMailbox.getHref(mailboxes.data[0]!.id)} replace />;
  }
  return (
    <div className="stack">
      <h1>Meddelanden</h1>
      <p className="lead">
        Säkra meddelanden mellan organisationer (Säker digital kommunikation). Meddelanden går till
        och från funktionsbrevlådor för {context.careUnitName}, aldrig till en enskild person.
      </p>
      {mailboxes.data.length === 0 ? (
        <EmptyState
          title="Enheten har ingen funktionsbrevlåda"
          text={`${context.careUnitName} har ingen funktionsbrevlåda i adressboken. Kontakta den som administrerar Säker digital kommunikation hos er.`}
        />
      ) : (
        <>
          <h2>Funktionsbrevlådor</h2>
          <ul className="sdk-list">
            {mailboxes.data.map((mailbox, index) => (
              <li key={mailbox.id} className="sdk-list__item">
                <Link to={paths.messagesMailbox.getHref(mailbox.id)} className="sdk-list__link">
                  {mailbox.name}
                </Link>
                <UnreadBadge count={unread[index] ?? null} />
                <p className="sdk-muted">{mailbox.description}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
