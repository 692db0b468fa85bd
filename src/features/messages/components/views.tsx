import { useEffect, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useQueries } from '@tanstack/react-query';
import { Badge, buttonClassName, EmptyState, Loading } from '@/components';
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
import { useDraftList, useReplyDraft } from '../hooks/use-draft-list';
import { useMessagesSync, useOutbox } from '../hooks/use-outbox';
import type { MessagesContext } from '../types';
import { Composer } from './composer';
import { DraftList } from './draft-list';
import { MessageItem } from './message-item';
import { LoadError } from './load-error';
import { OutboxList } from './outbox-list';
import './messages.css';

type ViewProps = { context: MessagesContext };

/** The address's `?utkast=` names the draft a screen edits, so a reload opens the same one. */
const DRAFT_PARAM = 'utkast';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where a draft is written: the new-message screen, or its conversation for a reply. */
const draftHref = (mailboxId: string, draft: { id: string; conversationId: string | null }) =>
  `${paths.messages.getHref(mailboxId, draft.conversationId ?? 'nytt')}?${new URLSearchParams({
    [DRAFT_PARAM]: draft.id,
  })}`;

function useRequestedDraft(): string | null {
  const [params] = useSearchParams();
  const id = params.get(DRAFT_PARAM);
  return id && UUID.test(id) ? id : null;
}

function useMailbox(context: MessagesContext, mailboxId: string) {
  const mailboxes = useMailboxes(context.commissionHsaId);
  return { ...mailboxes, mailbox: mailboxes.data?.find((m) => m.id === mailboxId) };
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
    return <LoadError retry={() => void mailboxes.refetch()}>{mailboxes.error.message}</LoadError>;
  if (!mailbox) return <NotYourMailbox careUnitName={context.careUnitName} />;
  return null;
}

/** `/meddelanden`: the care unit's functional mailboxes with their unread counts. */
export function MailboxList({ context }: ViewProps) {
  const mailboxes = useMailboxes(context.commissionHsaId);
  useMessagesSync(context);
  const unread = useQueries({
    queries: (mailboxes.data ?? []).map((m) =>
      conversationsQueryOptions(context.commissionHsaId, m.id),
    ),
    combine: (results) =>
      results.map((r) => r.data?.reduce((sum, c) => sum + c.unreadCount, 0) ?? null),
  });

  if (mailboxes.isPending) return <Loading label="Hämtar funktionsbrevlådor …" />;
  if (mailboxes.isError)
    return <LoadError retry={() => void mailboxes.refetch()}>{mailboxes.error.message}</LoadError>;
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

/**
 * `/meddelanden/:mailboxId`: the mailbox's conversations, newest first, the person's unsent
 * messages and their drafts.
 */
export function MailboxView({ context, mailboxId }: ViewProps & { mailboxId: string }) {
  const { mailbox, ...mailboxes } = useMailbox(context, mailboxId);
  const conversations = useConversations(context.commissionHsaId, mailboxId);
  const outbox = useOutbox(context).filter((item) => item.mailboxId === mailboxId);
  const drafts = useDraftList(context, mailboxId);
  const navigate = useNavigate();
  useMessagesSync(context);

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
          <LoadError retry={() => void conversations.refetch()}>
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
  const requested = useRequestedDraft();
  // A new draft's id is made here, and put in the address so a reload opens the same draft.
  const [fresh] = useState(() => crypto.randomUUID());
  const draftId = requested ?? fresh;
  const [, setParams] = useSearchParams();
  useEffect(() => {
    if (!requested) setParams({ [DRAFT_PARAM]: fresh }, { replace: true });
  }, [requested, fresh, setParams]);
  useMessagesSync(context);

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
        key={draftId}
        context={context}
        mailboxId={mailbox.id}
        draft={{ id: draftId, isNew: draftId === fresh }}
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
  const outbox = useOutbox(context).filter(
    (item) => item.mailboxId === mailboxId && item.conversationId === conversationId,
  );
  const markRead = useMarkConversationRead(context.commissionHsaId, mailboxId);
  const navigate = useNavigate();
  const reply = useReplyDraft(context, mailboxId, conversationId, useRequestedDraft());
  useMessagesSync(context);

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
        <LoadError retry={() => void thread.refetch()}>{thread.error.message}</LoadError>
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
