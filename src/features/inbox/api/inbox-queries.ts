import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { Case, CaseDetail, SourceId, StaffRef } from '../model';
import { countCases } from '../lib/counts';
import { isForbidden } from '../sources/case-source';
import type { CaseSource, ListProgress, SourceContext } from '../sources/case-source';
import { CASE_SOURCES } from '../sources/registry';

/** Who uses the inbox, for which commission: passed in from the app (features do not share state). */
export type InboxContext = {
  commissionHsaId: string;
  careUnitHsaId: string;
  careUnitName: string;
  me: StaffRef;
};

/** Timing of the inbox; tests shorten it. */
export const inboxSettings = {
  /** A request to a source that takes longer has timed out. */
  timeoutMs: 10_000,
  /** How often every source is asked for new cases. */
  pollIntervalMs: 30_000,
  /** After this long a loading source is said to be slow. */
  slowAfterMs: 2_000,
};

export const toSourceContext = (context: InboxContext, signal?: AbortSignal): SourceContext => ({
  commissionHsaId: context.commissionHsaId,
  careUnitHsaId: context.careUnitHsaId,
  me: context.me,
  signal,
  timeoutMs: inboxSettings.timeoutMs,
});

export const inboxKeys = {
  all: ['inbox'] as const,
  list: (commissionHsaId: string, source: SourceId) =>
    ['inbox', 'cases', { commissionHsaId, source }] as const,
  detail: (commissionHsaId: string, source: SourceId, id: string) =>
    ['inbox', 'case', { commissionHsaId, source, id }] as const,
  draft: (commissionHsaId: string, source: SourceId, id: string) =>
    ['inbox', 'draft', { commissionHsaId, source, id }] as const,
  colleagues: (commissionHsaId: string, source: SourceId) =>
    ['inbox', 'colleagues', { commissionHsaId, source }] as const,
};

// --- Loading progress, per source (pages arrive one by one) -----------------------------------

const progress = new Map<string, ListProgress>();
const listeners = new Set<() => void>();
const progressKey = (commissionHsaId: string, source: SourceId) => `${commissionHsaId}|${source}`;

function setProgress(key: string, value: ListProgress | null) {
  if (value) progress.set(key, value);
  else progress.delete(key);
  listeners.forEach((listener) => listener());
}

export function useListProgress(commissionHsaId: string, source: SourceId): ListProgress | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => progress.get(progressKey(commissionHsaId, source)) ?? null,
  );
}

// --- Queries -------------------------------------------------------------------------------------

export const sourceCasesQueryOptions = (context: InboxContext, source: CaseSource) =>
  queryOptions({
    queryKey: inboxKeys.list(context.commissionHsaId, source.id),
    queryFn: async ({ signal }): Promise<Case[]> => {
      const key = progressKey(context.commissionHsaId, source.id);
      setProgress(key, { loaded: 0, total: null });
      try {
        return await source.listCases(toSourceContext(context, signal), (p) => setProgress(key, p));
      } finally {
        setProgress(key, null);
      }
    },
    // The page offers "Försök igen" at once; polling tries again anyway – except a source that
    // refuses the commission: it is asked again when the commission changes (a new key).
    retry: false,
    staleTime: 15_000,
    refetchInterval: (query) =>
      isForbidden(query.state.error) ? false : inboxSettings.pollIntervalMs,
  });

export type SourceState = {
  source: CaseSource;
  cases: Case[] | undefined;
  status: 'pending' | 'error' | 'success';
  error: Error | null;
  isFetching: boolean;
  /** When the cases were last read from the source. */
  updatedAt: number;
  refetch: () => void;
};

/** Every source's cases, loaded in parallel; one failing source leaves the others alone. */
export function useInboxSources(context: InboxContext | null): SourceState[] {
  return useQueries({
    queries: CASE_SOURCES.map((source) => ({
      ...sourceCasesQueryOptions(context ?? PLACEHOLDER_CONTEXT, source),
      enabled: context !== null,
    })),
    combine: (results) =>
      results.map((result, index) => ({
        source: CASE_SOURCES[index]!,
        cases: result.data,
        status: result.status,
        error: result.error,
        isFetching: result.isFetching,
        updatedAt: result.dataUpdatedAt,
        refetch: () => void result.refetch(),
      })),
  });
}

const PLACEHOLDER_CONTEXT: InboxContext = {
  commissionHsaId: '',
  careUnitHsaId: '',
  careUnitName: '',
  me: { hsaId: '', name: '' },
};

/**
 * Unread open cases over every source that has answered (for the header and the tab title):
 * the same count as the inbox's summary (lib/counts.ts).
 */
export function useInboxUnreadCount(context: InboxContext | null): number | null {
  const sources = useInboxSources(context);
  if (!context || sources.every((s) => s.cases === undefined)) return null;
  return countCases(sources.flatMap((s) => s.cases ?? [])).unread;
}

export const caseDetailQueryOptions = (context: InboxContext, source: CaseSource, id: string) =>
  queryOptions({
    queryKey: inboxKeys.detail(context.commissionHsaId, source.id, id),
    queryFn: ({ signal }): Promise<CaseDetail> =>
      source.getCase(toSourceContext(context, signal), id),
    retry: false,
  });

export const useCaseDetail = (context: InboxContext, source: CaseSource, id: string) =>
  useQuery(caseDetailQueryOptions(context, source, id));

export const useColleagues = (context: InboxContext, source: CaseSource, enabled: boolean) =>
  useQuery({
    queryKey: inboxKeys.colleagues(context.commissionHsaId, source.id),
    queryFn: ({ signal }) => source.listColleagues!(toSourceContext(context, signal)),
    enabled: enabled && Boolean(source.listColleagues),
    staleTime: 5 * 60_000,
  });

/**
 * The inbox context of a person and their active commission, or null when the commission gives
 * no access to cases (only a commission for care and treatment does).
 */
export function inboxContextOf(
  person: { employeeHsaId: string; fullName: string } | null,
  commission: {
    commissionHsaId: string;
    commissionPurpose: string;
    healthCareUnitHsaId: string;
    healthCareUnitName: string;
  } | null,
): InboxContext | null {
  if (!person || !commission || commission.commissionPurpose !== 'Vård och behandling') return null;
  return {
    commissionHsaId: commission.commissionHsaId,
    careUnitHsaId: commission.healthCareUnitHsaId,
    careUnitName: commission.healthCareUnitName,
    me: { hsaId: person.employeeHsaId, name: person.fullName },
  };
}
