import type { Attachment } from '../api/schemas';
import { base64ToBytes } from './base64';
import { isAllowedType } from './file-types';

/**
 * Saves an attachment as a file with its own name and type. Always a download (Blob + the
 * download attribute), never opened in the page: a file claiming to be HTML can run nothing.
 */
export function downloadAttachment(attachment: Attachment): void {
  const type = isAllowedType(attachment.contentType)
    ? attachment.contentType
    : 'application/octet-stream';
  const blob = new Blob([base64ToBytes(attachment.content) as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  // No folders in a file name, whatever the sender called it.
  link.download = attachment.fileName.replace(/[\\/]/g, '_') || 'bilaga';
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has handed the file to the browser.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
