import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { env } from '@/config/env';
import { paths } from '@/config/paths';
import { App } from '@/app/app';
import { completeSilentRenew } from '@/features/auth';
import { waitForBackendBeforeRequests } from '@/lib/http-client';
import '@/styles/global.css';

async function startMockBackends(): Promise<void> {
  if (!env.apiMocking) return;
  const { worker } = await import('../mocks/browser');
  await worker.start({
    quiet: true,
    // Our own API paths must all be mocked; the identity provider and the rest pass through.
    onUnhandledRequest(request, print) {
      if (new URL(request.url).pathname.startsWith('/api/')) print.error();
    },
  });
}

async function main(): Promise<void> {
  // First of all, before React or anything else reads the address: a journal system's launch
  // parameters (an identity number) move into this tab's session and out of the address bar
  // and the history entry.
  // Only a launch address loads the launch code; nothing renders until it has run.
  if (window.location.pathname === paths.launch.path) {
    const { captureLaunch } = await import('@/features/patient-context/launch');
    captureLaunch({ directLaunchEnabled: env.directLaunchEnabled });
  }
  // The hidden iframe of a silent renewal only hands its result to the parent window.
  if (window.location.pathname === paths.silentCallback.path) {
    await completeSilentRenew();
    return;
  }
  // The page renders at once; API requests wait until the mock backends answer.
  waitForBackendBeforeRequests(startMockBackends());
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void main();
