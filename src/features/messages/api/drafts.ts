/**
 * The person's drafts on the message service, and sending one. The service keeps them per
 * person and mailbox, with a version per change (docs/message-service-api.md). The editor
 * (hooks/use-draft.ts) and the outbox (storage/outbox.ts) use these; the mailbox lists them.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ApiError, apiRequest } from '@/lib/http-client';
import { useMessageSettings } from '../hooks/use-message-settings';
import { DEFAULT_MESSAGE_SETTINGS, type MessageSettings } from '../settings';
import { mailboxPath, messageKeys } from './message-service';
import {
  draftDocumentSchema,
  draftListSchema,
  messageDocumentSchema,
  type DraftSummary,
  type Message,
  type PutDraftDocument,
  type SendDraftDocument,
  type ServerDraft,
} from './schemas';

export const draftKeys = {
  all: [...messageKeys.all, 'drafts'] as const,
  list: (commissionHsaId: string, mailboxId: string) =>
    [...draftKeys.all, { commissionHsaId, mailboxId }] as const,
};

const draftPath = (mailboxId: string, draftId: string) =>
  `${mailboxPath(mailboxId)}/drafts/${encodeURIComponent(draftId)}`;

export async function getDrafts(
  commissionHsaId: string,
  mailboxId: string,
  signal?: AbortSignal,
): Promise<DraftSummary[]> {
  const { data } = await apiRequest(`${mailboxPath(mailboxId)}/drafts`, draftListSchema, {
    commissionHsaId,
    signal,
  });
  return data.map((d) => ({ id: d.id, ...d.attributes }));
}

export const draftsQueryOptions = (
  commissionHsaId: string,
  mailboxId: string,
  { pollIntervalMs }: Pick<MessageSettings, 'pollIntervalMs'> = DEFAULT_MESSAGE_SETTINGS,
) =>
  queryOptions({
    queryKey: draftKeys.list(commissionHsaId, mailboxId),
    queryFn: ({ signal }) => getDrafts(commissionHsaId, mailboxId, signal),
    staleTime: 10_000,
    refetchInterval: pollIntervalMs,
  });

export const useDrafts = (commissionHsaId: string, mailboxId: string) =>
  useQuery(draftsQueryOptions(commissionHsaId, mailboxId, useMessageSettings()));

/** One draft; null when the service has none by that id (sent, deleted, or never saved). */
export async function getDraft(
  commissionHsaId: string,
  mailboxId: string,
  draftId: string,
): Promise<ServerDraft | null> {
  try {
    const { data } = await apiRequest(draftPath(mailboxId, draftId), draftDocumentSchema, {
      commissionHsaId,
    });
    return { id: data.id, ...data.attributes };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** Creates (`meta.version` null) or changes a draft; 412 when it has moved on meanwhile. */
export async function putDraft(
  commissionHsaId: string,
  mailboxId: string,
  document: PutDraftDocument,
): Promise<ServerDraft> {
  const { data } = await apiRequest(draftPath(mailboxId, document.data.id), draftDocumentSchema, {
    method: 'PUT',
    body: document,
    commissionHsaId,
  });
  return { id: data.id, ...data.attributes };
}

/** Deletes the draft in the version the person saw (412 if it has moved on; gone already is fine). */
export async function deleteDraft(
  commissionHsaId: string,
  mailboxId: string,
  draftId: string,
  version: number,
): Promise<void> {
  await apiRequest(`${draftPath(mailboxId, draftId)}?version=${version}`, z.unknown(), {
    method: 'DELETE',
    commissionHsaId,
  });
}

export type SendDraftFn = (
  commissionHsaId: string,
  mailboxId: string,
  draftId: string,
  document: SendDraftDocument,
) => Promise<Message>;

/** Sends the draft as it is in `meta.draftVersion`: the message is stored, the draft removed. */
export const sendDraft: SendDraftFn = async (commissionHsaId, mailboxId, draftId, document) => {
  const { data } = await apiRequest(
    `${draftPath(mailboxId, draftId)}/send`,
    messageDocumentSchema,
    { method: 'POST', body: document, commissionHsaId },
  );
  return data.attributes;
};
