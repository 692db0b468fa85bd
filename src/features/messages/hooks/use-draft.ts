import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { draftKeys, getDraft } from '../api/drafts';
import { readAttachment } from '../lib/attachments';
import {
  emptyDraft,
  fromServer,
  isBlank,
  sameContent,
  type Draft,
  type DraftPatch,
  type DraftPreset,
} from '../lib/draft';
import type { DeviceKey } from '../storage/crypto';
import { deviceKeyOrNull } from '../storage/device-key';
import {
  dropLocalDraft,
  dropLocalFiles,
  readLocalDraft,
  THIS_TAB,
  writeLocalDraft,
  writeLocalFile,
  type LocalDraft,
} from '../storage/local-drafts';
import { claimDraft, classify, pushDraft, removeDraft, uploadedFiles } from '../storage/sync';
import type { MessagesContext } from '../types';
import { useMessageSettings } from './use-message-settings';

export type DraftAddress = {
  id: string;
  mailboxId: string;
  conversationId: string | null;
  /** The screen made the id just now: the service has nothing by it yet. */
  isNew: boolean;
};

export type SaveState =
  /** Nothing typed yet. */
  | { status: 'empty' }
  | { status: 'saving' }
  /** The service has the latest edit. */
  | { status: 'saved'; at: string }
  /** The service has not got it yet; it is kept sealed in this browser until it has. */
  | { status: 'kept'; reason: string }
  /** Neither the service nor this browser could keep it. */
  | { status: 'unsaved'; reason: string };

/**
 * The draft and whether the service has its last edit (else this browser keeps it); or why it
 * cannot go on: a conflict to settle, or kept nowhere.
 */
export type FlushResult =
  { ok: true; draft: Draft; onService: boolean } | { ok: false; reason: 'conflict' | 'unsaved' };

/** Another tab or computer changed the draft (`changed`), or it is gone from the service. */
export type DraftConflict = { reason: 'changed' | 'gone'; theirs: Draft | null };

export type DraftEditor = {
  status: 'loading' | 'ready' | 'unavailable';
  loadError: string | null;
  draft: Draft | null;
  /** When the edit was made that an earlier visit left (a reload, a new login, an expired session). */
  restoredFrom: string | null;
  save: SaveState;
  conflict: DraftConflict | null;
  update: (patch: DraftPatch) => void;
  /** Attaches files; resolves to a message per file that could not be attached. */
  addFiles: (files: File[]) => Promise<string[]>;
  removeFile: (id: string) => void;
  /** Writes the latest edit (sealed here, then on the service) and waits. */
  flush: () => Promise<FlushResult>;
  /** The conflict: save this text over the other version, or take the other one instead. */
  keepMine: () => Promise<void>;
  takeTheirs: () => Promise<void>;
  /** Deletes the draft (service and browser); resolves to what went wrong, or null. */
  discard: () => Promise<string | null>;
  /** The draft went to the outbox: this editor writes nothing more of it. */
  handOff: () => void;
  /** Loads it again (after the outbox handed it back), with the reason if there is one. */
  reload: (refusal?: string) => Promise<void>;
};

const SAVE_FAILED =
  'Utkastet kunde inte sparas, varken hos meddelandetjänsten eller i webbläsaren. Kopiera texten innan du lämnar sidan.';
const KEPT_HERE =
  'Utkastet finns kvar, krypterat, i den här webbläsaren tills meddelandetjänsten har tagit emot det.';
const NO_KEY_FOR_FILES =
  'kan inte bifogas just nu: meddelandetjänsten går inte att nå. Försök igen om en stund.';

/**
 * A draft saved on the message service as it is typed: each edit is sealed in this browser at
 * once, and saved on the service when typing pauses (and on leaving the page); the sealed copy
 * goes as soon as the service has that edit. A change made meanwhile in another tab or on
 * another computer is a conflict the person settles; nothing is overwritten without them.
 */
export function useDraft(
  context: MessagesContext,
  address: DraftAddress,
  preset: DraftPreset = {},
): DraftEditor {
  // Fixed for the life of the editor: the screens key it by draft.
  const [fixed] = useState(() => ({ address, preset, owner: context }));
  const queryClient = useQueryClient();
  const { autosaveMs, draftRetryMs } = useMessageSettings();
  const [status, setStatus] = useState<DraftEditor['status']>('loading');
  const [loadError, setLoadError] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [restoredFrom, setRestoredFrom] = useState<string | null>(null);
  const [save, setSave] = useState<SaveState>({ status: 'empty' });
  const [conflict, setConflictState] = useState<DraftConflict | null>(null);

  const device = useRef<DeviceKey | null>(null);
  const memory = useRef<LocalDraft | null>(null);
  const conflictRef = useRef<DraftConflict | null>(null);
  const localDirty = useRef(false);
  const pushDirty = useRef(false);
  const handedOff = useRef(false);
  /** The edit (revision) the service has; -1 for none. */
  const savedRevision = useRef(-1);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const { owner } = fixed;
  const blank = useCallback((draft: Draft) => isBlank(draft, fixed.preset), [fixed]);

  /** One piece of work at a time, in order. */
  const enqueue = useCallback(<T>(task: () => Promise<T>): Promise<T> => {
    const result = chain.current.then(task);
    chain.current = result.catch(() => undefined);
    return result;
  }, []);

  const show = useCallback((next: LocalDraft) => {
    memory.current = next;
    setDraft(next);
  }, []);

  const setConflict = useCallback((next: DraftConflict | null) => {
    conflictRef.current = next;
    setConflictState(next);
  }, []);

  const asLocal = useCallback(
    (draft: Draft, revision: number): LocalDraft => ({
      ...draft,
      employeeHsaId: owner.employeeHsaId,
      commissionHsaId: owner.commissionHsaId,
      revision,
    }),
    [owner],
  );

  // --- Writing -----------------------------------------------------------------------------------

  /** The sealed copy of the latest edit (none for a blank draft the service never had). */
  const writeLocal = useCallback(async (): Promise<boolean> => {
    const current = memory.current;
    if (!localDirty.current || !current || handedOff.current) return true;
    localDirty.current = false;
    if (blank(current) && current.version === null) {
      await dropLocalDraft(current.id, {}).catch(() => undefined);
      return true;
    }
    if (!device.current) return false;
    try {
      await writeLocalDraft(device.current, current);
      return true;
    } catch {
      return false;
    }
  }, [blank]);

  /** Timers call the latest `push` through this (it is set below, after each render). */
  const pushRef = useRef<() => Promise<void>>(async () => {});

  /** Saves on the service in `ms` (typing pauses, or the service answers again). */
  const pushLater = useCallback(
    (ms: number) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void enqueue(() => pushRef.current()), ms);
    },
    [enqueue],
  );

  /** Saves the latest edit on the service, if there is one it lacks. */
  const push = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const kept = await writeLocal();
    if (!pushDirty.current || conflictRef.current || handedOff.current) return;
    pushDirty.current = false;
    const snapshot = memory.current!;
    const keptOrNot = (reason: string): SaveState =>
      kept && device.current
        ? { status: 'kept', reason: `${reason} ${KEPT_HERE}` }
        : { status: 'unsaved', reason: `${reason} ${SAVE_FAILED}` };

    if (blank(snapshot)) {
      // Nothing left to keep: a draft the service has goes too.
      if (snapshot.version === null) return setSave({ status: 'empty' });
      const removed = await removeDraft(snapshot, owner.commissionHsaId);
      if (removed.ok) {
        savedRevision.current = -1;
        show({ ...memory.current!, version: null });
        setSave({ status: 'empty' });
        void queryClient.invalidateQueries({
          queryKey: draftKeys.list(owner.commissionHsaId, snapshot.mailboxId),
        });
        return;
      }
      pushDirty.current = true;
      return setSave(keptOrNot(removed.message));
    }

    setSave({ status: 'saving' });
    const outcome = await pushDraft(device.current, snapshot, owner.commissionHsaId);
    if (outcome.ok) {
      const uploaded = uploadedFiles(snapshot);
      const now = memory.current!;
      show({
        ...now,
        version: outcome.saved.version,
        attachments: now.attachments.map((f) =>
          uploaded.includes(f.id) ? { ...f, local: false } : f,
        ),
      });
      savedRevision.current = snapshot.revision;
      if (now.revision === snapshot.revision) {
        await dropLocalDraft(snapshot.id, {
          expected: { writer: THIS_TAB, revision: snapshot.revision },
          files: uploaded,
        });
        setSave({ status: 'saved', at: outcome.saved.updatedAt });
      } else {
        // Typed on meanwhile: the newer edit builds on the new version.
        localDirty.current = true;
        await writeLocal();
        await dropLocalFiles(uploaded);
      }
      void queryClient.invalidateQueries({
        queryKey: draftKeys.list(owner.commissionHsaId, snapshot.mailboxId),
      });
      return;
    }
    switch (outcome.kind) {
      case 'changed':
      case 'gone': {
        const reason = outcome.kind;
        setConflict({ reason, theirs: null });
        setSave(keptOrNot(''));
        const theirs = await getDraft(owner.commissionHsaId, snapshot.mailboxId, snapshot.id).catch(
          () => null,
        );
        // Unless settled meanwhile (the ref changes while this waits).
        if ((conflictRef.current as DraftConflict | null)?.reason === reason)
          setConflict({ reason, theirs: theirs && fromServer(theirs, snapshot.mailboxId) });
        return;
      }
      case 'waiting':
      case 'failed':
        pushDirty.current = true;
        setSave(keptOrNot(outcome.message));
        pushLater(draftRetryMs);
        return;
      case 'refused':
        // Said next to the form; tried again after the next change.
        setSave(keptOrNot(outcome.message));
    }
  }, [writeLocal, blank, owner, show, queryClient, setConflict, pushLater, draftRetryMs]);

  useEffect(() => {
    pushRef.current = push;
  }, [push]);

  const pushSoon = useCallback((ms = autosaveMs) => pushLater(ms), [pushLater, autosaveMs]);

  // --- Loading -----------------------------------------------------------------------------------

  const load = useCallback(
    async (refusal?: string): Promise<void> => {
      const { id, mailboxId, conversationId, isNew } = fixed.address;
      const first = memory.current === null;
      device.current = await deviceKeyOrNull(owner);
      let server: Draft | null = null;
      let unreachable: string | null = null;
      if (!isNew || !first) {
        try {
          const found = await getDraft(owner.commissionHsaId, mailboxId, id);
          server = found && fromServer(found, mailboxId);
        } catch (error) {
          unreachable = classify(error).message;
        }
      }
      const local = device.current
        ? ((await readLocalDraft(device.current, id).catch(() => null))?.draft ?? null)
        : null;

      if (unreachable && !local && !isNew && first) {
        setLoadError(`Utkastet gick inte att hämta. ${unreachable}`);
        setStatus('unavailable');
        return;
      }
      let current: LocalDraft;
      let found: DraftConflict | null = null;
      if (local) {
        current = local;
        if (!unreachable) {
          if (server === null && local.version !== null) found = { reason: 'gone', theirs: null };
          else if (server && local.version !== server.version) {
            if (sameContent(local, server)) current = asLocal(server, local.revision);
            else found = { reason: 'changed', theirs: server };
          }
        }
        // This tab takes the copy over: it writes it again as its own, and saves it.
        localDirty.current = true;
        pushDirty.current = !found;
        savedRevision.current = -1;
        setSave({ status: 'kept', reason: KEPT_HERE });
      } else if (server) {
        current = asLocal(server, 0);
        savedRevision.current = 0;
        setSave({ status: 'saved', at: server.updatedAt });
      } else {
        savedRevision.current = -1;
        current = asLocal(emptyDraft({ id, mailboxId, conversationId }, fixed.preset), 0);
      }
      if (refusal) current = { ...current, refusal };
      handedOff.current = false;
      show(current);
      setConflict(found);
      // Say once that an earlier visit's draft came back.
      if (first) setRestoredFrom(blank(current) ? null : current.updatedAt);
      setLoadError(null);
      setStatus('ready');
      // Runs as queued work already: write now, not behind itself.
      if (localDirty.current) await writeLocal();
      if (pushDirty.current) pushSoon(0);
    },
    [fixed, owner, asLocal, show, setConflict, blank, writeLocal, pushSoon],
  );

  useEffect(() => {
    const release = claimDraft(fixed.address.id);
    void enqueue(() => load());
    return release;
  }, [fixed, enqueue, load]);

  // Leaving the page or the screen, and coming back online: save what is typed.
  useEffect(() => {
    const now = () => void enqueue(push);
    const onHide = () => document.visibilityState === 'hidden' && now();
    window.addEventListener('pagehide', now);
    window.addEventListener('online', now);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', now);
      window.removeEventListener('online', now);
      document.removeEventListener('visibilitychange', onHide);
      if (timer.current) clearTimeout(timer.current);
      now();
    };
  }, [enqueue, push]);

  // --- Editing -----------------------------------------------------------------------------------

  const change = useCallback(
    (patch: Partial<Draft>) => {
      const current = memory.current;
      if (!current || handedOff.current) return;
      show({
        ...current,
        ...patch,
        refusal: null,
        updatedAt: new Date().toISOString(),
        revision: current.revision + 1,
      });
      localDirty.current = true;
      pushDirty.current = true;
      // "Sparat" was said of the edit before this one.
      setSave((save) => (save.status === 'saved' ? { status: 'saving' } : save));
      void enqueue(writeLocal);
      if (!conflictRef.current) pushSoon();
    },
    [show, enqueue, writeLocal, pushSoon],
  );

  const addFiles = useCallback(
    async (files: File[]) => {
      const problems: string[] = [];
      for (const file of files) {
        const current = memory.current;
        if (!current) break;
        const result = await readAttachment(file, current.attachments);
        if (!result.ok) {
          problems.push(result.message);
          continue;
        }
        const id = crypto.randomUUID();
        const stored =
          device.current &&
          (await writeLocalFile(device.current, id, result.data).then(
            () => true,
            () => false,
          ));
        if (!stored) {
          problems.push(`Filen ”${file.name}” ${NO_KEY_FOR_FILES}`);
          continue;
        }
        change({
          attachments: [...memory.current!.attachments, { id, ...result.meta, local: true }],
        });
      }
      // A file is worth saving at once.
      if (!conflictRef.current) await enqueue(push);
      return problems;
    },
    [change, enqueue, push],
  );

  const removeFile = useCallback(
    (id: string) => {
      const current = memory.current;
      if (!current) return;
      const file = current.attachments.find((f) => f.id === id);
      change({ attachments: current.attachments.filter((f) => f.id !== id) });
      // After the edit without it is written: nothing in flight reads it any more.
      if (file?.local) void enqueue(() => dropLocalFiles([id]));
    },
    [change, enqueue],
  );

  const flush = useCallback(
    () =>
      enqueue(async () => {
        const before = memory.current;
        pushDirty.current ||= !!before && savedRevision.current !== before.revision;
        await push();
        const current = memory.current;
        if (conflictRef.current) return { ok: false, reason: 'conflict' } as const;
        if (!current) return { ok: false, reason: 'unsaved' } as const;
        const onService = savedRevision.current === current.revision && current.version !== null;
        if (onService) return { ok: true, draft: current, onService } as const;
        // Not on the service: is it kept here at least?
        const copy = device.current && (await readLocalDraft(device.current, current.id));
        return copy?.draft.revision === current.revision
          ? ({ ok: true, draft: current, onService } as const)
          : ({ ok: false, reason: 'unsaved' } as const);
      }),
    [enqueue, push],
  );

  // --- Conflicts, deleting, handing over -----------------------------------------------------------

  const keepMine = useCallback(
    () =>
      enqueue(async () => {
        const current = memory.current;
        const theirs = conflictRef.current?.theirs ?? null;
        if (!current) return;
        // Made on the version the service has now (none: it becomes a new draft).
        show({ ...current, version: theirs?.version ?? null, revision: current.revision + 1 });
        setConflict(null);
        localDirty.current = true;
        pushDirty.current = true;
        await push();
      }),
    [enqueue, show, setConflict, push],
  );

  const takeTheirs = useCallback(
    () =>
      enqueue(async () => {
        const current = memory.current;
        const theirs = conflictRef.current?.theirs ?? null;
        if (!current || !theirs) return;
        await dropLocalDraft(current.id, { files: uploadedFiles(current) });
        show(asLocal(theirs, current.revision + 1));
        savedRevision.current = current.revision + 1;
        setConflict(null);
        localDirty.current = false;
        pushDirty.current = false;
        setSave({ status: 'saved', at: theirs.updatedAt });
      }),
    [enqueue, show, setConflict, asLocal],
  );

  const discard = useCallback(
    () =>
      enqueue(async () => {
        const current = memory.current;
        if (!current) return null;
        if (timer.current) clearTimeout(timer.current);
        const removed = await removeDraft(current, owner.commissionHsaId);
        if (!removed.ok) {
          return removed.kind === 'changed'
            ? 'Utkastet har ändrats i en annan flik eller på en annan dator och raderades inte. Hämta sidan igen för att se den versionen.'
            : `Utkastet kunde inte raderas. ${removed.message}`;
        }
        const { id, mailboxId, conversationId } = fixed.address;
        show(asLocal(emptyDraft({ id, mailboxId, conversationId }, fixed.preset), 0));
        savedRevision.current = -1;
        setConflict(null);
        setRestoredFrom(null);
        setSave({ status: 'empty' });
        localDirty.current = false;
        pushDirty.current = false;
        void queryClient.invalidateQueries({
          queryKey: draftKeys.list(owner.commissionHsaId, mailboxId),
        });
        return null;
      }),
    [enqueue, owner, fixed, show, asLocal, setConflict, queryClient],
  );

  const handOff = useCallback(() => {
    handedOff.current = true;
    localDirty.current = false;
    pushDirty.current = false;
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const reload = useCallback((refusal?: string) => enqueue(() => load(refusal)), [enqueue, load]);

  return {
    status,
    loadError,
    draft,
    restoredFrom,
    save,
    conflict,
    update: change,
    addFiles,
    removeFile,
    flush,
    keepMine,
    takeTheirs,
    discard,
    handOff,
    reload,
  };
}
