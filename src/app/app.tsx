import { useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { hydrate, QueryClientProvider } from '@tanstack/react-query';
import type { DehydratedState, QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import type { HydrationState, RouteObject } from 'react-router';
import { AuthProvider } from '@/features/auth';
import type { SessionClient } from '@/features/auth';
import { createQueryClient } from '@/lib/query-client';
import { createEndSession } from './end-session';
import { routeContext } from './route-data';

/**
 * What a prerendered page carries (scripts/prerender.mjs): the query cache its loaders filled in
 * the build, and the router's state after them.
 */
export type PrerenderedData = DehydratedState & { router?: HydrationState };

type AppProvidersProps = {
  queryClient: QueryClient;
  sessionClient: SessionClient;
  children: ReactNode;
};

/** What every page stands on, in the browser and in the build's prerender alike. */
export function AppProviders({ queryClient, sessionClient, children }: AppProvidersProps) {
  const endSession = useMemo(() => createEndSession(queryClient), [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider sessionClient={sessionClient} endSession={endSession}>
        {children}
      </AuthProvider>
    </QueryClientProvider>
  );
}

type AppProps = {
  sessionClient: SessionClient;
  routes: RouteObject[];
  /** The data a prerendered page was rendered with: hydration must start from the same. */
  prerenderedData?: PrerenderedData;
  /** Called once the page is live. */
  onReady?: () => void;
};

export function App({ sessionClient, routes, prerenderedData, onReady }: AppProps) {
  const [queryClient] = useState(() => {
    const client = createQueryClient();
    if (prerenderedData) hydrate(client, prerenderedData);
    return client;
  });
  const [router] = useState(() =>
    createBrowserRouter(routes, {
      // The routes' loaders fill this tab's query cache (src/app/route-data.ts).
      getContext: () => routeContext(queryClient),
      // A prerendered page's loaders have run in the build: the router starts as loaded, and
      // the page renders at once from the cache, as it was prerendered.
      hydrationData: prerenderedData?.router,
    }),
  );
  // The page is live: forms may submit (see the guard in scripts/prerender.mjs).
  useEffect(() => {
    document.documentElement.dataset.app = 'ready';
    onReady?.();
  }, [onReady]);
  return (
    <AppProviders queryClient={queryClient} sessionClient={sessionClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
