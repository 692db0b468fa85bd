import { act, render } from '@testing-library/react';
import type { ComponentType, ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { findStaff } from '../../mocks/idp/staff';
import { signAccessToken } from '../../mocks/lib/test-tokens';
import { createRoutes } from '@/app/router';
import { AppProviders } from '@/app/app';
import { routeContext } from '@/app/route-data';
import { createQueryClient } from '@/lib/query-client';
import { fakeSessionClient, fakeUserManager, userFor } from './fake-user-manager';

type RenderAppOptions = {
  /** The test person's account id (mocks/idp/staff.ts); nobody is logged in without it. */
  as?: string;
  /** Around the app: a feature's provider with a test's settings (e.g. the inbox's timing). */
  wrapper?: ComponentType<{ children: ReactNode }>;
};

/**
 * Renders the whole app at `path`, logged in as a test person whose access token is signed
 * like the provider's, so the mock backends authorize it for real.
 */
export async function renderApp(path: string, { as, wrapper }: RenderAppOptions = {}) {
  const person = as ? findStaff(as) : undefined;
  if (as && !person) throw new Error(`Ingen testperson ${as}`);
  // In act: a page the test rendered before may still be loading code (a lazy module), and it
  // must not finish outside act while the token is signed.
  const accessToken = person ? await act(() => signAccessToken(person)) : null;
  const user = person && accessToken ? userFor(person.accountId, { accessToken }) : null;
  const userManager = fakeUserManager(user);
  const sessionClient = fakeSessionClient(userManager);
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  window.history.replaceState(null, '', path);
  const router = createMemoryRouter(createRoutes(sessionClient), {
    initialEntries: [path],
    getContext: () => routeContext(queryClient),
  });
  // In act: the session is read from storage asynchronously right after the first render.
  const view = await act(async () =>
    render(
      <AppProviders queryClient={queryClient} sessionClient={sessionClient}>
        <RouterProvider router={router} />
      </AppProviders>,
      { wrapper },
    ),
  );
  return { ...view, router, userManager, person };
}
