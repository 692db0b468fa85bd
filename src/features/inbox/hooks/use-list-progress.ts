import { useExternalStore } from '@/lib/external-store';
import { listProgressKey, listProgressStore } from '../lib/list-progress';
import type { SourceId } from '../model';
import type { ListProgress } from '../sources/case-source';

/** How far a source's list has loaded, or null when it is not loading. */
export const useListProgress = (commissionHsaId: string, source: SourceId): ListProgress | null =>
  useExternalStore(
    listProgressStore,
    (all) => all.get(listProgressKey(commissionHsaId, source)) ?? null,
  );
