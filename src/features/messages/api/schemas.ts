/**
 * The SDK APIs' resources as the client reads them (JSON:API: `data: { type, id, attributes }`).
 * Every answer is parsed with these, so a change on the service's side shows as a readable error
 * instead of a broken screen.
 */
import { z } from 'zod';

const resource = <T extends string, A extends z.ZodType>(type: T, attributes: A) =>
  z.object({ type: z.literal(type), id: z.string().min(1), attributes });

const document = <D extends z.ZodType>(data: D) => z.object({ data });

export const partySchema = z.object({
  participantId: z.string().regex(/^\d{4}:.+$/, 'ISO 6523-identifierare'),
  organisationName: z.string(),
  mailboxId: z.string().min(1),
  mailboxName: z.string(),
});
export type Party = z.infer<typeof partySchema>;

export const confidentialitySchema = z.enum(['none', 'confidential']);
export type Confidentiality = z.infer<typeof confidentialitySchema>;

export const attachmentSchema = z.object({
  fileName: z.string().min(1),
  contentType: z.string(),
  size: z.number().int().nonnegative(),
  /** base64 */
  content: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** The SDK message structure. */
export const messageAttributesSchema = z.object({
  messageId: z.uuid(),
  conversationId: z.uuid(),
  refToMessageId: z.uuid().nullable(),
  label: z.string(),
  confidentiality: confidentialitySchema,
  sender: partySchema,
  recipient: partySchema,
  sentBy: z.object({ name: z.string(), title: z.string() }).nullable(),
  documents: z.object({ body: z.string(), attachments: z.array(attachmentSchema) }),
  sentAt: z.iso.datetime({ offset: true }),
  direction: z.enum(['inbound', 'outbound']),
  deliveryStatus: z.enum(['sent', 'delivered']),
  deliveredAt: z.iso.datetime({ offset: true }).nullable(),
  readAt: z.string().nullable(),
});

export const messageSchema = resource('messages', messageAttributesSchema);
export type Message = z.infer<typeof messageAttributesSchema>;

export const conversationSchema = resource(
  'conversations',
  z.object({
    label: z.string(),
    confidentiality: confidentialitySchema,
    counterpart: partySchema,
    messageCount: z.number().int().positive(),
    unreadCount: z.number().int().nonnegative(),
    lastMessageAt: z.iso.datetime({ offset: true }),
  }),
);
export type Conversation = z.infer<typeof conversationSchema>['attributes'] & { id: string };

export const mailboxSchema = resource(
  'mailboxes',
  z.object({
    name: z.string(),
    description: z.string(),
    organisation: z.object({ participantId: z.string(), name: z.string() }),
  }),
);
export type Mailbox = z.infer<typeof mailboxSchema>['attributes'] & { id: string };

export const organisationSchema = resource(
  'organisations',
  z.object({
    participantId: z.string().regex(/^\d{4}:.+$/),
    organisationNumber: z.string(),
    name: z.string(),
    description: z.string(),
    mailboxes: z.array(z.object({ id: z.string(), name: z.string(), description: z.string() })),
  }),
);
export type Organisation = z.infer<typeof organisationSchema>['attributes'];

export const addressBookMailboxSchema = resource(
  'mailboxes',
  z.object({
    name: z.string(),
    description: z.string(),
    status: z.enum(['active', 'removed']),
    organisation: z.object({
      participantId: z.string(),
      organisationNumber: z.string(),
      name: z.string(),
    }),
  }),
);

export const mailboxListSchema = document(z.array(mailboxSchema));
export const conversationListSchema = document(z.array(conversationSchema));
export const messageListSchema = document(z.array(messageSchema));
export const messageDocumentSchema = document(messageSchema);
export const organisationListSchema = document(z.array(organisationSchema)).extend({
  meta: z.object({ total: z.number() }),
});
export const addressBookMailboxDocumentSchema = document(addressBookMailboxSchema);

// --- Drafts, held by the message service per person and mailbox --------------------------------

const draftAttributes = {
  /** The conversation a reply belongs to; null for a new message. */
  conversationId: z.uuid().nullable(),
  recipient: partySchema.nullable(),
  label: z.string(),
  /** Grows with each change; a change names the version it was made on. */
  version: z.number().int().positive(),
  updatedAt: z.iso.datetime({ offset: true }),
  /** Why the service refused to send it, until it is changed. */
  refusal: z.object({ code: z.string(), message: z.string() }).nullable(),
};

export const draftSummarySchema = resource(
  'drafts',
  z.object({ ...draftAttributes, attachmentCount: z.number().int().nonnegative() }),
);
export type DraftSummary = z.infer<typeof draftSummarySchema>['attributes'] & { id: string };

export const serverDraftSchema = resource(
  'drafts',
  z.object({
    ...draftAttributes,
    body: z.string(),
    confidentiality: confidentialitySchema,
    attachments: z.array(
      z.object({
        id: z.string().min(1),
        fileName: z.string().min(1),
        contentType: z.string(),
        size: z.number().int().nonnegative(),
      }),
    ),
    createdAt: z.iso.datetime({ offset: true }),
  }),
);
export type ServerDraft = z.infer<typeof serverDraftSchema>['attributes'] & { id: string };

export const draftListSchema = document(z.array(draftSummarySchema));
export const draftDocumentSchema = document(serverDraftSchema);

/** A change of a draft: all of it, files the service has named by id, new ones with content. */
export type PutDraftDocument = {
  data: {
    type: 'drafts';
    id: string;
    attributes: {
      conversationId: string | null;
      label: string;
      body: string;
      confidentiality: Confidentiality;
      attachments: (
        { id: string } | { id: string; fileName: string; contentType: string; content: string }
      )[];
    };
    relationships: { recipient: { data: { type: 'mailboxes'; id: string } | null } };
  };
  meta: { version: number | null };
};

/** Sending a draft as it is in `draftVersion`. */
export type SendDraftDocument = {
  data: {
    type: 'messages';
    id: string;
    attributes: { conversationId: string; refToMessageId: string | null };
  };
  meta: { draftVersion: number };
};

/** The person's key for what this browser keeps while the service cannot be reached. */
export const deviceKeySchema = document(
  resource(
    'device-keys',
    z.object({
      key: z.object({
        kty: z.literal('oct'),
        alg: z.literal('A256GCM'),
        k: z.string().min(43),
        ext: z.boolean().optional(),
        key_ops: z.array(z.string()).optional(),
      }),
    }),
  ),
);
