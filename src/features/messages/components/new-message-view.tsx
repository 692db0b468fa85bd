import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { MESSAGES_DRAFT_PARAM, paths } from '@/config/paths';
import { useRequestedDraft } from '../hooks/use-requested-draft';
import { useMailbox } from '../hooks/use-mailbox';
import type { MessagesContext } from '../types';
import { Composer } from './composer';
import { MailboxGate } from './mailbox-gate';
import './messages.css';

type NewMessageViewProps = { context: MessagesContext; mailboxId: string };

/** `/meddelanden/:mailboxId/nytt`: a new message to an organisation's functional mailbox. */
export function NewMessageView({ context, mailboxId }: NewMessageViewProps) {
  const { mailbox, mailboxes } = useMailbox(context, mailboxId);
  const navigate = useNavigate();
  const requested = useRequestedDraft();
  // A new draft's id is made here, and put in the address so a reload opens the same draft.
  const [fresh] = useState(() => crypto.randomUUID());
  const draftId = requested ?? fresh;
  const [, setParams] = useSearchParams();
  useEffect(() => {
    if (!requested) setParams({ [MESSAGES_DRAFT_PARAM]: fresh }, { replace: true });
  }, [requested, fresh, setParams]);

  if (!mailbox) return <MailboxGate mailboxes={mailboxes} context={context} />;

  return (
    <div className="stack">
      <p>
        <Link to={paths.messagesMailbox.getHref(mailbox.id)}>Tillbaka till {mailbox.name}</Link>
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
          navigate(paths.messagesConversation.getHref(mailbox.id, conversationId))
        }
      />
    </div>
  );
}
