import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { replyDraftQueryOptions, useSaveReplyDraftMutation } from '../api/reply-drafts';
import type { InboxContext } from '../model';
import type { CaseSource } from '../sources/case-source';
import { useInboxSettings } from './use-inbox-settings';

export type DraftState = 'idle' | 'saving' | 'saved' | 'error';

const DRAFT_DEBOUNCE_MS = 800;

/**
 * A reply draft kept in the source (server-side, per user), saved as you type: it survives a
 * reload and a new login without patient data ever sitting in browser storage.
 */
export function useReplyDraft(context: InboxContext, source: CaseSource, id: string) {
  const drafts = source.drafts;
  const queryClient = useQueryClient();
  const settings = useInboxSettings();
  const draftQuery = replyDraftQueryOptions(context, source, id, settings);
  const saved = useQuery(draftQuery);
  const saveDraft = useSaveReplyDraftMutation(context, source, id);
  const [text, setText] = useState<string | null>(null);
  const [state, setState] = useState<DraftState>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef<string | null>(null);

  const save = async (value: string) => {
    if (!drafts) return;
    setState('saving');
    try {
      await saveDraft.mutateAsync(value);
      if (latest.current === value) {
        setState('saved');
        setSavedAt(new Date());
      }
    } catch {
      setState('error');
    }
  };

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return {
    isLoading: saved.isPending && Boolean(drafts),
    loadError: saved.error,
    text: text ?? saved.data ?? '',
    state,
    savedAt,
    change(value: string) {
      setText(value);
      latest.current = value;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(value), DRAFT_DEBOUNCE_MS);
    },
    /** After the reply is sent: the source has dropped the draft. */
    clear() {
      if (timer.current) clearTimeout(timer.current);
      latest.current = '';
      setText('');
      setState('idle');
      queryClient.setQueryData(draftQuery.queryKey, '');
    },
  };
}
