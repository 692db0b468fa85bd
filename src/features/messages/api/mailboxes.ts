/** The functional mailboxes of the commission's care unit. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/http-client';
import { BASE, messageKeys } from './message-service';
import { mailboxListSchema, type Mailbox } from './schemas';

export const mailboxKeys = {
  all: [...messageKeys.all, 'mailboxes'] as const,
  list: (commissionHsaId: string) => [...mailboxKeys.all, { commissionHsaId }] as const,
};

export async function getMailboxes(commissionHsaId: string, signal?: AbortSignal) {
  const { data } = await apiRequest(`${BASE}/mailboxes`, mailboxListSchema, {
    commissionHsaId,
    signal,
  });
  return data.map((m): Mailbox => ({ id: m.id, ...m.attributes }));
}

export const mailboxesQueryOptions = (commissionHsaId: string) =>
  queryOptions({
    queryKey: mailboxKeys.list(commissionHsaId),
    queryFn: ({ signal }) => getMailboxes(commissionHsaId, signal),
    staleTime: 5 * 60_000,
  });

export const useMailboxes = (commissionHsaId: string) =>
  useQuery(mailboxesQueryOptions(commissionHsaId));
