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

/** What the client sends: a JSON:API document with the message and its recipient. */
export const sendMessageSchema = z.object({
  data: z.object({
    type: z.literal('messages'),
    id: z.uuid(),
    attributes: z.object({
      conversationId: z.uuid(),
      refToMessageId: z.uuid().nullable(),
      label: z.string(),
      confidentiality: confidentialitySchema,
      documents: z.object({
        body: z.string(),
        attachments: z.array(
          z.object({ fileName: z.string(), contentType: z.string(), content: z.string() }),
        ),
      }),
    }),
    relationships: z.object({
      recipient: z.object({ data: z.object({ type: z.literal('mailboxes'), id: z.string() }) }),
    }),
  }),
});
export type SendMessageDocument = z.infer<typeof sendMessageSchema>;
