import { useCallback, useEffect, useRef, useState } from 'react';
import type { Confidentiality, Party } from '../api/schemas';
import { readAttachment } from '../lib/attachments';
import type { Draft } from '../storage/db';
import {
  deleteDraft,
  deleteDraftFile,
  emptyDraft,
  isBlank,
  loadDraft,
  putDraftFile,
  saveDraft,
  type DraftAddress,
} from '../storage/drafts';

export type DraftPreset = {
  recipient?: Party | null;
  label?: string;
  confidentiality?: Confidentiality;
};

export type DraftEditor = {
  draft: Draft | null;
  /** When the draft was last written to the browser's storage. */
  savedAt: string | null;
  saveError: string | null;
  update: (patch: Partial<Pick<Draft, 'recipient' | 'label' | 'body' | 'confidentiality'>>) => void;
  /** Attaches files; resolves to a message per file that could not be attached. */
  addFiles: (files: File[]) => Promise<string[]>;
  removeFile: (id: string) => Promise<void>;
  /** Writes what is typed now and waits for it. */
  flush: () => Promise<void>;
  /** Reads the draft again from storage (after the outbox returned a refused message to it). */
  reload: () => Promise<void>;
  /** A fresh, empty draft (after sending). */
  reset: () => void;
};

const SAVE_FAILED =
  'Utkastet kunde inte sparas i webbläsaren. Kopiera texten innan du lämnar sidan.';

/**
 * A draft saved as it is typed: every change is written to IndexedDB at once (one write at a
 * time, the newest wins), and on leaving the page. Blank drafts are not kept.
 */
export function useDraft(address: DraftAddress, preset: DraftPreset = {}): DraftEditor {
  // Fixed for the life of the editor: the screens key it by mailbox and conversation.
  const [initial] = useState(() => ({ address, preset }));
  const [draft, setDraft] = useState<Draft | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const latest = useRef<Draft | null>(null);
  const dirty = useRef(false);
  const writing = useRef<Promise<void> | null>(null);
  const blank = useCallback(() => emptyDraft(initial.address, initial.preset), [initial]);

  const persist = useCallback(async (): Promise<void> => {
    // One write at a time; a change made meanwhile is written right after.
    while (writing.current) await writing.current;
    if (!dirty.current || !latest.current) return;
    dirty.current = false;
    const current = latest.current;
    writing.current = (isBlank(current, blank()) ? deleteDraft(current.key) : saveDraft(current))
      .then(() => {
        setSavedAt(current.updatedAt);
        setSaveError(null);
      })
      .catch(() => {
        dirty.current = true;
        setSaveError(SAVE_FAILED);
      })
      .finally(() => {
        writing.current = null;
      });
    await writing.current;
  }, [blank]);

  const replace = useCallback((next: Draft) => {
    latest.current = next;
    setDraft(next);
  }, []);

  const load = useCallback(async () => {
    const stored = await loadDraft(initial.address);
    replace(stored ?? blank());
    setSavedAt(stored?.updatedAt ?? null);
  }, [initial, blank, replace]);

  useEffect(() => {
    let active = true;
    loadDraft(initial.address)
      .then((stored) => {
        if (!active) return;
        replace(stored ?? blank());
        setSavedAt(stored?.updatedAt ?? null);
      })
      .catch(() => {
        if (active) {
          replace(blank());
          setSaveError(SAVE_FAILED);
        }
      });
    return () => {
      active = false;
    };
  }, [initial, blank, replace]);

  // Leaving the page or the screen: write what is typed.
  useEffect(() => {
    const onHide = () => void persist();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      void persist();
    };
  }, [persist]);

  const change = useCallback(
    (patch: Partial<Draft>) => {
      if (!latest.current) return;
      replace({ ...latest.current, ...patch, error: null, updatedAt: new Date().toISOString() });
      dirty.current = true;
      void persist();
    },
    [persist, replace],
  );

  const addFiles = useCallback(
    async (files: File[]) => {
      const problems: string[] = [];
      for (const file of files) {
        if (!latest.current) break;
        const result = await readAttachment(file, latest.current.attachments);
        if (!result.ok) {
          problems.push(result.message);
          continue;
        }
        const id = await putDraftFile(latest.current.key, result.data);
        change({ attachments: [...latest.current.attachments, { id, ...result.meta }] });
      }
      await persist();
      return problems;
    },
    [change, persist],
  );

  const removeFile = useCallback(
    async (id: string) => {
      if (!latest.current) return;
      change({ attachments: latest.current.attachments.filter((f) => f.id !== id) });
      await persist();
      await deleteDraftFile(id);
    },
    [change, persist],
  );

  const reset = useCallback(() => {
    dirty.current = false;
    replace(blank());
    setSavedAt(null);
  }, [blank, replace]);

  return {
    draft,
    savedAt,
    saveError,
    update: change,
    addFiles,
    removeFile,
    flush: persist,
    reload: load,
    reset,
  };
}
