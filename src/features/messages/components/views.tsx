import { useEffect } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { useQueries } from '@tanstack/react-query';
import { Alert, Badge, Button, buttonClassName, EmptyState, Loading } from '@/components';
import { paths } from '@/config/paths';
import {
  conversationsQueryOptions,
  useConversations,
  useMailboxes,
  useMarkConversationRead,
  useThread,
} from '../api/message-service';
import type { Mailbox } from '../api/schemas';
import { formatDateTime } from '../lib/format';
import { useOutbox, useOutboxSync } from '../hooks/use-outbox';
import type { MessagesContext } from '../types';
import { Composer } from './composer';
import { MessageItem } from './message-item';
import { OutboxList } from './outbox-list';
import './messages.css';

type ViewProps = { context: MessagesContext };

function useMailbox(context: MessagesContext, mailboxId: string) {
  const mailboxes = useMailboxes(context.commissionHsaId);
  return { ...mailboxes, mailbox: mailboxes.data?.find((m) => m.id === mailboxId) };
}

function LoadError({ error, retry }: { error: Error; retry: () => void }) {
  return (
    <Alert
      variant="error"
      title="Meddelandena gick inte att hämta"
      action={
        <Button variant="secondary" size="sm" onClick={retry}>
          Försök igen
        </Button>
      }
    >
      {error.message}
    </Alert>
  );
}

function NotYourMailbox({ careUnitName }: { careUnitName: string }) {
  return (
    <div className="stack">
      <h1>Funktionsbrevlådan finns inte här</h1>
      <p>Brevlådan hör inte till {careUnitName}, som ditt valda medarbetaruppdrag gäller.</p>
      <p>
        <Link to={paths.messages.getHref()}>Till enhetens funktionsbrevlådor</Link>
      </p>
    </div>
  );
}

/** Loading, failure or someone else's mailbox: what to show instead of the screen. */
function mailboxGate(
  mailboxes: ReturnType<typeof useMailboxes>,
  mailbox: Mailbox | undefined,
  context: MessagesContext,
) {
  if (mailboxes.isPending) return <Loading label="Hämtar funktionsbrevlådan …" />;
  if (mailboxes.isError)
    return <LoadError error={mailboxes.error} retry={() => void mailboxes.refetch()} />;
  if (!mailbox) return <NotYourMailbox careUnitName={context.careUnitName} />;
  return null;
}

/** `/meddelanden`: the care unit's functional mailboxes with their unread counts. */
export function MailboxList({ context }: ViewProps) {
  const mailboxes = useMailboxes(context.commissionHsaId);
  useOutboxSync(context);
  const unread = useQueries({
    queries: (mailboxes.data ?? []).map((m) =>
      conversationsQueryOptions(context.commissionHsaId, m.id),
    ),
    combine: (results) =>
      results.map((r) => r.data?.reduce((sum, c) => sum + c.unreadCount, 0) ?? null),
  });

  if (mailboxes.isPending) return <Loading label="Hämtar funktionsbrevlådor …" />;
  if (mailboxes.isError)
    return <LoadError error={mailboxes.error} retry={() => void mailboxes.refetch()} />;
  if (mailboxes.data.length === 1) {
    return <Navigate to={paths.messages.getHref(mailboxes.data[0]!.id)} replace />;
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
                <Link to={paths.messages.getHref(mailbox.id)} className="sdk-list__link">
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

function UnreadBadge({ count }: { count: number | null }) {
  if (!count) return null;
  return (
    <Badge variant="primary" className="sdk-unread">
      {count} {count === 1 ? 'oläst' : 'olästa'}
    </Badge>
  );
}

function MailboxHeading({ mailbox, context }: { mailbox: Mailbox; context: MessagesContext }) {
  return (
    <p className="sdk-muted">
      Funktionsbrevlåda för {context.careUnitName}, {mailbox.organisation.name}
    </p>
  );
}

/** `/meddelanden/:mailboxId`: the mailbox's conversations, newest first, and its unsent messages. */
export function MailboxView({ context, mailboxId }: ViewProps & { mailboxId: string }) {
  const { mailbox, ...mailboxes } = useMailbox(context, mailboxId);
  const conversations = useConversations(context.commissionHsaId, mailboxId);
  const outbox = useOutbox(context.employeeHsaId).filter((item) => item.mailboxId === mailboxId);
  const navigate = useNavigate();
  useOutboxSync(context);

  const gate = mailboxGate(mailboxes, mailbox, context);
  if (gate || !mailbox) return gate;

  return (
    <div className="stack">
      <h1>{mailbox.name}</h1>
      <MailboxHeading mailbox={mailbox} context={context} />
      <div className="cluster">
        <Link
          to={paths.messages.getHref(mailbox.id, 'nytt')}
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
            items={outbox}
            showRecipient
            onReturnedToDraft={(item) =>
              navigate(paths.messages.getHref(mailbox.id, item.draft.conversationId ?? 'nytt'))
            }
          />
        </section>
      )}

      <section className="stack" aria-labelledby="sdk-conversations-heading">
        <h2 id="sdk-conversations-heading">Konversationer</h2>
        {conversations.isPending ? (
          <Loading label="Hämtar konversationer …" />
        ) : conversations.isError ? (
          <LoadError error={conversations.error} retry={() => void conversations.refetch()} />
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
                <Link to={paths.messages.getHref(mailbox.id, c.id)} className="sdk-list__link">
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

/** `/meddelanden/:mailboxId/nytt`: a new message to an organisation's functional mailbox. */
export function NewMessageView({ context, mailboxId }: ViewProps & { mailboxId: string }) {
  const { mailbox, ...mailboxes } = useMailbox(context, mailboxId);
  const navigate = useNavigate();
  useOutboxSync(context);

  const gate = mailboxGate(mailboxes, mailbox, context);
  if (gate || !mailbox) return gate;

  return (
    <div className="stack">
      <p>
        <Link to={paths.messages.getHref(mailbox.id)}>Tillbaka till {mailbox.name}</Link>
      </p>
      <h1>Nytt meddelande</h1>
      <p className="sdk-muted">
        Från {mailbox.name}, {mailbox.organisation.name}
      </p>
      <Composer
        context={context}
        mailboxId={mailbox.id}
        onQueued={({ conversationId }) =>
          navigate(paths.messages.getHref(mailbox.id, conversationId))
        }
      />
    </div>
  );
}

/** `/meddelanden/:mailboxId/:conversationId`: the thread, oldest first, and a reply. */
export function ConversationView({
  context,
  mailboxId,
  conversationId,
}: ViewProps & { mailboxId: string; conversationId: string }) {
  const { mailbox, ...mailboxes } = useMailbox(context, mailboxId);
  const thread = useThread(context.commissionHsaId, mailboxId, conversationId);
  const outbox = useOutbox(context.employeeHsaId).filter(
    (item) => item.mailboxId === mailboxId && item.conversationId === conversationId,
  );
  const markRead = useMarkConversationRead(context.commissionHsaId, mailboxId);
  const navigate = useNavigate();
  useOutboxSync(context);

  const unread = thread.data?.some((m) => m.direction === 'inbound' && !m.readAt) ?? false;
  const { mutate } = markRead;
  useEffect(() => {
    if (unread) mutate(conversationId);
  }, [unread, conversationId, mutate]);

  const gate = mailboxGate(mailboxes, mailbox, context);
  if (gate || !mailbox) return gate;
  if (thread.isPending && outbox.length === 0) return <Loading label="Hämtar konversationen …" />;

  const messages = thread.data ?? [];
  // A new conversation whose first message is still in the outbox is known only from there.
  const notOnServer = thread.isError && outbox.length > 0;
  if (thread.isError && !notOnServer) {
    return (
      <div className="stack">
        <p>
          <Link to={paths.messages.getHref(mailbox.id)}>Tillbaka till {mailbox.name}</Link>
        </p>
        <h1>Konversationen gick inte att visa</h1>
        <LoadError error={thread.error} retry={() => void thread.refetch()} />
      </div>
    );
  }

  const first = messages[0];
  const last = messages.at(-1);
  const label = first?.label ?? outbox[0]?.draft.label ?? '';
  const counterpart = last
    ? last.direction === 'outbound'
      ? last.recipient
      : last.sender
    : outbox[0]!.draft.recipient!;

  return (
    <div className="stack">
      <p>
        <Link to={paths.messages.getHref(mailbox.id)}>Tillbaka till {mailbox.name}</Link>
      </p>
      <h1>{label}</h1>
      <p className="sdk-muted">
        Konversation mellan {mailbox.name} och {counterpart.mailboxName},{' '}
        {counterpart.organisationName}
      </p>

      <section className="stack" aria-labelledby="sdk-thread-heading">
        <h2 id="sdk-thread-heading" className="visually-hidden">
          Meddelanden
        </h2>
        {messages.length > 0 && (
          <ol className="sdk-thread">
            {messages.map((message) => (
              <li key={message.messageId}>
                <MessageItem message={message} />
              </li>
            ))}
          </ol>
        )}
        {outbox.length > 0 && (
          <section className="stack" aria-labelledby="sdk-thread-outbox">
            <h3 id="sdk-thread-outbox">Inte skickade än</h3>
            <OutboxList
              items={outbox}
              onReturnedToDraft={(item) =>
                item.draft.conversationId === null &&
                navigate(paths.messages.getHref(mailbox.id, 'nytt'))
              }
            />
          </section>
        )}
      </section>

      {messages.length > 0 && (
        <section className="stack sdk-reply" aria-labelledby="sdk-reply-heading">
          <h2 id="sdk-reply-heading">Svara</h2>
          <Composer
            context={context}
            mailboxId={mailbox.id}
            reply={{
              conversationId,
              recipient: counterpart,
              label,
              refToMessageId: last?.messageId ?? null,
            }}
            onQueued={() => void thread.refetch()}
          />
        </section>
      )}
    </div>
  );
}
