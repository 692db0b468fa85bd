import { Link, useNavigate } from 'react-router';
import { buttonClassName, EmptyState, LoadError, Loading } from '@/components';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { useConversations } from '../api/conversations';
import { useDraftList } from '../hooks/use-draft-list';
import { useOutbox } from '../hooks/use-outbox';
import { useMailbox } from '../hooks/use-mailbox';
import { draftHref } from '../lib/draft-href';
import { LOAD_FAILED } from '../lib/texts';
import type { MessagesContext } from '../types';
import { DraftList } from './draft-list';
import { MailboxGate } from './mailbox-gate';
import { OutboxList } from './outbox-list';
import { UnreadBadge } from './unread-badge';
import './messages.css';

type MailboxViewProps = { context: MessagesContext; mailboxId: string };

/**
 * `/meddelanden/:mailboxId`: the mailbox's conversations, newest first, the person's unsent
 * messages and their drafts.
 */
export function MailboxView({ context, mailboxId }: MailboxViewProps) {
  const { mailbox, mailboxes } = useMailbox(context, mailboxId);
  const conversations = useConversations(context.commissionHsaId, mailboxId);
  const outbox = useOutbox(context).filter((item) => item.mailboxId === mailboxId);
  const drafts = useDraftList(context, mailboxId);
  const navigate = useNavigate();

  if (!mailbox) return <MailboxGate mailboxes={mailboxes} context={context} />;

  return (
    <div className="stack">
      <h1>{mailbox.name}</h1>
      <p className="sdk-muted">
        Funktionsbrevlåda för {context.careUnitName}, {mailbox.organisation.name}
      </p>
      <div className="cluster">
        <Link
          to={paths.messagesNew.getHref(mailbox.id)}
          className={buttonClassName('primary', 'md')}
        >
          Nytt meddelande
        </Link>
        {(mailboxes.data?.length ?? 0) > 1 && (
          <Link to={paths.messages.getHref()}>Alla funktionsbrevlådor</Link>
        )}
      </div>

      {outbox.length > 0 && (
        <section className="stack" aria-labelledby="sdk-outbox-heading">
          <h2 id="sdk-outbox-heading">Utkorg – inte skickade än</h2>
          <OutboxList
            context={context}
            items={outbox}
            showRecipient
            onReturnedToDraft={(item) =>
              navigate(
                draftHref(mailbox.id, {
                  id: item.draftId,
                  conversationId: item.startsConversation ? null : item.conversationId,
                }),
              )
            }
          />
        </section>
      )}

      {drafts.entries.length > 0 && (
        <section className="stack" aria-labelledby="sdk-drafts-heading">
          <h2 id="sdk-drafts-heading">Utkast</h2>
          <DraftList
            entries={drafts.entries}
            error={drafts.error}
            hrefOf={(entry) => draftHref(mailbox.id, entry)}
          />
        </section>
      )}

      <section className="stack" aria-labelledby="sdk-conversations-heading">
        <h2 id="sdk-conversations-heading">Konversationer</h2>
        {conversations.isPending ? (
          <Loading label="Hämtar konversationer …" />
        ) : conversations.isError ? (
          <LoadError title={LOAD_FAILED} onRetry={() => void conversations.refetch()}>
            {conversations.error.message}
          </LoadError>
        ) : conversations.data.length === 0 ? (
          <EmptyState
            headingLevel={3}
            title="Inga meddelanden"
            text="Brevlådan har inga konversationer än."
          />
        ) : (
          <ul className="sdk-list">
            {conversations.data.map((c) => (
              <li
                key={c.id}
                className={`sdk-list__item ${c.unreadCount > 0 ? 'sdk-list__item--unread' : ''}`}
              >
                <Link
                  to={paths.messagesConversation.getHref(mailbox.id, c.id)}
                  className="sdk-list__link"
                >
                  {c.label}
                  {c.unreadCount > 0 && <span className="visually-hidden"> (oläst)</span>}
                </Link>{' '}
                <UnreadBadge count={c.unreadCount} />
                <p className="sdk-muted">
                  {c.counterpart.mailboxName}, {c.counterpart.organisationName} · {c.messageCount}{' '}
                  {c.messageCount === 1 ? 'meddelande' : 'meddelanden'} · senast{' '}
                  <time dateTime={c.lastMessageAt}>{formatDateTime(c.lastMessageAt)}</time>
                  {c.confidentiality === 'confidential' && ' · sekretessmarkerad'}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
