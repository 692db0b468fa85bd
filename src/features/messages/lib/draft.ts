/** A draft as the messages client works with it, wherever it is kept. No React, no storage. */
import type { Confidentiality, Party, ServerDraft } from '../api/schemas';

export type DraftFile = {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  /** Only in this browser (sealed) until the service has it. */
  local: boolean;
};

export type Draft = {
  id: string;
  mailboxId: string;
  /** The conversation a reply belongs to; null for a new message. */
  conversationId: string | null;
  recipient: Party | null;
  label: string;
  body: string;
  confidentiality: Confidentiality;
  attachments: DraftFile[];
  /** The service's version this text builds on; null while the service has never had it. */
  version: number | null;
  updatedAt: string;
  /** Why the service refused to send it last time, until it is changed. */
  refusal: string | null;
};

/** The fields a person edits. */
export type DraftPatch = Partial<Pick<Draft, 'recipient' | 'label' | 'body' | 'confidentiality'>>;

export type DraftPreset = {
  recipient?: Party | null;
  label?: string;
  confidentiality?: Confidentiality;
};

export function emptyDraft(
  address: { id: string; mailboxId: string; conversationId: string | null },
  preset: DraftPreset = {},
): Draft {
  return {
    ...address,
    recipient: preset.recipient ?? null,
    label: preset.label ?? '',
    body: '',
    confidentiality: preset.confidentiality ?? 'confidential',
    attachments: [],
    version: null,
    updatedAt: new Date().toISOString(),
    refusal: null,
  };
}

/** Nothing a person typed or attached beyond what the screen filled in: not worth keeping. */
export const isBlank = (draft: Draft, preset: DraftPreset = {}): boolean =>
  !draft.body.trim() &&
  draft.attachments.length === 0 &&
  draft.label.trim() === (preset.label ?? '').trim() &&
  (draft.recipient?.mailboxId ?? null) === (preset.recipient?.mailboxId ?? null);

/** The same text, recipient and files (not the same moment). */
export const sameContent = (a: Draft, b: Draft): boolean =>
  a.conversationId === b.conversationId &&
  (a.recipient?.mailboxId ?? null) === (b.recipient?.mailboxId ?? null) &&
  a.label === b.label &&
  a.body === b.body &&
  a.confidentiality === b.confidentiality &&
  a.attachments.map((f) => f.id).join() === b.attachments.map((f) => f.id).join();

/** The service's draft, for the editor. */
export const fromServer = (draft: ServerDraft, mailboxId: string): Draft => ({
  id: draft.id,
  mailboxId,
  conversationId: draft.conversationId,
  recipient: draft.recipient,
  label: draft.label,
  body: draft.body,
  confidentiality: draft.confidentiality,
  attachments: draft.attachments.map((file) => ({ ...file, local: false })),
  version: draft.version,
  updatedAt: draft.updatedAt,
  refusal: draft.refusal?.message ?? null,
});
