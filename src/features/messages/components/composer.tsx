import { useId, useRef, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  Disclosure,
  LoadError,
  Loading,
  TextArea,
  TextField,
} from '@/components';
import type { Party } from '../api/schemas';
import { typeLabel } from '../lib/attachments';
import { ATTACHMENT_RULES, formatBytes } from '../lib/file-types';
import { formatDateTime } from '@/lib/format';
import { validateDraft, type DraftErrors, type DraftField } from '../lib/validate-draft';
import { useDraft, type DraftEditor } from '../hooks/use-draft';
import { useAfterSend } from '../hooks/use-outbox';
import { deviceKeyOrNull } from '../storage/device-key';
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
  /** The draft to edit; `isNew` when the screen made its id just now. */
  draft: { id: string; isNew: boolean };
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

const NOT_QUEUED =
  'Meddelandet kunde inte läggas i utkorgen: utkastet gick inte att spara, varken hos meddelandetjänsten eller i webbläsaren. Kopiera texten och försök igen om en stund.';
const SETTLE_FIRST = 'Välj först vilken version av utkastet som ska gälla, sedan kan du skicka.';

/**
 * Writing a message: new (recipient from the address book) or a reply. Saved on the message
 * service as typed (hooks/use-draft.ts); sending hands it to the outbox. Bad input is said in
 * words next to the field and in a summary, and the draft stays as it is.
 */
export function Composer({ context, mailboxId, draft: address, reply, onQueued }: ComposerProps) {
  const editor = useDraft(
    context,
    { ...address, mailboxId, conversationId: reply?.conversationId ?? null },
    reply ? { recipient: reply.recipient, label: replyLabel(reply.label) } : {},
  );
  const { draft } = editor;
  const [errors, setErrors] = useState<DraftErrors>({});
  const [fileErrors, setFileErrors] = useState<string[]>([]);
  const [sendError, setSendError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const ids = useId();
  const afterSend = useAfterSend();

  if (editor.status === 'unavailable') {
    return (
      <LoadError title="Utkastet gick inte att visa" onRetry={() => void editor.reload()}>
        {editor.loadError} Inget av det du har skrivit är borta.
      </LoadError>
    );
  }
  if (!draft || editor.status === 'loading') return <Loading label="Hämtar utkast …" />;

  const errorList = [
    ...Object.entries(errors).map(([field, message]) => ({
      field: field as DraftField,
      message: message!,
    })),
  ];

  const focusSummary = () => requestAnimationFrame(() => summary.current?.focus());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSendError(null);
    if (editor.conflict) {
      setSendError(SETTLE_FIRST);
      return focusSummary();
    }
    const found = validateDraft(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return focusSummary();
    setSending(true);
    try {
      const flushed = await editor.flush();
      const device = flushed.ok ? await deviceKeyOrNull(context) : null;
      if (!flushed.ok || !device) {
        setSendError(!flushed.ok && flushed.reason === 'conflict' ? SETTLE_FIRST : NOT_QUEUED);
        return focusSummary();
      }
      const item = await queueDraft(
        device,
        flushed.draft,
        { employeeHsaId: context.employeeHsaId, commissionHsaId: context.commissionHsaId },
        { refToMessageId: reply?.refToMessageId ?? null },
      );
      // In the outbox now: this editor writes nothing more of it.
      editor.handOff();
      const outcome = await sendNow(device, item.messageId);
      // The mailbox lists the new conversation at once, not after the next poll.
      afterSend([outcome]);
      if (outcome.status === 'rejected') {
        // The draft stays, with the reason (see storage/outbox.ts).
        await editor.reload(outcome.error);
        return focusSummary();
      }
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
    const problem = await editor.discard();
    setSendError(problem);
    if (problem) return focusSummary();
    setErrors({});
    setFileErrors([]);
  };

  const hasContent = Boolean(draft.body || draft.attachments.length || (!reply && draft.label));

  return (
    <form className="sdk-composer stack" noValidate onSubmit={submit}>
      {editor.restoredFrom && !editor.conflict && (
        <Alert variant="info">
          Ditt utkast från {formatDateTime(editor.restoredFrom)} är återställt.
        </Alert>
      )}
      {editor.conflict && <ConflictNotice editor={editor} />}
      <div ref={summary} tabIndex={-1} className="sdk-composer__summary">
        {draft.refusal && (
          <Alert variant="error" title="Meddelandet skickades inte" live>
            {draft.refusal} Utkastet finns kvar.
          </Alert>
        )}
        {sendError && (
          <Alert variant="error" title="Meddelandet skickades inte" live>
            {sendError}
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

      <TextArea
        id={FIELD_IDS.body}
        label="Meddelande"
        hint="Skriv i ren text. Mottagaren ser texten precis som du skriver den."
        required
        rows={8}
        textAreaClassName="sdk-composer__body"
        value={draft.body}
        onChange={(event) => editor.update({ body: event.target.value })}
        error={errors.body}
        disabled={sending}
      />

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

      <SaveStatus editor={editor} />

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

/** Where the draft is kept now, in words: on the service, only here for now, or nowhere. */
function SaveStatus({ editor }: { editor: DraftEditor }) {
  const { save } = editor;
  if (save.status === 'kept') return <Alert variant="warning">{save.reason}</Alert>;
  if (save.status === 'unsaved') return <Alert variant="error">{save.reason}</Alert>;
  return (
    <p className="sdk-muted">
      {save.status === 'saved'
        ? `Utkastet är sparat ${formatDateTime(save.at)} hos meddelandetjänsten, bara för dig.`
        : 'Utkastet sparas hos meddelandetjänsten medan du skriver, bara för dig.'}
    </p>
  );
}

/** The draft changed elsewhere, or went: the person chooses; nothing is thrown away unasked. */
function ConflictNotice({ editor }: { editor: DraftEditor }) {
  const { conflict } = editor;
  if (!conflict) return null;
  const { theirs } = conflict;
  if (conflict.reason === 'gone') {
    return (
      <Alert variant="warning" title="Utkastet finns inte längre hos meddelandetjänsten" live>
        <p>
          Det har skickats eller raderats i en annan flik eller på en annan dator. Din text här
          finns kvar, krypterad i den här webbläsaren.
        </p>
        <div className="cluster">
          <Button size="sm" onClick={() => void editor.keepMine()}>
            Spara min text som utkast igen
          </Button>
        </div>
      </Alert>
    );
  }
  return (
    <Alert variant="warning" title="Utkastet har ändrats på annat håll" live>
      <p>
        Någon ändring gjordes i en annan flik eller på en annan dator
        {theirs ? ` (sparad ${formatDateTime(theirs.updatedAt)})` : ''} medan du skrev här. Din text
        nedan finns kvar och inget har skrivits över. Välj vilken version som ska gälla.
      </p>
      {theirs && (
        <Disclosure summary="Visa den andra versionen">
          <p>
            <strong>{theirs.label || '(Ingen rubrik)'}</strong>
          </p>
          <p className="sdk-composer__other">{theirs.body}</p>
        </Disclosure>
      )}
      <div className="cluster">
        <Button size="sm" onClick={() => void editor.keepMine()}>
          Behåll min version
        </Button>
        {theirs && (
          <Button size="sm" variant="secondary" onClick={() => void editor.takeTheirs()}>
            Använd den andra versionen
          </Button>
        )}
      </div>
    </Alert>
  );
}
