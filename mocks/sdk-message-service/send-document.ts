/**
 * What the SDK message service takes when a message is sent as a whole document: its own
 * description of the document and of the files it accepts. It does not borrow the workspace's
 * rules (the client's schema and file checks), so if client and service drift apart, a test
 * shows it (src/features/messages/api/drafts.test.ts sends what the client really writes).
 */
import { z } from 'zod';

export const MAX_LABEL_CHARS = 200;
export const MAX_BODY_CHARS = 20_000;
export const MAX_FILES = 10;
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 4 * 1024 * 1024;

/** The file types the service delivers, each known by its first bytes (its "magic number"). */
export const ACCEPTED_FILES: Record<string, readonly number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const sendDocumentSchema = z.object({
  data: z.object({
    type: z.literal('messages'),
    id: z.uuid(),
    attributes: z.object({
      conversationId: z.uuid(),
      refToMessageId: z.uuid().nullable(),
      label: z.string(),
      confidentiality: z.enum(['none', 'confidential']),
      documents: z.object({
        body: z.string(),
        attachments: z.array(
          z.object({
            fileName: z.string().min(1).max(255),
            contentType: z.string().min(1).max(100),
            // base64 of at most MAX_FILE_BYTES, with room for a file a little too large to be
            // told so in words rather than refused as a malformed document
            content: z.string().max(4 * MAX_FILE_BYTES),
          }),
        ),
      }),
    }),
    relationships: z.object({
      recipient: z.object({ data: z.object({ type: z.literal('mailboxes'), id: z.string() }) }),
    }),
  }),
});
export type SendDocument = z.infer<typeof sendDocumentSchema>;

/** The file's bytes, or null if its content is not base64. */
export function decodeContent(content: string): Buffer | null {
  return BASE64.test(content) && content.length % 4 === 0 ? Buffer.from(content, 'base64') : null;
}

export type FileProblem = 'type' | 'content' | 'size' | 'empty';

export function fileProblem(contentType: string, bytes: Buffer): FileProblem | null {
  const signature = ACCEPTED_FILES[contentType];
  if (!signature) return 'type';
  if (bytes.length === 0) return 'empty';
  if (bytes.length > MAX_FILE_BYTES) return 'size';
  if (!signature.every((byte, index) => bytes[index] === byte)) return 'content';
  return null;
}
