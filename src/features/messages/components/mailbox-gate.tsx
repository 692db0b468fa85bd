import { Link } from 'react-router';
import type { UseQueryResult } from '@tanstack/react-query';
import { LoadError, Loading } from '@/components';
import { paths } from '@/config/paths';
import type { Mailbox } from '../api/schemas';
import { LOAD_FAILED } from '../lib/texts';
import type { MessagesContext } from '../types';

type MailboxGateProps = {
  mailboxes: UseQueryResult<Mailbox[]>;
  context: MessagesContext;
};

/** What a mailbox's screen shows instead while it has no mailbox: loading, failure or someone else's. */
export function MailboxGate({ mailboxes, context }: MailboxGateProps) {
  if (mailboxes.isPending) return <Loading label="Hämtar funktionsbrevlådan …" />;
  if (mailboxes.isError) {
    return (
      <LoadError title={LOAD_FAILED} onRetry={() => void mailboxes.refetch()}>
        {mailboxes.error.message}
      </LoadError>
    );
  }
  return (
    <div className="stack">
      <h1>Funktionsbrevlådan finns inte här</h1>
      <p>
        Brevlådan hör inte till {context.careUnitName}, som ditt valda medarbetaruppdrag gäller.
      </p>
      <p>
        <Link to={paths.messages.getHref()}>Till enhetens funktionsbrevlådor</Link>
      </p>
    </div>
  );
}
