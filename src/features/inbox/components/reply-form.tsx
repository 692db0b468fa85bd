import { useRef, useState } from 'react';
import { Button, TextArea } from '@/components';
import { formatTime } from '@/lib/format';
import { replyInputSchema } from '../api/case-actions';
import { useReplyDraft } from '../hooks/use-reply-draft';
import type { CaseDetail, InboxContext } from '../model';
import type { CaseSource } from '../sources/case-source';

export type ReplyFormProps = {
  context: InboxContext;
  source: CaseSource;
  detail: CaseDetail;
  /** An action on the case is on its way: the reply waits for it. */
  busy: boolean;
  /** Sends the reply with its idempotency key; `after` runs once the source has it. */
  onSend: (text: string, idempotencyKey: string, after: () => void) => void;
};

/**
 * The reply to the patient (or to Försäkringskassan), its draft saved in the source as it is
 * written. A double click or a retry sends the same reply once.
 */
export function ReplyForm({ context, source, detail, busy, onSend }: ReplyFormProps) {
  const draft = useReplyDraft(context, source, detail.id);
  const [error, setError] = useState<string | null>(null);
  // One key per reply: a double click or a retry after a lost answer sends the same reply again,
  // which the source recognises. A changed text is a new reply.
  const idempotencyKey = useRef<string | null>(null);

  const draftStatus =
    draft.state === 'saving'
      ? 'Sparar utkastet …'
      : draft.state === 'saved' && draft.savedAt
        ? `Utkastet är sparat kl. ${formatTime(draft.savedAt)}.`
        : draft.state === 'error'
          ? 'Utkastet kunde inte sparas just nu. Det sparas igen när du skriver.'
          : draft.text
            ? 'Ditt sparade utkast.'
            : '';

  return (
    <form
      className="stack stack--sm"
      aria-label="Svara patienten"
      onSubmit={(event) => {
        event.preventDefault();
        const input = replyInputSchema.safeParse({ text: draft.text });
        if (!input.success) {
          setError(input.error.issues[0]?.message ?? null);
          return;
        }
        setError(null);
        idempotencyKey.current ??= crypto.randomUUID();
        onSend(draft.text, idempotencyKey.current, () => {
          idempotencyKey.current = null;
          draft.clear();
        });
      }}
    >
      <TextArea
        label={
          detail.type === 'certificate-question'
            ? 'Svar till Försäkringskassan'
            : 'Svar till patienten'
        }
        hint="Utkastet sparas medan du skriver."
        value={draft.text}
        disabled={draft.isLoading}
        error={error ?? undefined}
        onChange={(event) => {
          idempotencyKey.current = null;
          draft.change(event.target.value);
        }}
      />
      <p className="ds-text-sm ds-text-muted" role="status">
        {draft.isLoading ? 'Hämtar utkast …' : draftStatus}
      </p>
      <div>
        <Button type="submit" isLoading={busy} loadingText="Skickar …">
          Skicka svar
        </Button>
      </div>
    </form>
  );
}
