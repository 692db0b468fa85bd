/** The SDK address book: find an organisation's functional mailboxes, check one still exists. */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, apiRequest } from '@/lib/http-client';
import {
  addressBookMailboxDocumentSchema,
  organisationListSchema,
  type Organisation,
  type Party,
} from './schemas';

const BASE = '/api/sdk/address-book/v1';

/** The shortest text the address book searches for. */
export const MIN_SEARCH_LENGTH = 2;

export const addressBookKeys = {
  all: ['sdk-address-book'] as const,
  search: (text: string) =>
    [...addressBookKeys.all, 'search', { text: text.trim().toLocaleLowerCase('sv') }] as const,
};

export async function searchAddressBook(
  text: string,
  signal?: AbortSignal,
): Promise<{ organisations: Organisation[]; total: number }> {
  const query = new URLSearchParams({ 'filter[search]': text.trim() });
  const { data, meta } = await apiRequest(
    `${BASE}/organisations?${query}`,
    organisationListSchema,
    { signal },
  );
  return { organisations: data.map((o) => o.attributes), total: meta.total };
}

export const addressBookSearchQueryOptions = (text: string) =>
  queryOptions({
    queryKey: addressBookKeys.search(text),
    queryFn: ({ signal }) => searchAddressBook(text, signal),
    staleTime: 5 * 60_000,
  });

/** Searches once there are two characters; the last answer stays shown while the next is on its way. */
export const useAddressBookSearch = (text: string) =>
  useQuery({
    ...addressBookSearchQueryOptions(text),
    enabled: text.trim().length >= MIN_SEARCH_LENGTH,
    placeholderData: keepPreviousData,
  });

export type RecipientCheck =
  | { status: 'active' }
  | { status: 'removed' | 'unknown' }
  /** The address book could not be asked; the message service checks again on sending. */
  | { status: 'unchecked' };

/** Whether a chosen recipient still takes messages, right before sending. */
export async function checkRecipient(recipient: Party): Promise<RecipientCheck> {
  try {
    const { data } = await apiRequest(
      `${BASE}/mailboxes/${encodeURIComponent(recipient.mailboxId)}`,
      addressBookMailboxDocumentSchema,
    );
    return { status: data.attributes.status };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return { status: 'unknown' };
    return { status: 'unchecked' };
  }
}
