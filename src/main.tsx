import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { env } from '@/config/env';
import { paths } from '@/config/paths';
import { App } from '@/app/app';
import { completeSilentRenew } from '@/features/auth';
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
  // The hidden iframe of a silent renewal only hands its result to the parent window.
  if (window.location.pathname === paths.silentCallback.path) {
    await completeSilentRenew();
    return;
  }
  await startMockBackends();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void main();
