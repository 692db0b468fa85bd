import '@testing-library/jest-dom/vitest';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { configure } from '@testing-library/dom';
import { server } from '../../mocks/node';
import { resetMockDatabases } from '../../mocks/handlers';

// jsdom has no layout: scrolling is a no-op there (it would log "not implemented").
if (typeof window !== 'undefined') window.scrollTo = () => {};

// Role queries compute accessible names for the whole page; jsdom is slow at it on two cores.
configure({ asyncUtilTimeout: 5000 });

// A test during which React or our code logs an error has a bug, even if its assertions pass.
let consoleErrors: unknown[][] = [];

// Real servers that a test starts itself (the identity provider) listen on 127.0.0.1.
beforeAll(() =>
  server.listen({
    onUnhandledRequest(request, print) {
      if (new URL(request.url).hostname !== '127.0.0.1') print.error();
    },
  }),
);
beforeEach(() => {
  consoleErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
});
afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
    sessionStorage.clear();
    localStorage.clear();
  }
  server.resetHandlers();
  resetMockDatabases();
  if (consoleErrors.length > 0) {
    throw new Error(
      `console.error was called:\n${consoleErrors.map((args) => args.map(String).join(' ')).join('\n')}`,
    );
  }
});
afterAll(() => server.close());
