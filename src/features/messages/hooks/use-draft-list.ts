import { useState } from 'react';
import { useDrafts } from '../api/drafts';
import type { Party } from '../api/schemas';
import type { MessagesContext } from '../types';
import { useLocalData } from './use-outbox';

export type DraftListEntry = {
  id: string;
  /** The conversation a reply belongs to; null for a new message. */
  conversationId: string | null;
  label: string;
  recipient: Party | null;
  updatedAt: string;
  /** The service does not have the last edit yet: it is kept in this browser until it has. */
  onlyHere: boolean;
  refusal: string | null;
};

/**
 * The person's drafts in a mailbox: those on the service, and those only this browser has so
 * far (the newer edit wins). A draft in the outbox is not listed here: it is on its way.
 */
export function useDraftList(context: MessagesContext, mailboxId: string) {
  const server = useDrafts(context.commissionHsaId, mailboxId);
  const local = useLocalData(context);
  const inOutbox = new Set(local.outbox.map((item) => item.draftId));
  const entries = new Map<string, DraftListEntry>();
  const entryOf = (
    {
      id,
      conversationId,
      label,
      recipient,
      updatedAt,
    }: Omit<DraftListEntry, 'onlyHere' | 'refusal'>,
    onlyHere: boolean,
    refusal: string | null,
  ): DraftListEntry => ({ id, conversationId, label, recipient, updatedAt, onlyHere, refusal });
  for (const draft of server.data ?? []) {
    entries.set(draft.id, entryOf(draft, false, draft.refusal?.message ?? null));
  }
  for (const { draft } of local.drafts) {
    if (draft.mailboxId !== mailboxId) continue;
    const known = entries.get(draft.id);
    if (known && known.updatedAt >= draft.updatedAt) continue;
    entries.set(draft.id, entryOf(draft, true, draft.refusal));
  }
  const list = [...entries.values()]
    .filter((entry) => !inOutbox.has(entry.id))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return {
    entries: list,
    /** Until both the service and this browser have been asked. */
    isPending: server.isPending || !local.loaded,
    /** The service's list could not be read; the browser's drafts are listed anyway. */
    error: server.error,
    refetch: server.refetch,
  };
}

/**
 * Which draft the reply box of a conversation edits: the one the address asks for, else the
 * person's newest reply there, else a new one. Chosen once the lists have answered, then kept
 * until the address asks for another.
 */
export function useReplyDraft(
  context: MessagesContext,
  mailboxId: string,
  conversationId: string,
  requested: string | null,
) {
  type Choice = { id: string; isNew: boolean };
  const { entries, isPending } = useDraftList(context, mailboxId);
  const [state, setState] = useState<{ requested: string | null; draft: Choice | null }>({
    requested,
    draft: null,
  });
  let draft = state.requested === requested ? state.draft : null;
  if (!draft && requested) draft = { id: requested, isNew: false };
  if (!draft && !isPending) {
    const newest = entries.find((e) => e.conversationId === conversationId);
    draft = newest ? { id: newest.id, isNew: false } : { id: crypto.randomUUID(), isNew: true };
  }
  if (draft !== state.draft || requested !== state.requested) setState({ requested, draft });
  return {
    draft,
    /** After sending: the reply box starts a new draft. */
    startNew: () => setState({ requested, draft: { id: crypto.randomUUID(), isNew: true } }),
  };
}
