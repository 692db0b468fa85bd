import { useEffect, useState } from 'react';
import type { SearchRequest, SearchResponse } from '../engine/types';
import type { SearchClient } from '../worker/search-client';

type Answer = { key: string; response: SearchResponse | null; failed: boolean };

/**
 * Runs the search in the client whenever the request changes. The last answer stays on
 * screen while the next is on its way (no flicker while typing); an answer to a request the
 * page has moved past is dropped.
 */
export function useSearchResults(client: SearchClient | null, request: SearchRequest | null) {
  const key = request ? JSON.stringify(request) : '';
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!client || !request) return;
    let current = true;
    client.search(request).then(
      (response) => {
        if (current) setAnswer({ key, response, failed: false });
      },
      (error: unknown) => {
        if (!current || (error instanceof DOMException && error.name === 'AbortError')) return;
        setAnswer((previous) => ({ key, response: previous?.response ?? null, failed: true }));
      },
    );
    return () => {
      current = false;
    };
    // The key stands for the request's content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, key, attempt]);

  return {
    response: answer?.response ?? null,
    /** The answer on screen is for the request asked now. */
    fresh: answer !== null && answer.key === key && !answer.failed,
    failed: answer !== null && answer.key === key && answer.failed,
    retry: () => setAttempt((n) => n + 1),
  };
}
