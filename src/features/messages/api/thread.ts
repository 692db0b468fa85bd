/** One conversation's messages, oldest first: the thread. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/http-client';
import { useMessageSettings } from '../hooks/use-message-settings';
import { DEFAULT_MESSAGE_SETTINGS, type MessageSettings } from '../settings';
import { conversationPath } from './conversations';
import { messageKeys } from './message-service';
import { messageListSchema, type Message } from './schemas';

export const threadKeys = {
  all: [...messageKeys.all, 'thread'] as const,
  detail: (commissionHsaId: string, mailboxId: string, conversationId: string) =>
    [...threadKeys.all, { commissionHsaId, mailboxId, conversationId }] as const,
};

export async function getThread(
  commissionHsaId: string,
  mailboxId: string,
  conversationId: string,
  signal?: AbortSignal,
) {
  const { data } = await apiRequest(
    `${conversationPath(mailboxId, conversationId)}/messages`,
    messageListSchema,
    { commissionHsaId, signal },
  );
  return data.map((m): Message => m.attributes);
}

export const threadQueryOptions = (
  commissionHsaId: string,
  mailboxId: string,
  conversationId: string,
  {
    pollIntervalMs,
    deliveryPollMs,
  }: Pick<MessageSettings, 'pollIntervalMs' | 'deliveryPollMs'> = DEFAULT_MESSAGE_SETTINGS,
) =>
  queryOptions({
    queryKey: threadKeys.detail(commissionHsaId, mailboxId, conversationId),
    queryFn: ({ signal }) => getThread(commissionHsaId, mailboxId, conversationId, signal),
    staleTime: 5_000,
    // Until every message of ours is delivered, ask often; then as often as the mailbox.
    refetchInterval: (query) =>
      query.state.data?.some((m) => m.direction === 'outbound' && m.deliveryStatus === 'sent')
        ? deliveryPollMs
        : pollIntervalMs,
  });

export const useThread = (commissionHsaId: string, mailboxId: string, conversationId: string) =>
  useQuery(threadQueryOptions(commissionHsaId, mailboxId, conversationId, useMessageSettings()));
