import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Dialog, Loading, TextField } from '@/components';
import type { Party } from '../api/schemas';
import { typeLabel } from '../lib/attachments';
import { ATTACHMENT_RULES, formatBytes } from '../lib/file-types';
import { formatDateTime } from '../lib/format';
import { validateDraft, type DraftErrors, type DraftField } from '../lib/validate-draft';
import { useDraft } from '../hooks/use-draft';
import { deleteDraft } from '../storage/drafts';
import { useAfterSend } from '../hooks/use-outbox';
import { queueDraft, sendNow, type FlushOutcome } from '../storage/outbox';
import type { MessagesContext } from '../types';
import { RecipientPicker } from './recipient-picker';

export type ReplyTo = {
  conversationId: string;
  recipient: Party;
  label: string;
  refToMessageId: string | null;
};

type ComposerProps = {
  context: MessagesContext;
  mailboxId: string;
  /** Present for a reply in a conversation; the recipient is then the conversation's. */
  reply?: ReplyTo;
  /** The message is in the outbox and was tried once (it may be sent, waiting or failed). */
  onQueued: (result: { conversationId: string; outcome: FlushOutcome }) => void;
};

const FIELD_IDS: Record<DraftField, string> = {
  recipient: 'sdk-recipient',
  label: 'sdk-label',
  body: 'sdk-body',
  attachments: 'sdk-attachments',
};

const replyLabel = (label: string) => (/^sv:/i.test(label) ? label : `Sv: ${label}`);

/**
 * Writing a message: new (recipient from the address book) or a reply. Saved as typed; sending
 * hands it to the outbox. Bad input is said in words next to the field and in a summary, and
 * the draft stays as it is.
 */
export function Composer({ context, mailboxId, reply, onQueued }: ComposerProps) {
  const editor = useDraft(
    {
      employeeHsaId: context.employeeHsaId,
      mailboxId,
      conversationId: reply?.conversationId ?? null,
    },
    reply ? { recipient: reply.recipient, label: replyLabel(reply.label) } : {},
  );
  const { draft } = editor;
  const [errors, setErrors] = useState<DraftErrors>({});
  const [fileErrors, setFileErrors] = useState<string[]>([]);
  const [sending, setSending] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const ids = useId();
  const afterSend = useAfterSend();

  // Say once that an earlier draft came back (after a reload, a new login, an expired session).
  const loadedKey = useRef<string | null>(null);
  useEffect(() => {
    if (!draft || loadedKey.current === draft.key) return;
    loadedKey.current = draft.key;
    setRestoredAt(editor.savedAt);
  }, [draft, editor.savedAt]);

  if (!draft) return <Loading label="Hämtar utkast …" />;

  const errorList = [
    ...Object.entries(errors).map(([field, message]) => ({
      field: field as DraftField,
      message: message!,
    })),
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateDraft(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setSending(true);
    try {
      await editor.flush();
      const item = await queueDraft(
        draft,
        { employeeHsaId: context.employeeHsaId, commissionHsaId: context.commissionHsaId },
        { refToMessageId: reply?.refToMessageId ?? null },
      );
      const outcome = await sendNow(item.messageId);
      // The mailbox lists the new conversation at once, not after the next poll.
      afterSend([outcome]);
      if (outcome.status === 'rejected') {
        // Back in the draft, with the reason (see storage/outbox.ts).
        await editor.reload();
        requestAnimationFrame(() => summary.current?.focus());
        return;
      }
      editor.reset();
      setRestoredAt(null);
      onQueued({ conversationId: item.conversationId, outcome });
    } finally {
      setSending(false);
    }
  };

  const addFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const problems = await editor.addFiles([...files]);
    setFileErrors(problems);
    if (fileInput.current) fileInput.current.value = '';
  };

  const discard = async () => {
    setConfirmDelete(false);
    await deleteDraft(draft.key);
    editor.reset();
    setErrors({});
    setFileErrors([]);
    setRestoredAt(null);
  };

  const hasContent = Boolean(draft.body || draft.attachments.length || (!reply && draft.label));

  return (
    <form className="sdk-composer stack" noValidate onSubmit={submit}>
      {restoredAt && (
        <Alert variant="info">Ditt utkast från {formatDateTime(restoredAt)} är återställt.</Alert>
      )}
      <div ref={summary} tabIndex={-1} className="sdk-composer__summary">
        {draft.error && (
          <Alert variant="error" title="Meddelandet skickades inte" live>
            {draft.error} Utkastet finns kvar.
          </Alert>
        )}
        {errorList.length > 0 && (
          <Alert variant="error" title="Rätta följande innan du skickar" live>
            <ul>
              {errorList.map(({ field, message }) => (
                <li key={field}>
                  <a href={`#${FIELD_IDS[field]}`}>{message}</a>
                </li>
              ))}
            </ul>
            <p>Utkastet är sparat.</p>
          </Alert>
        )}
      </div>

      {reply ? (
        <p>
          Till: <strong>{reply.recipient.mailboxName}</strong>, {reply.recipient.organisationName}
        </p>
      ) : (
        <RecipientPicker
          value={draft.recipient}
          onChange={(recipient) => editor.update({ recipient })}
          error={errors.recipient}
          disabled={sending}
        />
      )}

      <TextField
        id={FIELD_IDS.label}
        label="Rubrik"
        required
        value={draft.label}
        onChange={(event) => editor.update({ label: event.target.value })}
        error={errors.label}
        disabled={sending}
        maxLength={200}
      />

      <div className="ds-field">
        <label className="ds-field__label" htmlFor={FIELD_IDS.body}>
          Meddelande
          <span className="ds-field__required" aria-hidden="true">
            {' '}
            (obligatoriskt)
          </span>
        </label>
        <div id={`${ids}-body-hint`} className="ds-field__hint">
          Skriv i ren text. Mottagaren ser texten precis som du skriver den.
        </div>
        {errors.body && (
          <p id={`${ids}-body-error`} className="sdk-field-error">
            <span className="visually-hidden">Fel: </span>
            {errors.body}
          </p>
        )}
        <textarea
          id={FIELD_IDS.body}
          className="ds-input ds-field__control sdk-composer__body"
          rows={8}
          required
          value={draft.body}
          onChange={(event) => editor.update({ body: event.target.value })}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={`${ids}-body-hint${errors.body ? ` ${ids}-body-error` : ''}`}
          disabled={sending}
        />
      </div>

      <Checkbox
        label="Sekretessmarkera meddelandet"
        hint="Markera när meddelandet innehåller uppgifter om en enskild persons hälsa eller personliga förhållanden."
        checked={draft.confidentiality === 'confidential'}
        onChange={(event) =>
          editor.update({ confidentiality: event.target.checked ? 'confidential' : 'none' })
        }
        disabled={sending}
      />

      <div className="ds-field">
        <label className="ds-field__label" htmlFor={FIELD_IDS.attachments}>
          Bifoga filer
        </label>
        <div id={`${ids}-files-hint`} className="ds-field__hint">
          {ATTACHMENT_RULES}
        </div>
        {[...fileErrors, ...(errors.attachments ? [errors.attachments] : [])].map((message) => (
          <p key={message} className="sdk-field-error" role="alert">
            <span className="visually-hidden">Fel: </span>
            {message}
          </p>
        ))}
        <input
          ref={fileInput}
          id={FIELD_IDS.attachments}
          type="file"
          multiple
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          className="ds-field__control"
          aria-describedby={`${ids}-files-hint`}
          onChange={(event) => void addFiles(event.target.files)}
          disabled={sending}
        />
        {draft.attachments.length > 0 && (
          <ul className="sdk-files" aria-label="Bifogade filer">
            {draft.attachments.map((file) => (
              <li key={file.id}>
                {file.fileName}{' '}
                <span className="sdk-muted">
                  ({typeLabel(file.contentType)}, {formatBytes(file.size)})
                </span>{' '}
                <Button
                  variant="ghost"
                  size="sm"
                  onClick={() => void editor.removeFile(file.id)}
                  disabled={sending}
                >
                  Ta bort {file.fileName}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>

      <p className="sdk-muted">
        Utkastet sparas medan du skriver, bara i den här webbläsaren och bara för dig
        {editor.savedAt ? ` (sparat ${formatDateTime(editor.savedAt)})` : ''}.
      </p>
      {editor.saveError && <Alert variant="warning">{editor.saveError}</Alert>}

      <div className="cluster">
        <Button type="submit" isLoading={sending} loadingText="Skickar …">
          {reply ? 'Skicka svar' : 'Skicka'}
        </Button>
        {hasContent && (
          <Button variant="secondary" onClick={() => setConfirmDelete(true)} disabled={sending}>
            Radera utkast
          </Button>
        )}
      </div>

      <Dialog
        open={confirmDelete}
        onClose={() => setConfirmDelete(false)}
        title="Radera utkastet?"
        description="Texten och de bifogade filerna tas bort och går inte att få tillbaka."
        role="alertdialog"
        size="sm"
        actions={
          <>
            <Button variant="secondary" onClick={() => setConfirmDelete(false)}>
              Behåll utkastet
            </Button>
            <Button variant="danger" onClick={() => void discard()}>
              Radera
            </Button>
          </>
        }
      />
    </form>
  );
}
