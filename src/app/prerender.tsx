/**
 * The build's prerender (scripts/prerender.mjs, after `vite build`): the start page and every
 * text's page rendered to HTML together with the data they show, so a phone on a slow network
 * paints the text before any JavaScript has arrived. What a page fetches is its routes' loaders'
 * business: they run here through React Router's static handler, as the browser's router runs
 * them on a visit. The browser then hydrates the same markup from the same data (src/main.tsx).
 * See docs/decisions/0009-prerendered-pages.md and 0022-route-data-and-api-files.md.
 */
import { StrictMode } from 'react';
import type { ReactNode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { dehydrate } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import {
  createStaticHandler,
  createStaticRouter,
  matchRoutes,
  StaticRouterProvider,
} from 'react-router';
import type { RouteObject, StaticHandlerContext } from 'react-router';
import { Loading } from '@/components';
import { env } from '@/config/env';
import { paths } from '@/config/paths';
import { pageTitle } from '@/config/product';
import { createSessionClient } from '@/features/auth';
import { listDocumentIds } from '@/features/knowledge';
import { holdsIdentityNumber, samePath } from '@/lib/address-scrub';
import { createQueryClient } from '@/lib/query-client';
import { AppProviders, type PrerenderedData } from './app';
import { routeContext, type PageData } from './route-data';
import { createRoutes, pageModules, type PageHandle } from './router';

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

const request = (url: string) => new Request(new URL(url, 'http://prerender.invalid'));

/** The page route at `url`: the deepest route with an id (src/app/router.tsx). */
function pageAt(url: string) {
  const matches = matchRoutes(createRoutes(sessionClient), new URL(request(url).url).pathname);
  const route = matches?.findLast((match) => match.route.id)?.route;
  if (!route?.id) throw new Error(`${url} är ingen sida`);
  return route;
}

/**
 * Pages rendered in the browser that people open directly (a shared or bookmarked search): their
 * frame asks for the page's own code along with the app's, instead of after it.
 */
export const FRAME_PAGES = [paths.search.getHref()].map((path) => ({
  path,
  modules: pageModules(pageAt(path).id!),
}));

/** The search page's source files, for its template rendered on request (scripts/prerender.mjs). */
export const SEARCH_PAGE_MODULES = FRAME_PAGES[0]!.modules;

/** The addresses to prerender: the start page and each text's page. */
export async function listPrerenderedUrls(): Promise<string[]> {
  const ids = await listDocumentIds();
  return [paths.home.getHref(), ...ids.map((id) => paths.article.getHref(id))];
}

export type PrerenderedPage = {
  title: string;
  /** The markup of #root. */
  html: string;
  /** What the markup was rendered from; the browser hydrates from the same (src/main.tsx). */
  data: PrerenderedData;
  /** The page's source files (its module and its loader): their code and CSS go with the page. */
  modules: string[];
};

async function renderToHtml(element: ReactNode): Promise<string> {
  const { prelude } = await prerenderToNodeStream(<StrictMode>{element}</StrictMode>);
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Runs the loaders of the routes at `url` through React Router's static handler, as the
 * browser's router does on a visit, into `queryClient`; then renders what they loaded.
 */
async function renderRoutes(routes: RouteObject[], url: string, queryClient: QueryClient) {
  const handler = createStaticHandler(routes);
  const context = await handler.query(request(url), {
    requestContext: routeContext(queryClient, { onServer: true }),
  });
  if (context instanceof Response) throw new Error(`${url}: oväntat svar ${context.status}`);
  if (context.errors) throw new Error(`${url}: ${Object.values(context.errors).join(', ')}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = await renderToHtml(
    <AppProviders queryClient={queryClient} sessionClient={sessionClient}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </AppProviders>,
  );
  return { html, context };
}

/** The tab's title, as the browser gives it once the page runs: the text's own name, if any. */
function titleOf({ matches, loaderData }: StaticHandlerContext): string {
  const page = matches.findLast((match) => (match.route.handle as PageHandle | undefined)?.title);
  const loaded = (page && (loaderData[page.route.id] as PageData))?.title;
  return pageTitle(loaded ?? (page?.route.handle as PageHandle | undefined)?.title);
}

export async function prerenderPage(url: string): Promise<PrerenderedPage> {
  const queryClient = createQueryClient();
  const { html, context } = await renderRoutes(createRoutes(sessionClient), url, queryClient);
  // A loader leaves a failed fetch to the page to show; a built page must not be one.
  const failed = queryClient
    .getQueryCache()
    .findAll({ predicate: (q) => q.state.status === 'error' });
  if (failed.length > 0) {
    throw new Error(`${url}: ${failed.map((query) => query.state.error?.message).join(', ')}`);
  }
  return {
    title: titleOf(context),
    html,
    data: { ...dehydrate(queryClient), router: { loaderData: context.loaderData } },
    modules: pageModules(pageAt(url).id!),
  };
}

/**
 * The search page for one address, rendered when it is asked for (scripts/search-page-server.mjs,
 * docs/decisions/0025-search-page-rendered-on-request.md): the first page of hits comes in the
 * HTML. Null where the address holds what looks like an identity number, which no page is ever
 * rendered with; the host then serves the frame, whose guard takes the number out of the address.
 * Throws when the search failed: the frame's page shows that, with "Försök igen".
 */
export async function renderSearchPage(url: string): Promise<PrerenderedPage | null> {
  const { pathname, search } = new URL(url, 'http://prerender.invalid');
  if (!samePath(pathname, paths.search.path)) throw new Error(`${url} är inte söksidan`);
  if (holdsIdentityNumber(search)) return null;
  return prerenderPage(url);
}

/**
 * The app's frame (header, an empty page saying it loads, footer) for every address that is
 * not prerendered: the browser shows it at once and renders the page over it.
 */
export async function prerenderShell(): Promise<string> {
  const [layout] = createRoutes(sessionClient);
  const frameOnly: RouteObject = {
    element: layout?.element,
    children: [{ path: '*', element: <Loading label="Laddar sidan …" /> }],
  };
  return (await renderRoutes([frameOnly], '/', createQueryClient())).html;
}
