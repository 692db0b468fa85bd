import type { Draft } from './draft';
import { formatBytes, MAX_BODY_CHARS, MAX_LABEL_CHARS, MAX_TOTAL_BYTES } from './file-types';

export type DraftField = 'recipient' | 'label' | 'body' | 'attachments';
export type DraftErrors = Partial<Record<DraftField, string>>;

/** What must be fixed before the draft can be sent, per field, in the order of the form. */
export function validateDraft(draft: Draft): DraftErrors {
  const errors: DraftErrors = {};
  if (!draft.recipient) {
    errors.recipient =
      'Välj en mottagare: sök fram organisationen i adressboken och välj en funktionsbrevlåda.';
  }
  if (!draft.label.trim()) errors.label = 'Skriv en rubrik.';
  else if (draft.label.length > MAX_LABEL_CHARS)
    errors.label = `Rubriken får vara högst ${MAX_LABEL_CHARS} tecken.`;
  if (!draft.body.trim()) errors.body = 'Skriv ett meddelande. Ett meddelande kan inte vara tomt.';
  else if (draft.body.length > MAX_BODY_CHARS)
    errors.body = `Meddelandet får vara högst ${MAX_BODY_CHARS.toLocaleString('sv-SE')} tecken.`;
  const total = draft.attachments.reduce((sum, f) => sum + f.size, 0);
  if (total > MAX_TOTAL_BYTES)
    errors.attachments = `Bilagorna får vara högst ${formatBytes(MAX_TOTAL_BYTES)} tillsammans.`;
  return errors;
}
