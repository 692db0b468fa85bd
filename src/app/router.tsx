import { matchRoutes, Outlet } from 'react-router';
import type { RouteObject } from 'react-router';
import { Loading } from '@/components';
import { CallbackPage, ChooseCommissionPage, LoggedOutPage, RequireAuth } from '@/features/auth';
import type { SessionClient } from '@/features/auth';
import { paths } from '@/config/paths';
import { AppLayout } from './layout/app-layout';
import { messagesRoutes } from './routes/messages-routes';
import { NotFoundPage } from './routes/not-found-page';

/**
 * Every page loads on demand (React Router's `lazy`), so the first visit ships only the app's
 * frame and that page. A data route's loader (`routes/<page>.loader.ts`) puts what the page
 * shows first into the query cache, and the page reads it with the same query options
 * (src/app/route-data.ts, docs/decisions/0022-route-data-and-api-files.md). The router
 * loads a page's code and runs its loader before it shows the page; on the first visit the
 * page area says "Laddar sidan …" meanwhile, as the frame does before the app runs.
 */
export type PageHandle = { title: string };

type Lazy = Exclude<RouteObject['lazy'], undefined>;
type PageRoute = Pick<RouteObject, 'path' | 'children'> & { title: string };

/**
 * A page whose code loads when it is visited. `file` is its module in ./routes and the route's
 * id: the build's prerender finds the page's code and stylesheets by it (pageModules).
 */
function page(file: string, { title, ...route }: PageRoute, lazy: Lazy): RouteObject {
  const handle: PageHandle = { title };
  const hydrateFallbackElement = <Loading label="Laddar sidan …" />;
  return { ...route, id: file, handle, lazy, hydrateFallbackElement };
}

/** The source files of a page route: its module, and its loader's where it has one. */
export const pageModules = (id: string) => [
  `src/app/routes/${id}.tsx`,
  `src/app/routes/${id}.loader.ts`,
];

/**
 * Loads the code of the page at `pathname` (and of its parents) before the router is created,
 * so the router starts with the page ready: a prerendered page then hydrates with the app, not
 * in a later pass, and what was typed before the app ran reaches it. The browser does it for
 * the page it opens with (src/main.tsx).
 */
export async function preloadPage(routes: RouteObject[], pathname: string): Promise<void> {
  const matches = matchRoutes(routes, pathname) ?? [];
  await Promise.all(matches.map(({ route }) => resolveLazy(route)));
}

async function resolveLazy(route: RouteObject): Promise<void> {
  const { lazy } = route;
  if (!lazy) return;
  const loaded =
    typeof lazy === 'function'
      ? await lazy()
      : Object.fromEntries(
          await Promise.all(
            Object.entries(lazy).map(async ([key, load]) => [key, await load?.()] as const),
          ),
        );
  Object.assign(route, loaded, { lazy: undefined });
}

/**
 * The dev tools (/dev/verktyg) exist in the dev server and in builds made with
 * VITE_DEV_TOOLS=on (the end-to-end tests'); Vite replaces both at build time, so a production
 * build has neither the route nor its chunk.
 */
const DEV_TOOLS = import.meta.env.DEV || import.meta.env.VITE_DEV_TOOLS === 'on';
const devRoutes: RouteObject[] = DEV_TOOLS
  ? [
      page(
        'dev-tools-page',
        { path: paths.devTools.path, title: 'Utvecklarverktyg' },
        { Component: async () => (await import('./routes/dev-tools-page')).DevToolsPage },
      ),
    ]
  : [];

export function createRoutes(sessionClient: SessionClient): RouteObject[] {
  return [
    {
      element: <AppLayout />,
      children: [
        page(
          'home-page',
          { path: paths.home.path, title: 'Start' },
          {
            loader: async () => (await import('./routes/home-page.loader')).loader,
            Component: async () => (await import('./routes/home-page')).HomePage,
          },
        ),
        page(
          'search-page',
          { path: paths.search.path, title: 'Sök' },
          {
            loader: async () => (await import('./routes/search-page.loader')).loader,
            Component: async () => (await import('./routes/search-page')).SearchPage,
          },
        ),
        page(
          'article-page',
          { path: paths.article.path, title: 'Kunskap' },
          {
            loader: async () => (await import('./routes/article-page.loader')).loader,
            Component: async () => (await import('./routes/article-page')).ArticlePage,
          },
        ),
        page(
          'article-version-page',
          { path: paths.articleVersion.path, title: 'Tidigare version' },
          {
            loader: async () => (await import('./routes/article-version-page.loader')).loader,
            Component: async () =>
              (await import('./routes/article-version-page')).ArticleVersionPage,
          },
        ),
        page(
          'article-print-page',
          { path: paths.articlePrint.path, title: 'Utskrift' },
          {
            loader: async () => (await import('./routes/article-print-page.loader')).loader,
            Component: async () => (await import('./routes/article-print-page')).ArticlePrintPage,
          },
        ),
        { path: paths.callback.path, element: <CallbackPage />, handle: { title: 'Loggar in' } },
        {
          path: paths.loggedOut.path,
          element: <LoggedOutPage sessionClient={sessionClient} />,
          handle: { title: 'Utloggad' },
        },
        {
          // Logged in, no commission needed (yet).
          element: (
            <RequireAuth commission="not-required">
              <Outlet />
            </RequireAuth>
          ),
          children: [
            {
              path: paths.chooseCommission.path,
              element: <ChooseCommissionPage />,
              handle: { title: 'Välj medarbetaruppdrag' },
            },
            page(
              'launch-continue-page',
              { path: paths.launchContinue.path, title: 'Öppna patient' },
              {
                Component: async () =>
                  (await import('./routes/launch-continue-page')).LaunchContinuePage,
              },
            ),
          ],
        },
        {
          // Working in a commission: logged in, and a commission chosen.
          element: (
            <RequireAuth>
              <Outlet />
            </RequireAuth>
          ),
          children: [
            page(
              'services-page',
              { path: paths.services.path, title: 'Mina tjänster' },
              { Component: async () => (await import('./routes/services-page')).ServicesPage },
            ),
            page(
              'inbox-page',
              {
                path: paths.inbox.path,
                title: 'Inkorg',
                children: [
                  page(
                    'inbox-case-page',
                    { path: paths.inboxCase.path, title: 'Ärende' },
                    {
                      Component: async () =>
                        (await import('./routes/inbox-case-page')).InboxCasePage,
                    },
                  ),
                ],
              },
              { Component: async () => (await import('./routes/inbox-page')).InboxPage },
            ),
            page(
              'access-log-page',
              { path: paths.accessLog.path, title: 'Åtkomstlogg' },
              { Component: async () => (await import('./routes/access-log-page')).AccessLogPage },
            ),
            page(
              'messages-page',
              { path: paths.messages.path, title: 'Meddelanden', children: messagesRoutes() },
              { Component: async () => (await import('./routes/messages-page')).MessagesPage },
            ),
          ],
        },
        page(
          'launch-page',
          { path: paths.launch.path, title: 'Öppna patient' },
          { Component: async () => (await import('./routes/launch-page')).LaunchPage },
        ),
        page(
          'launch-smart-page',
          { path: paths.launchSmart.path, title: 'Öppna patient' },
          { Component: async () => (await import('./routes/launch-smart-page')).LaunchSmartPage },
        ),
        ...devRoutes,
        { path: '*', element: <NotFoundPage />, handle: { title: 'Sidan finns inte' } },
      ],
    },
  ];
}
