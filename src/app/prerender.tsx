/**
 * The build's prerender (scripts/prerender.mjs, after `vite build`): the start page and every
 * text's page rendered to HTML together with the data they show, so a phone on a slow network
 * paints the text before any JavaScript has arrived. The browser then hydrates the same markup
 * from the same data (src/main.tsx). See docs/decisions/0009-prerendered-pages.md.
 */
import { StrictMode } from 'react';
import type { ReactNode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { dehydrate } from '@tanstack/react-query';
import type { DehydratedState, QueryClient } from '@tanstack/react-query';
import {
  createStaticHandler,
  createStaticRouter,
  matchPath,
  StaticRouterProvider,
} from 'react-router';
import type { RouteObject } from 'react-router';
import { Loading } from '@/components';
import { env } from '@/config/env';
import { paths } from '@/config/paths';
import { pageTitle } from '@/config/product';
import { createSessionClient } from '@/features/auth';
import { getRecentDocumentsQueryOptions, listDocumentIds } from '@/features/knowledge';
import {
  getDocumentQueryOptions,
  getDocumentVersionsQueryOptions,
} from '@/features/knowledge/article';
import { createQueryClient } from '@/lib/query-client';
import { AppProviders } from './app';
import { createRoutes, preloadPage } from './router';

/** Whether this build has the mock backends, and with them a knowledge service to render from. */
export const apiMocking = env.apiMocking;

/** What the build's security headers name besides the app's own origin (scripts/csp.mjs). */
export const securityOrigins = {
  oidcAuthority: env.oidcAuthority,
  smartIssuers: env.smartIssuers,
  silentCallbackPath: paths.silentCallback.path,
};

// Nobody is logged in while the build renders; the client only has to exist.
const sessionClient = createSessionClient();

type PrerenderedRoute = {
  path: string;
  /** The route's lazily loaded module: its CSS belongs in the page's head. */
  module: string;
  /**
   * Fetches what the page shows on its first render, as the page itself fetches it, and gives
   * the page's title (the browser sets it the same way once the page runs).
   */
  load: (client: QueryClient, params: Record<string, string | undefined>) => Promise<string>;
};

const ROUTES: PrerenderedRoute[] = [
  {
    path: paths.home.path,
    module: 'src/app/routes/home-page.tsx',
    // No region is chosen yet when the page renders; a chosen one follows after hydration.
    load: async (client) => {
      await client.fetchQuery(getRecentDocumentsQueryOptions(null));
      return pageTitle('Start');
    },
  },
  {
    path: paths.article.path,
    module: 'src/app/routes/article-page.tsx',
    load: async (client, { id = '' }) => {
      const [{ document }] = await Promise.all([
        client.fetchQuery(getDocumentQueryOptions(id)),
        client.fetchQuery(getDocumentVersionsQueryOptions(id)),
      ]);
      return pageTitle(document.title);
    },
  },
];

/**
 * Pages rendered in the browser that people open directly (a shared or bookmarked search): their
 * frame asks for the page's own code along with the app's, instead of after it.
 */
export const FRAME_PAGES = [
  { path: paths.search.getHref(), module: 'src/app/routes/search-page.tsx' },
];

/** The addresses to prerender: the start page and each text's page. */
export async function listPrerenderedUrls(): Promise<string[]> {
  const ids = await listDocumentIds();
  return [paths.home.getHref(), ...ids.map((id) => paths.article.getHref(id))];
}

export type PrerenderedPage = {
  title: string;
  /** The markup of #root. */
  html: string;
  /** The data the markup was rendered from; the browser hydrates from the same. */
  data: DehydratedState;
  /** The route's lazily loaded module: its CSS goes into the page. */
  module: string;
};

async function renderToHtml(element: ReactNode): Promise<string> {
  const { prelude } = await prerenderToNodeStream(<StrictMode>{element}</StrictMode>);
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

async function renderRoutes(routes: RouteObject[], url: string, queryClient: QueryClient) {
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(new URL(url, 'http://prerender.invalid')));
  if (context instanceof Response) throw new Error(`${url}: oväntat svar ${context.status}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToHtml(
    <AppProviders queryClient={queryClient} sessionClient={sessionClient}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </AppProviders>,
  );
}

export async function prerenderPage(url: string): Promise<PrerenderedPage> {
  const pathname = new URL(url, 'http://prerender.invalid').pathname;
  const found = ROUTES.map((route) => ({ route, match: matchPath(route.path, pathname) })).find(
    (candidate) => candidate.match,
  );
  if (!found?.match) throw new Error(`${url} är ingen sida som förrenderas`);
  const queryClient = createQueryClient();
  const title = await found.route.load(queryClient, found.match.params);
  const routes = createRoutes(sessionClient);
  // As the browser does before it hydrates: the page renders directly, not behind Suspense.
  await preloadPage(routes, pathname);
  const html = await renderRoutes(routes, url, queryClient);
  return { title, html, data: dehydrate(queryClient), module: found.route.module };
}

/**
 * The app's frame (header, an empty page saying it loads, footer) for every address that is
 * not prerendered: the browser shows it at once and renders the page over it.
 */
export function prerenderShell(): Promise<string> {
  const [layout] = createRoutes(sessionClient);
  const frameOnly: RouteObject = {
    element: layout?.element,
    children: [{ path: '*', element: <Loading label="Laddar sidan …" /> }],
  };
  return renderRoutes([frameOnly], '/', createQueryClient());
}
