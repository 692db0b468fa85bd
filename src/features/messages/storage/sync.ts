/**
 * Getting a draft to the message service: its text with the version it builds on, new files
 * with their content (read from the sealed copy), and what the answer means. The editor
 * (hooks/use-draft.ts), the outbox and the background sync all go through `pushDraft`.
 */
import { ApiError } from '@/lib/http-client';
import { deleteDraft, putDraft } from '../api/drafts';
import type { PutDraftDocument, ServerDraft } from '../api/schemas';
import { bytesToBase64 } from '../lib/base64';
import type { Draft } from '../lib/draft';
import type { DeviceKey } from './crypto';
import { dropLocalDraft, listLocalDrafts, readLocalFile } from './local-drafts';
import { exclusively } from './serial';

export const WAITING_FOR_NETWORK =
  'Väntar på uppkoppling. Det skickas av sig självt när anslutningen är tillbaka.';
export const WAITING_FOR_LOGIN =
  'Väntar på inloggning. Det skickas av sig självt när du har loggat in igen.';

/** What a failed call to the service means for what was sent. */
export type Failure = {
  /**
   * waiting: no network or no login, it goes by itself later; failed: the service failed;
   * changed: the draft moved on elsewhere (412); gone: it is not on the service (404);
   * refused: the service will not take it as it is.
   */
  kind: 'waiting' | 'failed' | 'changed' | 'gone' | 'refused';
  message: string;
};

export function classify(error: unknown): Failure {
  if (!(error instanceof ApiError)) return { kind: 'failed', message: 'Försök igen.' };
  if (error.status === 0) return { kind: 'waiting', message: WAITING_FOR_NETWORK };
  if (error.status === 401) return { kind: 'waiting', message: WAITING_FOR_LOGIN };
  if (error.status === 408 || error.status === 429 || error.status >= 500)
    return { kind: 'failed', message: error.message };
  if (error.status === 412) return { kind: 'changed', message: error.message };
  if (error.status === 404) return { kind: 'gone', message: error.message };
  return { kind: 'refused', message: rejectionMessage(error) };
}

/** The service's refusal in words that say what to do. */
function rejectionMessage(error: ApiError): string {
  switch (error.code) {
    case 'recipient_unknown':
      return 'Mottagaren finns inte i adressboken. Sök fram organisationen och välj en funktionsbrevlåda igen.';
    case 'recipient_removed':
      return `${error.message} Den tar inte emot meddelanden längre – välj en annan mottagare.`;
    default:
      return error.message;
  }
}

export type PushOutcome = { ok: true; saved: ServerDraft } | ({ ok: false } & Failure);

/** The draft as the service takes it: new files with their content, the others by id. */
async function documentOf(device: DeviceKey | null, draft: Draft): Promise<PutDraftDocument> {
  const attachments = await Promise.all(
    draft.attachments.map(async (file) => {
      if (!file.local) return { id: file.id };
      const bytes = device && (await readLocalFile(device, file.id));
      if (!bytes) throw new MissingFileError(file.fileName);
      return {
        id: file.id,
        fileName: file.fileName,
        contentType: file.contentType,
        content: bytesToBase64(new Uint8Array(bytes)),
      };
    }),
  );
  return {
    data: {
      type: 'drafts',
      id: draft.id,
      attributes: {
        conversationId: draft.conversationId,
        label: draft.label,
        body: draft.body,
        confidentiality: draft.confidentiality,
        attachments,
      },
      relationships: {
        recipient: {
          data: draft.recipient ? { type: 'mailboxes', id: draft.recipient.mailboxId } : null,
        },
      },
    },
    meta: { version: draft.version },
  };
}

class MissingFileError extends Error {
  constructor(readonly fileName: string) {
    super(`Bilagan ${fileName} finns inte kvar i webbläsaren. Ta bort den och bifoga filen igen.`);
  }
}

/** Saves the draft on the service in the commission it was written in. */
export async function pushDraft(
  device: DeviceKey | null,
  draft: Draft,
  commissionHsaId: string,
): Promise<PushOutcome> {
  try {
    const document = await documentOf(device, draft);
    return { ok: true, saved: await putDraft(commissionHsaId, draft.mailboxId, document) };
  } catch (error) {
    if (error instanceof MissingFileError)
      return { ok: false, kind: 'refused', message: error.message };
    return { ok: false, ...classify(error) };
  }
}

/** Removes the draft from the service (in the version seen) and from this browser. */
export async function removeDraft(
  draft: Draft,
  commissionHsaId: string,
): Promise<{ ok: true } | ({ ok: false } & Failure)> {
  if (draft.version !== null) {
    try {
      await deleteDraft(commissionHsaId, draft.mailboxId, draft.id, draft.version);
    } catch (error) {
      return { ok: false, ...classify(error) };
    }
  }
  await dropLocalDraft(draft.id, { files: draft.attachments.map((f) => f.id) });
  return { ok: true };
}

/** After a push: the files the service has now are no longer kept here. */
export const uploadedFiles = (draft: Draft) =>
  draft.attachments.filter((f) => f.local).map((f) => f.id);

// --- Drafts open in an editor --------------------------------------------------------------------

const openHere = new Set<string>();

/**
 * An editor has the draft open: the background sync leaves it to the editor (in this tab, and
 * in other tabs where the browser can tell, through Web Locks). Returns the release.
 */
export function claimDraft(id: string): () => void {
  openHere.add(id);
  let release = () => {};
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks) {
    const held = new Promise<void>((resolve) => (release = resolve));
    void locks.request(`vardpersonal-sdk-draft:${id}`, () => held).catch(() => undefined);
  }
  return () => {
    openHere.delete(id);
    release();
  };
}

/** Runs `task` unless an editor here or in another tab has the draft open. */
async function unlessOpen(id: string, task: () => Promise<void>): Promise<void> {
  if (openHere.has(id)) return;
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return task();
  await locks.request(`vardpersonal-sdk-draft:${id}`, { ifAvailable: true }, (lock) =>
    lock && !openHere.has(id) ? task() : undefined,
  );
}

/**
 * Saves on the service the person's drafts this browser still keeps and no editor has open (a
 * tab closed before it could, a session that expired): after a new login, back online, every
 * little while. Drafts waiting in the outbox are left to it (`skip`); so are drafts open in an
 * editor, unless `includeOpen` (logout: the editor is about to go). Stops at the first answer
 * that says the service cannot be reached now. Resolves to how many it saved.
 */
export function pushWaitingDrafts(
  device: DeviceKey,
  employeeHsaId: string,
  skip: ReadonlySet<string>,
  { includeOpen = false } = {},
): Promise<number> {
  return exclusively(async () => {
    let saved = 0;
    for (const { draft, writer } of await listLocalDrafts(device, employeeHsaId)) {
      if (skip.has(draft.id)) continue;
      let reachable = true;
      const push = async () => {
        const outcome = await pushDraft(device, draft, draft.commissionHsaId);
        if (outcome.ok) {
          saved += 1;
          await dropLocalDraft(draft.id, {
            expected: { writer, revision: draft.revision },
            files: uploadedFiles(draft),
          });
        } else if (outcome.kind === 'waiting' || outcome.kind === 'failed') {
          reachable = false;
        }
        // changed, gone, refused: the copy stays; the editor shows it when the person opens it.
      };
      await (includeOpen ? push() : unlessOpen(draft.id, push));
      if (!reachable) break;
    }
    return saved;
  });
}
