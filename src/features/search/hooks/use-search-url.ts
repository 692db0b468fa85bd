import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { parseSearchState, searchHref, type SearchState } from '../lib/search-state';

/**
 * The page's state is the URL: shareable, kept on reload, stepped through with Back/Forward.
 * The router commits a navigation in a transition; until the URL has changed the page shows
 * the state it is going to, set at once in the event, so a checkbox or the sort never springs
 * back for a moment.
 */
export function useSearchUrl() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const urlState = useMemo(() => parseSearchState(params), [params]);
  const [ahead, setAhead] = useState<{ from: URLSearchParams; state: SearchState } | null>(null);
  if (ahead && ahead.from !== params) setAhead(null);

  const go = useCallback(
    (next: SearchState, options: { replace?: boolean; refusedIdentityNumber?: boolean } = {}) => {
      setAhead({ from: params, state: next });
      void navigate(searchHref(next), {
        replace: options.replace ?? false,
        preventScrollReset: true,
        state: options.refusedIdentityNumber ? { refusedIdentityNumber: true } : null,
      });
    },
    [navigate, params],
  );
  return { state: ahead && ahead.from === params ? ahead.state : urlState, go };
}
