import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { DehydratedState } from '@tanstack/react-query';
import { env } from '@/config/env';
import { paths } from '@/config/paths';
import { App } from '@/app/app';
import { createRoutes, preloadPage } from '@/app/router';
import { completeSilentRenew, createSessionClient } from '@/features/auth';
import { keepEarlyInput } from '@/lib/early-input';
import { guardAddress } from '@/app/address-guard';
import '@/styles/global.css';

/** The data a prerendered page carries (scripts/prerender.mjs); none on other pages. */
function readPrerenderedData(): DehydratedState | undefined {
  const script = document.getElementById('prerendered-data');
  return script?.textContent ? (JSON.parse(script.textContent) as DehydratedState) : undefined;
}

async function main(): Promise<void> {
  // First of all, before React or anything else reads the address: a journal system's launch
  // parameters (an identity number) move into this tab's session and out of the address bar
  // and the history entry.
  // Only a launch address loads the launch code; nothing renders until it has run.
  if (window.location.pathname.toLowerCase().startsWith(paths.launch.path)) {
    const { captureLaunch } = await import('@/features/patient-context/launch');
    captureLaunch({ directLaunchEnabled: env.directLaunchEnabled });
  }
  // Then on every page: whatever else looks like an identity number leaves the address (the
  // built pages have done so already, before paint; the dev server's page has not).
  guardAddress();
  // The hidden iframe of a silent renewal only hands its result to the parent window.
  if (window.location.pathname === paths.silentCallback.path) {
    await completeSilentRenew();
    return;
  }
  const sessionClient = createSessionClient();
  const routes = createRoutes(sessionClient);
  // The page's code first: what is on the screen (prerendered, or the frame) stays until the
  // page can take over, instead of giving way to a loading message.
  await preloadPage(routes, window.location.pathname);
  const root = document.getElementById('root')!;
  const prerenderedData = readPrerenderedData();
  const handOverEarlyInput = prerenderedData ? keepEarlyInput(root) : undefined;
  const app = (
    <StrictMode>
      <App
        sessionClient={sessionClient}
        routes={routes}
        prerenderedData={prerenderedData}
        onReady={handOverEarlyInput}
      />
    </StrictMode>
  );
  if (prerenderedData) hydrateRoot(root, app);
  else createRoot(root).render(app);
}

void main();
