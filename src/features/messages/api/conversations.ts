/** A mailbox's conversations, newest first, and marking one read. */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/http-client';
import { useMessageSettings } from '../hooks/use-message-settings';
import { DEFAULT_MESSAGE_SETTINGS, type MessageSettings } from '../settings';
import { mailboxPath, messageKeys } from './message-service';
import { conversationListSchema, type Conversation } from './schemas';

export const conversationKeys = {
  all: [...messageKeys.all, 'conversations'] as const,
  list: (commissionHsaId: string, mailboxId: string) =>
    [...conversationKeys.all, { commissionHsaId, mailboxId }] as const,
};

export const conversationPath = (mailboxId: string, conversationId: string) =>
  `${mailboxPath(mailboxId)}/conversations/${encodeURIComponent(conversationId)}`;

export async function getConversations(
  commissionHsaId: string,
  mailboxId: string,
  signal?: AbortSignal,
) {
  const { data } = await apiRequest(
    `${mailboxPath(mailboxId)}/conversations`,
    conversationListSchema,
    { commissionHsaId, signal },
  );
  return data.map((c): Conversation => ({ id: c.id, ...c.attributes }));
}

export const conversationsQueryOptions = (
  commissionHsaId: string,
  mailboxId: string,
  { pollIntervalMs }: Pick<MessageSettings, 'pollIntervalMs'> = DEFAULT_MESSAGE_SETTINGS,
) =>
  queryOptions({
    queryKey: conversationKeys.list(commissionHsaId, mailboxId),
    queryFn: ({ signal }) => getConversations(commissionHsaId, mailboxId, signal),
    staleTime: 10_000,
    refetchInterval: pollIntervalMs,
  });

export const useConversations = (commissionHsaId: string, mailboxId: string) =>
  useQuery(conversationsQueryOptions(commissionHsaId, mailboxId, useMessageSettings()));

export const markConversationReadInputSchema = z.object({ conversationId: z.string().min(1) });
export type MarkConversationReadInput = z.infer<typeof markConversationReadInputSchema>;

export async function markConversationRead(
  commissionHsaId: string,
  mailboxId: string,
  input: MarkConversationReadInput,
) {
  const { conversationId } = markConversationReadInputSchema.parse(input);
  await apiRequest(`${conversationPath(mailboxId, conversationId)}/read`, z.unknown(), {
    method: 'POST',
    body: {},
    commissionHsaId,
  });
}

/** Marks a conversation read; the mailbox's list shows it at once. */
export function useMarkConversationReadMutation(commissionHsaId: string, mailboxId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MarkConversationReadInput) =>
      markConversationRead(commissionHsaId, mailboxId, input),
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: conversationKeys.list(commissionHsaId, mailboxId),
      }),
  });
}
