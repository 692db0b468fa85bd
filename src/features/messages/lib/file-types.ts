/**
 * What may be attached to a secure message, and how a file's content is checked against the
 * type it claims. No React and no DOM: the message service mock checks with the same rules.
 */

export const ALLOWED_TYPES = {
  'application/pdf': { label: 'PDF', extensions: ['pdf'] },
  'image/jpeg': { label: 'JPEG', extensions: ['jpg', 'jpeg'] },
  'image/png': { label: 'PNG', extensions: ['png'] },
} as const;

export type AllowedType = keyof typeof ALLOWED_TYPES;

/** Text limits of a message. */
export const MAX_BODY_CHARS = 20_000;
export const MAX_LABEL_CHARS = 200;

export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 4 * 1024 * 1024;
export const MAX_FILES = 10;

/** The first bytes each type starts with (its "magic number"). */
const SIGNATURES: Record<AllowedType, readonly number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

/** Bytes needed to tell every allowed type apart. */
export const SNIFF_BYTES = 8;

export const isAllowedType = (type: string): type is AllowedType =>
  Object.hasOwn(ALLOWED_TYPES, type);

/** The type a file claims: its MIME type, or (when the browser gives none) its extension's. */
export function declaredType(fileName: string, mimeType: string): string {
  const type = mimeType.trim().toLowerCase();
  if (type) return type;
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  const match = Object.entries(ALLOWED_TYPES).find(([, t]) =>
    (t.extensions as readonly string[]).includes(extension),
  );
  return match ? match[0] : 'application/octet-stream';
}

/** The allowed type the content really is, from its first bytes; null for anything else. */
export function sniffType(head: Uint8Array): AllowedType | null {
  for (const [type, signature] of Object.entries(SIGNATURES) as [AllowedType, number[]][]) {
    if (signature.every((byte, index) => head[index] === byte)) return type;
  }
  return null;
}

export type FileProblem = 'type' | 'content' | 'size' | 'empty';

/** One file on its own: allowed type, content matching it, not empty, not too large. */
export function checkFile(file: {
  contentType: string;
  size: number;
  head: Uint8Array;
}): FileProblem | null {
  if (!isAllowedType(file.contentType)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_FILE_BYTES) return 'size';
  if (sniffType(file.head) !== file.contentType) return 'content';
  return null;
}

const KIB = 1024;

/** "12 kB", "1,5 MB" – sizes as Swedish readers write them. */
export function formatBytes(bytes: number): string {
  if (bytes < KIB * KIB) return `${Math.max(1, Math.round(bytes / KIB))} kB`;
  const mb = bytes / (KIB * KIB);
  return `${mb.toLocaleString('sv-SE', { maximumFractionDigits: 1 })} MB`;
}

export const ALLOWED_LABELS = Object.values(ALLOWED_TYPES).map((t) => t.label);

/** "PDF, JPEG eller PNG. Högst 2 MB per fil och 4 MB totalt." – said once, shown by the field. */
export const ATTACHMENT_RULES = `${ALLOWED_LABELS.slice(0, -1).join(', ')} eller ${ALLOWED_LABELS.at(-1)}. Högst ${formatBytes(MAX_FILE_BYTES)} per fil och ${formatBytes(MAX_TOTAL_BYTES)} totalt.`;
