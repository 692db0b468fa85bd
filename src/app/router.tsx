import { createBrowserRouter } from 'react-router';
import type { RouteObject } from 'react-router';
import type { UserManager } from 'oidc-client-ts';
import { CallbackPage, ChooseCommissionPage, LoggedOutPage, RequireAuth } from '@/features/auth';
import { paths } from '@/config/paths';
import { AppLayout } from './layout/app-layout';
import { HomePage } from './routes/home-page';
import { ServicesPage } from './routes/services-page';
import { NotFoundPage } from './routes/not-found-page';

export function createRoutes(userManager: UserManager): RouteObject[] {
  return [
    {
      element: <AppLayout />,
      children: [
        { path: paths.home.path, element: <HomePage />, handle: { title: 'Start' } },
        { path: paths.callback.path, element: <CallbackPage />, handle: { title: 'Loggar in' } },
        {
          path: paths.loggedOut.path,
          element: <LoggedOutPage userManager={userManager} />,
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
              <ServicesPage />
            </RequireAuth>
          ),
          handle: { title: 'Mina tjänster' },
        },
        { path: '*', element: <NotFoundPage />, handle: { title: 'Sidan finns inte' } },
      ],
    },
  ];
}

export const createAppRouter = (userManager: UserManager) =>
  createBrowserRouter(createRoutes(userManager));
