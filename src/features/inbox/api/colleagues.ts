/** Colleagues at the unit a case can be assigned to, per source: query options and hook. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useInboxSettings } from '../hooks/use-inbox-settings';
import type { InboxContext } from '../model';
import { DEFAULT_INBOX_SETTINGS, type InboxSettings } from '../settings';
import type { CaseSource } from '../sources/case-source';
import { inboxKeys, toSourceContext } from './cases';

export const colleaguesQueryOptions = (
  context: InboxContext,
  source: CaseSource,
  settings: InboxSettings = DEFAULT_INBOX_SETTINGS,
) =>
  queryOptions({
    queryKey: inboxKeys.colleagues(context.commissionHsaId, source.id),
    queryFn: ({ signal }) => source.listColleagues!(toSourceContext(context, settings, signal)),
    enabled: Boolean(source.listColleagues),
    staleTime: 5 * 60_000,
  });

export function useColleagues(context: InboxContext, source: CaseSource) {
  const settings = useInboxSettings();
  return useQuery(colleaguesQueryOptions(context, source, settings));
}
