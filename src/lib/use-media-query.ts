import { useMemo } from 'react';
import { createExternalStore, useExternalStore } from './external-store';

const hasMatchMedia = () => typeof window.matchMedia === 'function';

/** Whether a media query matches now; `fallback` where there is no matchMedia (jsdom). */
export function useMediaQuery(query: string, fallback: boolean): boolean {
  const store = useMemo(
    () =>
      createExternalStore(() => (hasMatchMedia() ? window.matchMedia(query).matches : fallback), {
        watch: (changed) => {
          if (!hasMatchMedia()) return () => undefined;
          const list = window.matchMedia(query);
          list.addEventListener('change', changed);
          return () => list.removeEventListener('change', changed);
        },
        serverValue: fallback,
      }),
    [query, fallback],
  );
  return useExternalStore(store);
}
