import { useMailboxes } from '../api/mailboxes';
import type { MessagesContext } from '../types';

/**
 * The unit's mailboxes, and among them the one a screen shows: none while they load, when they
 * could not be fetched, or when it is not the unit's. The screen shows the MailboxGate then.
 */
export function useMailbox(context: MessagesContext, mailboxId: string) {
  const mailboxes = useMailboxes(context.commissionHsaId);
  const mailbox = mailboxes.data?.find((m) => m.id === mailboxId);
  return { mailboxes, mailbox: mailboxes.isError ? undefined : mailbox };
}
