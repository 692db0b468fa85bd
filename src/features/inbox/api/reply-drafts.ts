/**
 * A case's reply draft, kept in the source (server-side, per user): query options and the
 * mutation that saves it. useReplyDraft (../hooks) saves as the person types.
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { useInboxSettings } from '../hooks/use-inbox-settings';
import type { InboxContext } from '../model';
import { DEFAULT_INBOX_SETTINGS, type InboxSettings } from '../settings';
import type { CaseSource } from '../sources/case-source';
import { inboxKeys, toSourceContext } from './cases';

export const replyDraftQueryOptions = (
  context: InboxContext,
  source: CaseSource,
  id: string,
  settings: InboxSettings = DEFAULT_INBOX_SETTINGS,
) =>
  queryOptions({
    queryKey: inboxKeys.draft(context.commissionHsaId, source.id, id),
    queryFn: ({ signal }) => source.drafts!.get(toSourceContext(context, settings, signal), id),
    enabled: Boolean(source.drafts),
    staleTime: Infinity,
    retry: false,
  });

/** Saves the draft's text; the cached draft is then that text. */
export function useSaveReplyDraftMutation(context: InboxContext, source: CaseSource, id: string) {
  const queryClient = useQueryClient();
  const settings = useInboxSettings();
  return useMutation<void, Error, string>({
    mutationFn: async (text) => {
      await source.drafts?.save(toSourceContext(context, settings), id, text);
    },
    onSuccess: (_result, text) =>
      queryClient.setQueryData(inboxKeys.draft(context.commissionHsaId, source.id, id), text),
  });
}
