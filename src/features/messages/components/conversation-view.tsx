import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import { LoadError, Loading } from '@/components';
import { paths } from '@/config/paths';
import { useMarkConversationReadMutation } from '../api/conversations';
import { useThread } from '../api/thread';
import { useReplyDraft } from '../hooks/use-draft-list';
import { useOutbox } from '../hooks/use-outbox';
import { useRequestedDraft } from '../hooks/use-requested-draft';
import { useMailbox } from '../hooks/use-mailbox';
import { draftHref } from '../lib/draft-href';
import { LOAD_FAILED } from '../lib/texts';
import type { MessagesContext } from '../types';
import { Composer } from './composer';
import { MailboxGate } from './mailbox-gate';
import { MessageItem } from './message-item';
import { OutboxList } from './outbox-list';
import './messages.css';

type ConversationViewProps = {
  context: MessagesContext;
  mailboxId: string;
  conversationId: string;
};

/** `/meddelanden/:mailboxId/:conversationId`: the thread, oldest first, and a reply. */
export function ConversationView({ context, mailboxId, conversationId }: ConversationViewProps) {
  const { mailbox, mailboxes } = useMailbox(context, mailboxId);
  const thread = useThread(context.commissionHsaId, mailboxId, conversationId);
  const outbox = useOutbox(context).filter(
    (item) => item.mailboxId === mailboxId && item.conversationId === conversationId,
  );
  const markRead = useMarkConversationReadMutation(context.commissionHsaId, mailboxId);
  const navigate = useNavigate();
  const reply = useReplyDraft(context, mailboxId, conversationId, useRequestedDraft());

  const unread = thread.data?.some((m) => m.direction === 'inbound' && !m.readAt) ?? false;
  const { mutate } = markRead;
  useEffect(() => {
    if (unread) mutate({ conversationId });
  }, [unread, conversationId, mutate]);

  if (!mailbox) return <MailboxGate mailboxes={mailboxes} context={context} />;
  if (thread.isPending && outbox.length === 0) return <Loading label="Hämtar konversationen …" />;

  const messages = thread.data ?? [];
  const backLink = (
    <p>
      <Link to={paths.messagesMailbox.getHref(mailbox.id)}>Tillbaka till {mailbox.name}</Link>
    </p>
  );
  // A new conversation whose first message is still in the outbox is known only from there.
  const notOnServer = thread.isError && outbox.length > 0;
  if (thread.isError && !notOnServer) {
    return (
      <div className="stack">
        {backLink}
        <h1>Konversationen gick inte att visa</h1>
        <LoadError title={LOAD_FAILED} onRetry={() => void thread.refetch()}>
          {thread.error.message}
        </LoadError>
      </div>
    );
  }

  const first = messages[0];
  const last = messages.at(-1);
  const label = first?.label ?? outbox[0]?.label ?? '';
  const counterpart = last
    ? last.direction === 'outbound'
      ? last.recipient
      : last.sender
    : outbox[0]!.recipient;

  return (
    <div className="stack">
      {backLink}
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
              context={context}
              items={outbox}
              onReturnedToDraft={(item) =>
                navigate(
                  draftHref(mailbox.id, {
                    id: item.draftId,
                    conversationId: item.startsConversation ? null : conversationId,
                  }),
                )
              }
            />
          </section>
        )}
      </section>

      {messages.length > 0 && (
        <section className="stack sdk-reply" aria-labelledby="sdk-reply-heading">
          <h2 id="sdk-reply-heading">Svara</h2>
          {reply.draft ? (
            <Composer
              key={reply.draft.id}
              context={context}
              mailboxId={mailbox.id}
              draft={reply.draft}
              reply={{
                conversationId,
                recipient: counterpart,
                label,
                refToMessageId: last?.messageId ?? null,
              }}
              onQueued={() => {
                reply.startNew();
                void thread.refetch();
              }}
            />
          ) : (
            <Loading label="Hämtar utkast …" />
          )}
        </section>
      )}
    </div>
  );
}
