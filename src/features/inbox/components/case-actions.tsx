import { useState } from 'react';
import { Alert, Button, Select, TextArea } from '@/components';
import { useCaseActionMutation } from '../api/case-actions';
import { useColleagues } from '../api/colleagues';
import { CASE_STATUS_LABELS, type CaseAction, type CaseDetail, type InboxContext } from '../model';
import { openInName, SourceError, type CaseSource } from '../sources/case-source';
import { ReplyForm } from './reply-form';

type Message = { variant: 'success' | 'error'; text: string; conflict?: boolean };

export type CaseActionsProps = { context: InboxContext; source: CaseSource; detail: CaseDetail };

function successText(action: CaseAction): string {
  switch (action.kind) {
    case 'take':
      return 'Du har tagit ärendet.';
    case 'assign':
      return `Ärendet är tilldelat ${action.to.name}.`;
    case 'status':
      return `Status är ändrad till ${CASE_STATUS_LABELS[action.status]}.`;
    case 'close':
      return 'Ärendet är avslutat.';
    case 'reopen':
      return 'Ärendet är öppnat igen.';
    case 'reply':
      return 'Svaret är skickat.';
  }
}

/** Everything that can be done to the case here, each change shown at once and undone if refused. */
export function CaseActions({ context, source, detail }: CaseActionsProps) {
  const mutation = useCaseActionMutation(context, source, detail.id);
  const [message, setMessage] = useState<Message | null>(null);
  const caps = detail.capabilities;

  const run = (action: CaseAction, after?: () => void) => {
    setMessage(null);
    mutation.mutate(
      { target: detail, action },
      {
        onSuccess: () => {
          setMessage({ variant: 'success', text: successText(action) });
          after?.();
        },
        onError: (error) => {
          const conflict = error instanceof SourceError && error.kind === 'conflict';
          setMessage({
            variant: 'error',
            conflict,
            text: conflict
              ? `${error.message} Ärendet visas som det är nu.`
              : `${error.message} Ändringen är ångrad.`,
          });
        },
      },
    );
  };

  // After a conflict the refreshed case says who has it now.
  const holder =
    message?.conflict && detail.assignee && detail.assignee.hsaId !== context.me.hsaId
      ? ` ${detail.assigneeLabel}: ${detail.assignee.name}.`
      : '';

  return (
    <section className="stack stack--sm" aria-labelledby="case-actions-heading">
      <h3 id="case-actions-heading">Åtgärder</h3>
      {message && (
        <Alert variant={message.variant} live>
          <p>
            {message.text}
            {holder}
          </p>
        </Alert>
      )}
      <div className="cluster">
        {caps.take && (
          <Button onClick={() => run({ kind: 'take' })} isLoading={mutation.isPending}>
            Ta ärendet
          </Button>
        )}
        {caps.reopen && (
          <Button
            variant="secondary"
            onClick={() => run({ kind: 'reopen' })}
            isLoading={mutation.isPending}
          >
            Öppna ärendet igen
          </Button>
        )}
      </div>
      {caps.assign && (
        <AssignForm
          context={context}
          source={source}
          detail={detail}
          busy={mutation.isPending}
          onAssign={(to) => run({ kind: 'assign', to })}
        />
      )}
      {caps.statuses.length > 0 && (
        <StatusForm
          detail={detail}
          busy={mutation.isPending}
          onChange={(status) => run({ kind: 'status', status })}
        />
      )}
      {caps.reply && source.drafts && (
        <ReplyForm
          context={context}
          source={source}
          detail={detail}
          busy={mutation.isPending}
          onSend={(text, idempotencyKey, after) =>
            run({ kind: 'reply', text, idempotencyKey }, after)
          }
        />
      )}
      {caps.close && (
        <CloseForm busy={mutation.isPending} onClose={(note) => run({ kind: 'close', note })} />
      )}
      {!caps.take &&
        !caps.assign &&
        !caps.reply &&
        !caps.close &&
        !caps.reopen &&
        caps.statuses.length === 0 && (
          <p>Det finns inget du kan göra med ärendet här. Öppna det i {openInName(source)}.</p>
        )}
    </section>
  );
}

function AssignForm({
  context,
  source,
  detail,
  busy,
  onAssign,
}: CaseActionsProps & { busy: boolean; onAssign: (to: { hsaId: string; name: string }) => void }) {
  const colleagues = useColleagues(context, source);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const options = (colleagues.data ?? [])
    .filter((c) => c.hsaId !== detail.assignee?.hsaId)
    .map((c) => ({ value: c.hsaId, label: c.title ? `${c.name}, ${c.title}` : c.name }));
  return (
    <form
      className="cluster inbox-inline-form"
      aria-label="Tilldela ärendet"
      onSubmit={(event) => {
        event.preventDefault();
        const colleague = colleagues.data?.find((c) => c.hsaId === chosen);
        if (!colleague) {
          setError('Välj en medarbetare.');
          return;
        }
        setError(null);
        onAssign({ hsaId: colleague.hsaId, name: colleague.name });
        setChosen('');
      }}
    >
      <Select
        label="Tilldela till"
        placeholder={colleagues.isPending ? 'Hämtar medarbetare …' : 'Välj medarbetare'}
        options={options}
        value={chosen}
        error={error ?? (colleagues.error ? colleagues.error.message : undefined)}
        onChange={(event) => setChosen(event.target.value)}
      />
      <Button type="submit" variant="secondary" disabled={busy}>
        Tilldela
      </Button>
    </form>
  );
}

function StatusForm({
  detail,
  busy,
  onChange,
}: {
  detail: CaseDetail;
  busy: boolean;
  onChange: (s: CaseDetail['status']) => void;
}) {
  const [status, setStatus] = useState('');
  return (
    <form
      className="cluster inbox-inline-form"
      aria-label="Ändra status"
      onSubmit={(event) => {
        event.preventDefault();
        const next = detail.capabilities.statuses.find((s) => s === status);
        if (next) onChange(next);
        setStatus('');
      }}
    >
      <Select
        label="Ny status"
        placeholder="Välj status"
        value={status}
        onChange={(event) => setStatus(event.target.value)}
        options={detail.capabilities.statuses
          .filter((s) => s !== detail.status)
          .map((s) => ({ value: s, label: CASE_STATUS_LABELS[s] }))}
      />
      <Button type="submit" variant="secondary" disabled={busy || !status}>
        Ändra status
      </Button>
    </form>
  );
}

function CloseForm({ busy, onClose }: { busy: boolean; onClose: (note: string) => void }) {
  const [note, setNote] = useState('');
  return (
    <form
      className="stack stack--sm"
      aria-label="Avsluta ärendet"
      onSubmit={(event) => {
        event.preventDefault();
        onClose(note.trim());
      }}
    >
      <TextArea
        label="Anteckning när du avslutar (valfri)"
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <div>
        <Button type="submit" variant="secondary" disabled={busy}>
          Avsluta ärendet
        </Button>
      </div>
    </form>
  );
}
