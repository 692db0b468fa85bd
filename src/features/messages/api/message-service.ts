/**
 * The SDK message service: the unit's mailboxes, their conversations, a conversation's
 * messages and marking read. Fetcher, query options and hook per resource. Drafts and sending
 * are in drafts.ts.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/http-client';
import {
  conversationListSchema,
  mailboxListSchema,
  messageListSchema,
  type Conversation,
  type Mailbox,
  type Message,
} from './schemas';

export const BASE = '/api/sdk/message-service/v1';
export const mailboxPath = (mailboxId: string) =>
  `${BASE}/mailboxes/${encodeURIComponent(mailboxId)}`;
const conversationPath = (mailboxId: string, conversationId: string) =>
  `${mailboxPath(mailboxId)}/conversations/${encodeURIComponent(conversationId)}`;

/** Timing; tests shorten it. */
export const messageSettings = {
  /** How often a mailbox is asked for new messages. */
  pollIntervalMs: 30_000,
  /** How often a conversation with an undelivered message asks again. */
  deliveryPollMs: 2_000,
};

export const messageKeys = {
  all: ['sdk-messages'] as const,
  mailboxes: (commissionHsaId: string) =>
    ['sdk-messages', 'mailboxes', { commissionHsaId }] as const,
  conversations: (commissionHsaId: string, mailboxId: string) =>
    ['sdk-messages', 'conversations', { commissionHsaId, mailboxId }] as const,
  thread: (commissionHsaId: string, mailboxId: string, conversationId: string) =>
    ['sdk-messages', 'thread', { commissionHsaId, mailboxId, conversationId }] as const,
  drafts: (commissionHsaId: string, mailboxId: string) =>
    ['sdk-messages', 'drafts', { commissionHsaId, mailboxId }] as const,
};

// --- Mailboxes ---------------------------------------------------------------------------------

export async function getMailboxes(commissionHsaId: string, signal?: AbortSignal) {
  const { data } = await apiRequest(`${BASE}/mailboxes`, mailboxListSchema, {
    commissionHsaId,
    signal,
  });
  return data.map((m): Mailbox => ({ id: m.id, ...m.attributes }));
}

export const mailboxesQueryOptions = (commissionHsaId: string) =>
  queryOptions({
    queryKey: messageKeys.mailboxes(commissionHsaId),
    queryFn: ({ signal }) => getMailboxes(commissionHsaId, signal),
    staleTime: 5 * 60_000,
  });

export const useMailboxes = (commissionHsaId: string) =>
  useQuery(mailboxesQueryOptions(commissionHsaId));

// --- Conversations -----------------------------------------------------------------------------

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

export const conversationsQueryOptions = (commissionHsaId: string, mailboxId: string) =>
  queryOptions({
    queryKey: messageKeys.conversations(commissionHsaId, mailboxId),
    queryFn: ({ signal }) => getConversations(commissionHsaId, mailboxId, signal),
    staleTime: 10_000,
    refetchInterval: messageSettings.pollIntervalMs,
  });

export const useConversations = (commissionHsaId: string, mailboxId: string) =>
  useQuery(conversationsQueryOptions(commissionHsaId, mailboxId));

// --- One conversation --------------------------------------------------------------------------

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
) =>
  queryOptions({
    queryKey: messageKeys.thread(commissionHsaId, mailboxId, conversationId),
    queryFn: ({ signal }) => getThread(commissionHsaId, mailboxId, conversationId, signal),
    staleTime: 5_000,
    // Until every message of ours is delivered, ask often; then as often as the mailbox.
    refetchInterval: (query) =>
      query.state.data?.some((m) => m.direction === 'outbound' && m.deliveryStatus === 'sent')
        ? messageSettings.deliveryPollMs
        : messageSettings.pollIntervalMs,
  });

export const useThread = (commissionHsaId: string, mailboxId: string, conversationId: string) =>
  useQuery(threadQueryOptions(commissionHsaId, mailboxId, conversationId));

export async function markConversationRead(
  commissionHsaId: string,
  mailboxId: string,
  conversationId: string,
) {
  await apiRequest(`${conversationPath(mailboxId, conversationId)}/read`, z.unknown(), {
    method: 'POST',
    body: {},
    commissionHsaId,
  });
}

export function useMarkConversationRead(commissionHsaId: string, mailboxId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (conversationId: string) =>
      markConversationRead(commissionHsaId, mailboxId, conversationId),
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: messageKeys.conversations(commissionHsaId, mailboxId),
      }),
  });
}
