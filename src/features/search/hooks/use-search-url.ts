import { startTransition, useCallback, useMemo, useOptimistic } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { parseSearchState, searchHref, type SearchState } from '../lib/search-state';

/**
 * The page's state is the URL: shareable, kept on reload, stepped through with Back/Forward.
 * The router commits a navigation in a transition; until it has, the page shows the state it
 * is going to (optimistic), so a checkbox or the sort never springs back for a moment.
 */
export function useSearchUrl() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const urlState = useMemo(() => parseSearchState(params), [params]);
  const [state, setOptimistic] = useOptimistic(urlState);
  const go = useCallback(
    (next: SearchState, options: { replace?: boolean; refusedIdentityNumber?: boolean } = {}) =>
      startTransition(async () => {
        setOptimistic(next);
        await navigate(searchHref(next), {
          replace: options.replace ?? false,
          preventScrollReset: true,
          state: options.refusedIdentityNumber ? { refusedIdentityNumber: true } : null,
        });
      }),
    [navigate, setOptimistic],
  );
  return { state, go };
}
