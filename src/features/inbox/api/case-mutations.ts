import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { Case, CaseAction, CaseDetail, CaseStatus } from '../model';
import type { CaseSource } from '../sources/case-source';
import { inboxKeys, toSourceContext, type InboxContext } from './inbox-queries';

/** What the case looks like the moment an action is taken, before the source has answered. */
export function optimisticCase<T extends Case>(
  target: T,
  action: CaseAction,
  me: InboxContext['me'],
): T {
  const status = (next: CaseStatus): T => ({ ...target, status: next });
  switch (action.kind) {
    case 'take':
      return {
        ...target,
        assignee: me,
        status: target.status === 'new' ? 'in-progress' : target.status,
      };
    case 'assign':
      return {
        ...target,
        assignee: action.to,
        status: target.status === 'new' ? 'in-progress' : target.status,
      };
    case 'status':
      return status(action.status);
    case 'close':
      return status('closed');
    case 'reopen':
      return status('in-progress');
    case 'reply':
      return status('waiting');
  }
}

/** The list row of a case detail: the detail without its history and messages. */
function asListCase({ history: _h, messages: _m, facts: _f, ...rest }: CaseDetail): Case {
  return rest;
}

type Snapshot = { list: Case[] | undefined; detail: CaseDetail | undefined };

/**
 * Performs an action on a case: the list and the case change at once, and go back to what they
 * were if the source refuses. A 409 refreshes both, so the person sees who got there first.
 */
export function useCaseAction(context: InboxContext, source: CaseSource, id: string) {
  const queryClient = useQueryClient();
  const listKey = inboxKeys.list(context.commissionHsaId, source.id);
  const detailKey = inboxKeys.detail(context.commissionHsaId, source.id, id);

  return useMutation<CaseDetail, Error, { target: CaseDetail; action: CaseAction }, Snapshot>({
    mutationFn: ({ target, action }) => source.perform(toSourceContext(context), target, action),
    onMutate: async ({ target, action }) => {
      await Promise.all([
        queryClient.cancelQueries({ queryKey: listKey }),
        queryClient.cancelQueries({ queryKey: detailKey }),
      ]);
      const snapshot: Snapshot = {
        list: queryClient.getQueryData<Case[]>(listKey),
        detail: queryClient.getQueryData<CaseDetail>(detailKey),
      };
      const next = optimisticCase(target, action, context.me);
      queryClient.setQueryData<CaseDetail>(detailKey, next);
      queryClient.setQueryData<Case[]>(listKey, (list) =>
        list?.map((c) => (c.key === target.key ? asListCase(next) : c)),
      );
      return snapshot;
    },
    onError: (error, _variables, snapshot) => {
      queryClient.setQueryData(detailKey, snapshot?.detail);
      queryClient.setQueryData(listKey, snapshot?.list);
      if ((error as { kind?: string }).kind === 'conflict') {
        void queryClient.invalidateQueries({ queryKey: detailKey });
        void queryClient.invalidateQueries({ queryKey: listKey });
      }
    },
    onSuccess: (detail) => {
      queryClient.setQueryData(detailKey, detail);
      queryClient.setQueryData<Case[]>(listKey, (list) =>
        list?.map((c) => (c.key === detail.key ? asListCase(detail) : c)),
      );
    },
  });
}

export type DraftState = 'idle' | 'saving' | 'saved' | 'error';

const DRAFT_DEBOUNCE_MS = 800;

/**
 * A reply draft kept in the source (server-side, per user), saved as you type: it survives a
 * reload and a new login without patient data ever sitting in browser storage.
 */
export function useReplyDraft(context: InboxContext, source: CaseSource, id: string) {
  const drafts = source.drafts;
  const queryClient = useQueryClient();
  const key = inboxKeys.draft(context.commissionHsaId, source.id, id);
  const saved = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => drafts!.get(toSourceContext(context, signal), id),
    enabled: Boolean(drafts),
    staleTime: Infinity,
    retry: false,
  });
  const [text, setText] = useState<string | null>(null);
  const [state, setState] = useState<DraftState>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef<string | null>(null);

  const save = async (value: string) => {
    if (!drafts) return;
    setState('saving');
    try {
      await drafts.save(toSourceContext(context), id, value);
      queryClient.setQueryData(key, value);
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
      queryClient.setQueryData(key, '');
    },
  };
}
