import type { ReactNode } from 'react';
import { SearchClientContext, type SearchClientFactory } from '../hooks/search-engine-store';

/**
 * Chooses where the search page's engine runs. Without it the page uses the Web Worker; a
 * test passes a factory that runs the engine in-process (no Worker in jsdom). Keep the
 * factory's identity stable: its client is kept for the whole visit.
 */
export function SearchClientProvider({
  createClient,
  children,
}: {
  createClient: SearchClientFactory;
  children: ReactNode;
}) {
  return <SearchClientContext value={createClient}>{children}</SearchClientContext>;
}
