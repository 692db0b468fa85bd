/**
 * Route data (docs/decisions/0022-route-data-and-api-files.md): the router decides when a page's
 * data is fetched, TanStack Query holds it. A data route's loader (`src/app/routes/*.loader.ts`)
 * calls `ensureQueryData` with a feature's query options, and the page reads with the same
 * options. The query cache reaches the loaders through the router's context: the browser's
 * (src/app/app.tsx), a test's (src/testing/render-app.tsx) and the build's prerender
 * (src/app/prerender.tsx) each give theirs.
 */
import { createContext, RouterContextProvider } from 'react-router';
import type { LoaderFunctionArgs } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';

const queryClientContext = createContext<QueryClient>();
const onServerContext = createContext<boolean>(false);

/**
 * The context of every navigation's loaders: `getContext` of a router, `requestContext` of the
 * static handler (`onServer`: the page is rendered to HTML, not shown in a browser).
 */
export function routeContext(
  queryClient: QueryClient,
  { onServer = false }: { onServer?: boolean } = {},
): RouterContextProvider {
  const context = new RouterContextProvider();
  context.set(queryClientContext, queryClient);
  context.set(onServerContext, onServer);
  return context;
}

export type RouteLoaderArgs = LoaderFunctionArgs<Readonly<RouterContextProvider>>;

/** What a loader gives besides the cache: the page's name once its data is there (the prerendered page's title). */
export type PageData = { title?: string } | null;

/** The query cache the loader fills. */
export const queryClientOf = ({ context }: RouteLoaderArgs): QueryClient =>
  context.get(queryClientContext);

/** Whether the page is rendered to HTML (the build's prerender, a page rendered on request). */
export const rendersOnServer = ({ context }: RouteLoaderArgs): boolean =>
  context.get(onServerContext);

/**
 * Waits until each query has its data or has failed. A failure is the page's to show (a
 * not-found text, or a message with "Försök igen"), so it never becomes the route's error.
 */
export async function ensureEach<T extends unknown[]>(
  ...queries: { [K in keyof T]: Promise<T[K]> }
): Promise<{ [K in keyof T]: T[K] | undefined }> {
  const settled = await Promise.allSettled(queries);
  return settled.map((result) => (result.status === 'fulfilled' ? result.value : undefined)) as {
    [K in keyof T]: T[K] | undefined;
  };
}
