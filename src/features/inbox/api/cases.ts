/**
 * The unit's cases, per source, and one case: key factory, query options and hooks. The fetchers
 * are the sources' adapters (../sources), each speaking its own service's API.
 */
import { useEffect, useRef } from 'react';
import { queryOptions, useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useInboxSettings } from '../hooks/use-inbox-settings';
import { setListProgress } from '../lib/list-progress';
import type { Case, CaseDetail, InboxContext, SourceId } from '../model';
import { DEFAULT_INBOX_SETTINGS, type InboxSettings } from '../settings';
import { isForbidden } from '../sources/case-source';
import type { CaseSource, SourceContext } from '../sources/case-source';
import { CASE_SOURCES } from '../sources/registry';

/** Every key of the inbox, from general to specific: ['inbox'] invalidates it all. */
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

/** What a source's adapter is told about the caller, and how long a request may take. */
export const toSourceContext = (
  context: InboxContext,
  settings: Pick<InboxSettings, 'timeoutMs'>,
  signal?: AbortSignal,
): SourceContext => ({
  commissionHsaId: context.commissionHsaId,
  careUnitHsaId: context.careUnitHsaId,
  me: context.me,
  signal,
  timeoutMs: settings.timeoutMs,
});

/** One source's cases at the unit, all pages; how far it has come is in the progress store. */
export const sourceCasesQueryOptions = (
  context: InboxContext,
  source: CaseSource,
  settings: InboxSettings = DEFAULT_INBOX_SETTINGS,
) =>
  queryOptions({
    queryKey: inboxKeys.list(context.commissionHsaId, source.id),
    queryFn: async ({ signal }): Promise<Case[]> => {
      const { commissionHsaId } = context;
      setListProgress(commissionHsaId, source.id, { loaded: 0, total: null });
      try {
        return await source.listCases(toSourceContext(context, settings, signal), (p) =>
          setListProgress(commissionHsaId, source.id, p),
        );
      } finally {
        setListProgress(commissionHsaId, source.id, null);
      }
    },
    // The page offers "Försök igen" at once; polling tries again anyway – except a source that
    // refuses the commission: it is asked again when the commission changes (a new key).
    retry: false,
    staleTime: 15_000,
    refetchInterval: (query) => (isForbidden(query.state.error) ? false : settings.pollIntervalMs),
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

const PLACEHOLDER_CONTEXT: InboxContext = {
  commissionHsaId: '',
  careUnitHsaId: '',
  careUnitName: '',
  me: { hsaId: '', name: '' },
};

/** Every source's cases, loaded in parallel; one failing source leaves the others alone. */
export function useInboxSources(context: InboxContext | null): SourceState[] {
  const settings = useInboxSettings();
  return useQueries({
    queries: CASE_SOURCES.map((source) => ({
      ...sourceCasesQueryOptions(context ?? PLACEHOLDER_CONTEXT, source, settings),
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

export const caseDetailQueryOptions = (
  context: InboxContext,
  source: CaseSource,
  id: string,
  settings: InboxSettings = DEFAULT_INBOX_SETTINGS,
) =>
  queryOptions({
    queryKey: inboxKeys.detail(context.commissionHsaId, source.id, id),
    queryFn: ({ signal }): Promise<CaseDetail> =>
      source.getCase(toSourceContext(context, settings, signal), id),
    retry: false,
  });

export function useCaseDetail(context: InboxContext, source: CaseSource, id: string) {
  const settings = useInboxSettings();
  const detail = useQuery(caseDetailQueryOptions(context, source, id, settings));
  useFollowListedVersion(detail, useListedVersion(context, source, id, settings));
  return detail;
}

/**
 * The case's version in the unit's list, as the list's own poll last saw it (no request of its
 * own); undefined while it is not in the list.
 */
function useListedVersion(
  context: InboxContext,
  source: CaseSource,
  id: string,
  settings: InboxSettings,
): string | undefined {
  return useQuery({
    ...sourceCasesQueryOptions(context, source, settings),
    enabled: false,
    select: (cases) => cases.find((listed) => listed.id === id)?.version,
  }).data;
}

/**
 * An open case follows what colleagues do to it: when the list's poll sees it at a new version
 * (someone took it, answered, closed it), the case is read again. Once per change, not on a timer
 * of its own: each read of a case with a patient is an access event (ADR 0016).
 */
function useFollowListedVersion(detail: UseQueryResult<CaseDetail>, listed: string | undefined) {
  const seen = useRef(listed);
  const { data, isFetching, refetch } = detail;
  useEffect(() => {
    if (listed === seen.current) return;
    seen.current = listed;
    // Gone from the list is a change too (given to someone else, closed).
    if (data && listed !== data.version && !isFetching) void refetch();
  }, [listed, data, isFetching, refetch]);
}
