import { useInboxSources } from '../api/cases';
import { countCases } from '../lib/counts';
import type { InboxContext } from '../model';

/**
 * Unread open cases over every source that has answered (for the header and the tab title):
 * the same count as the inbox's summary (lib/counts.ts).
 */
export function useInboxUnreadCount(context: InboxContext | null): number | null {
  const sources = useInboxSources(context);
  if (!context || sources.every((s) => s.cases === undefined)) return null;
  return countCases(sources.flatMap((s) => s.cases ?? [])).unread;
}
