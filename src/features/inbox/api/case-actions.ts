/**
 * What is done to a case: the mutation, shown at once and undone if the source refuses, and the
 * input a person writes for it, checked before it goes.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { useInboxSettings } from '../hooks/use-inbox-settings';
import type { Case, CaseAction, CaseDetail, CaseStatus, InboxContext } from '../model';
import type { CaseSource } from '../sources/case-source';
import { inboxKeys, toSourceContext } from './cases';

/** A reply to the patient (or Försäkringskassan): some text, not only spaces. */
export const replyInputSchema = z.object({
  text: z.string().refine((text) => text.trim() !== '', 'Skriv ett svar innan du skickar.'),
});

export type ReplyInput = z.infer<typeof replyInputSchema>;

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
export function useCaseActionMutation(context: InboxContext, source: CaseSource, id: string) {
  const queryClient = useQueryClient();
  const settings = useInboxSettings();
  const listKey = inboxKeys.list(context.commissionHsaId, source.id);
  const detailKey = inboxKeys.detail(context.commissionHsaId, source.id, id);

  return useMutation<CaseDetail, Error, { target: CaseDetail; action: CaseAction }, Snapshot>({
    mutationFn: ({ target, action }) =>
      source.perform(toSourceContext(context, settings), target, action),
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
