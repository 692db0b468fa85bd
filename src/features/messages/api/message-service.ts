/**
 * The SDK message service: its address and the root of every query key of its resources. One
 * file per resource beside this one (mailboxes.ts, conversations.ts, thread.ts, drafts.ts,
 * device-key.ts), each with its key factory, query options and hook.
 */

export const BASE = '/api/sdk/message-service/v1';

export const mailboxPath = (mailboxId: string) =>
  `${BASE}/mailboxes/${encodeURIComponent(mailboxId)}`;

/** Everything of the message service in the query cache: invalidate it after a send. */
export const messageKeys = {
  all: ['sdk-messages'] as const,
};
