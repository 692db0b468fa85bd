import { createExternalStore } from '@/lib/external-store';
import type { SourceId } from '../model';
import type { ListProgress } from '../sources/case-source';

/**
 * How far each source's list has loaded (its pages arrive one by one), per commission and
 * source. Written by the list's query while it runs, read with useListProgress.
 */
let progress: ReadonlyMap<string, ListProgress> = new Map();

export const listProgressStore = createExternalStore(() => progress);

export const listProgressKey = (commissionHsaId: string, source: SourceId): string =>
  `${commissionHsaId}|${source}`;

/** The list's progress now, or null when it is not loading. */
export function setListProgress(
  commissionHsaId: string,
  source: SourceId,
  value: ListProgress | null,
): void {
  const key = listProgressKey(commissionHsaId, source);
  const next = new Map(progress);
  if (value) next.set(key, value);
  else next.delete(key);
  progress = next;
  listProgressStore.notify();
}
