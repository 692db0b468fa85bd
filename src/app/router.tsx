import { lazy, Suspense } from 'react';
import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import type { RouteObject } from 'react-router';
import { Loading } from '@/components';
import { CallbackPage, ChooseCommissionPage, LoggedOutPage, RequireAuth } from '@/features/auth';
import type { SessionClient } from '@/features/auth';
import { paths } from '@/config/paths';
import { AppLayout } from './layout/app-layout';
import { HomePage } from './routes/home-page';
import { NotFoundPage } from './routes/not-found-page';

/**
 * Every page but the start page loads on demand, so the first visit ships only what the start
 * page needs. The layout renders at once; the page area shows "Laddar sidan …" meanwhile.
 */
function onDemand(load: () => Promise<ComponentType>) {
  const Page = lazy(() => load().then((Component) => ({ default: Component })));
  return (
    <Suspense fallback={<Loading label="Laddar sidan …" />}>
      <Page />
    </Suspense>
  );
}

/**
 * The journal simulator (/dev/journal) exists in the dev server and in builds made with
 * VITE_DEV_TOOLS=on (the end-to-end tests'); Vite replaces both at build time, so a production
 * build has neither the route nor its chunk.
 */
const DEV_TOOLS = import.meta.env.DEV || import.meta.env.VITE_DEV_TOOLS === 'on';
const devRoutes: RouteObject[] = DEV_TOOLS
  ? [
      {
        path: paths.devJournal.path,
        element: onDemand(async () => (await import('./routes/dev-journal-page')).DevJournalPage),
        handle: { title: 'Journalsimulator' },
      },
    ]
  : [];

export function createRoutes(sessionClient: SessionClient): RouteObject[] {
  return [
    {
      element: <AppLayout />,
      children: [
        { path: paths.home.path, element: <HomePage />, handle: { title: 'Start' } },
        {
          path: paths.search.path,
          element: onDemand(async () => (await import('./routes/search-page')).SearchPage),
          handle: { title: 'Sök' },
        },
        {
          path: paths.article.path,
          element: onDemand(async () => (await import('./routes/article-page')).ArticlePage),
          handle: { title: 'Kunskap' },
        },
        {
          path: paths.articleVersion.path,
          element: onDemand(
            async () => (await import('./routes/article-version-page')).ArticleVersionPage,
          ),
          handle: { title: 'Tidigare version' },
        },
        {
          path: paths.articlePrint.path,
          element: onDemand(
            async () => (await import('./routes/article-print-page')).ArticlePrintPage,
          ),
          handle: { title: 'Utskrift' },
        },
        { path: paths.callback.path, element: <CallbackPage />, handle: { title: 'Loggar in' } },
        {
          path: paths.loggedOut.path,
          element: <LoggedOutPage sessionClient={sessionClient} />,
          handle: { title: 'Utloggad' },
        },
        {
          path: paths.chooseCommission.path,
          element: (
            <RequireAuth commission="not-required">
              <ChooseCommissionPage />
            </RequireAuth>
          ),
          handle: { title: 'Välj medarbetaruppdrag' },
        },
        {
          path: paths.services.path,
          element: (
            <RequireAuth>
              {onDemand(async () => (await import('./routes/services-page')).ServicesPage)}
            </RequireAuth>
          ),
          handle: { title: 'Mina tjänster' },
        },
        {
          path: paths.inbox.path,
          element: (
            <RequireAuth>
              {onDemand(async () => (await import('./routes/inbox-page')).InboxPage)}
            </RequireAuth>
          ),
          handle: { title: 'Inkorg' },
          children: [
            {
              path: paths.inboxCase.path,
              element: onDemand(
                async () => (await import('./routes/inbox-case-page')).InboxCasePage,
              ),
              handle: { title: 'Ärende' },
            },
          ],
        },
        {
          path: paths.launch.path,
          element: onDemand(async () => (await import('./routes/launch-page')).LaunchPage),
          handle: { title: 'Öppna patient' },
        },
        {
          path: paths.launchContinue.path,
          element: (
            <RequireAuth commission="not-required">
              {onDemand(
                async () => (await import('./routes/launch-continue-page')).LaunchContinuePage,
              )}
            </RequireAuth>
          ),
          handle: { title: 'Öppna patient' },
        },
        {
          path: paths.accessLog.path,
          element: (
            <RequireAuth>
              {onDemand(async () => (await import('./routes/access-log-page')).AccessLogPage)}
            </RequireAuth>
          ),
          handle: { title: 'Åtkomstlogg' },
        },
        {
          path: paths.messages.path,
          element: onDemand(async () => (await import('./routes/messages-page')).MessagesRoute),
          handle: { title: 'Meddelanden' },
        },
        ...devRoutes,
        { path: '*', element: <NotFoundPage />, handle: { title: 'Sidan finns inte' } },
      ],
    },
  ];
}

export const createAppRouter = (sessionClient: SessionClient) =>
  createBrowserRouter(createRoutes(sessionClient));
