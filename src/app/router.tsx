import { lazy, Suspense, useState } from 'react';
import type { ComponentType, ReactNode } from 'react';
import { matchRoutes } from 'react-router';
import type { RouteObject } from 'react-router';
import { Loading } from '@/components';
import { CallbackPage, ChooseCommissionPage, LoggedOutPage, RequireAuth } from '@/features/auth';
import type { SessionClient } from '@/features/auth';
import { paths } from '@/config/paths';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './routes/not-found-page';

/**
 * Every page loads on demand, so the first visit ships only the app's frame and that page.
 * The layout renders at once; the page area shows "Laddar sidan …" meanwhile.
 * `preload` fetches the page's code ahead: the browser does it for the page it opens with
 * before it renders or hydrates, and so does the build's prerender (see preloadPage). A page
 * whose code is there renders directly, outside any Suspense boundary: a prerendered page then
 * hydrates with the app, not in a later pass, so what was typed before the app ran reaches it.
 */
function onDemand(load: () => Promise<ComponentType>) {
  let loaded: ComponentType | null = null;
  let loading: Promise<ComponentType> | null = null;
  const preload = () => (loading ??= load().then((Component) => (loaded = Component)));
  const LazyPage = lazy(() => preload().then((Component) => ({ default: Component })));
  function OnDemandPage() {
    // Decided once per mount: switching later would remount the page and lose its state.
    const [Page] = useState(() => loaded);
    if (Page) return <Page />;
    return (
      <Suspense fallback={<Loading label="Laddar sidan …" />}>
        <LazyPage />
      </Suspense>
    );
  }
  return { element: <OnDemandPage />, preload };
}

type RouteHandle = { title: string; preload?: () => Promise<unknown> };

/** Loads the code of the page at `pathname` (and of its parents), if it loads on demand. */
export async function preloadPage(routes: RouteObject[], pathname: string): Promise<void> {
  const matches = matchRoutes(routes, pathname) ?? [];
  await Promise.all(matches.map((m) => (m.route.handle as RouteHandle | undefined)?.preload?.()));
}

/** A route whose page loads on demand. */
function onDemandRoute(
  route: Omit<RouteObject, 'element' | 'handle' | 'index'> & { title: string },
  load: () => Promise<ComponentType>,
  wrap: (page: ReactNode) => ReactNode = (page) => page,
): RouteObject {
  const { title, ...rest } = route;
  const page = onDemand(load);
  const handle: RouteHandle = { title, preload: page.preload };
  return { ...rest, element: wrap(page.element), handle } as RouteObject;
}

/**
 * The dev tools (/dev/verktyg) exist in the dev server and in builds made with
 * VITE_DEV_TOOLS=on (the end-to-end tests'); Vite replaces both at build time, so a production
 * build has neither the route nor its chunk.
 */
const DEV_TOOLS = import.meta.env.DEV || import.meta.env.VITE_DEV_TOOLS === 'on';
const devRoutes: RouteObject[] = DEV_TOOLS
  ? [
      onDemandRoute(
        { path: paths.devTools.path, title: 'Utvecklarverktyg' },
        async () => (await import('./routes/dev-tools-page')).DevToolsPage,
      ),
    ]
  : [];

const requireAuth = (page: ReactNode) => <RequireAuth>{page}</RequireAuth>;
const requireLogin = (page: ReactNode) => (
  <RequireAuth commission="not-required">{page}</RequireAuth>
);

export function createRoutes(sessionClient: SessionClient): RouteObject[] {
  return [
    {
      element: <AppLayout />,
      children: [
        onDemandRoute(
          { path: paths.home.path, title: 'Start' },
          async () => (await import('./routes/home-page')).HomePage,
        ),
        onDemandRoute(
          { path: paths.search.path, title: 'Sök' },
          async () => (await import('./routes/search-page')).SearchPage,
        ),
        onDemandRoute(
          { path: paths.article.path, title: 'Kunskap' },
          async () => (await import('./routes/article-page')).ArticlePage,
        ),
        onDemandRoute(
          { path: paths.articleVersion.path, title: 'Tidigare version' },
          async () => (await import('./routes/article-version-page')).ArticleVersionPage,
        ),
        onDemandRoute(
          { path: paths.articlePrint.path, title: 'Utskrift' },
          async () => (await import('./routes/article-print-page')).ArticlePrintPage,
        ),
        { path: paths.callback.path, element: <CallbackPage />, handle: { title: 'Loggar in' } },
        {
          path: paths.loggedOut.path,
          element: <LoggedOutPage sessionClient={sessionClient} />,
          handle: { title: 'Utloggad' },
        },
        {
          path: paths.chooseCommission.path,
          element: requireLogin(<ChooseCommissionPage />),
          handle: { title: 'Välj medarbetaruppdrag' },
        },
        onDemandRoute(
          { path: paths.services.path, title: 'Mina tjänster' },
          async () => (await import('./routes/services-page')).ServicesPage,
          requireAuth,
        ),
        onDemandRoute(
          {
            path: paths.inbox.path,
            title: 'Inkorg',
            children: [
              onDemandRoute(
                { path: paths.inboxCase.path, title: 'Ärende' },
                async () => (await import('./routes/inbox-case-page')).InboxCasePage,
              ),
            ],
          },
          async () => (await import('./routes/inbox-page')).InboxPage,
          requireAuth,
        ),
        onDemandRoute(
          { path: paths.launch.path, title: 'Öppna patient' },
          async () => (await import('./routes/launch-page')).LaunchPage,
        ),
        onDemandRoute(
          { path: paths.launchSmart.path, title: 'Öppna patient' },
          async () => (await import('./routes/launch-smart-page')).LaunchSmartPage,
        ),
        onDemandRoute(
          { path: paths.launchContinue.path, title: 'Öppna patient' },
          async () => (await import('./routes/launch-continue-page')).LaunchContinuePage,
          requireLogin,
        ),
        onDemandRoute(
          { path: paths.accessLog.path, title: 'Åtkomstlogg' },
          async () => (await import('./routes/access-log-page')).AccessLogPage,
          requireAuth,
        ),
        onDemandRoute(
          { path: paths.messages.path, title: 'Meddelanden' },
          async () => (await import('./routes/messages-page')).MessagesRoute,
        ),
        ...devRoutes,
        { path: '*', element: <NotFoundPage />, handle: { title: 'Sidan finns inte' } },
      ],
    },
  ];
}
