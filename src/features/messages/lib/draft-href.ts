import { paths } from '@/config/paths';

/** Where a draft is written: the new-message screen, or its conversation for a reply. */
export const draftHref = (
  mailboxId: string,
  draft: { id: string; conversationId: string | null },
): string =>
  draft.conversationId
    ? paths.messagesConversation.getHref(mailboxId, draft.conversationId, draft.id)
    : paths.messagesNew.getHref(mailboxId, draft.id);
