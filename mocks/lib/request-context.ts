/**
 * Whose state a request works on. The mock-API service serves everyone from one process: a
 * request's *namespace* picks the state it reads and writes ("default" for everyday use; each
 * end-to-end test has its own, so tests in parallel never meet), and its *dev session* picks the
 * development switches (faults, volume) that apply to it – only to the browser that set them.
 *
 * The service sets the context per request (mocks/server/app.ts). Vitest and the build's
 * prerender run the handlers in-process without it and get the local context.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export type RequestContext = {
  namespace: string;
  /** Null: this caller set no development switches, so none apply. */
  devSession: string | null;
  /** The service's way to fail the connection itself (the 'network' fault); absent in-process. */
  dropConnection?: () => void;
};

/** Header or cookie that names the namespace; programs send the header, tests set the cookie. */
export const NAMESPACE_HEADER = 'X-Mock-Namespace';
export const NAMESPACE_COOKIE = 'mock-namespace';
/** Header or cookie that names the dev session; the service sets the cookie on the first switch. */
export const DEV_SESSION_HEADER = 'X-Mock-Dev-Session';
export const DEV_SESSION_COOKIE = 'mock-dev-session';

export const DEFAULT_NAMESPACE = 'default';
const NAME = /^[A-Za-z0-9_-]{1,80}$/;

/** A namespace or dev-session name as a header or cookie may carry it; anything else is refused. */
export const isContextName = (value: string): boolean => NAME.test(value);

/** In-process use (Vitest, prerender): one namespace, and the switches a test sets apply. */
const LOCAL: RequestContext = { namespace: DEFAULT_NAMESPACE, devSession: 'local' };

const storage = new AsyncLocalStorage<RequestContext>();

export function currentContext(): RequestContext {
  return storage.getStore() ?? LOCAL;
}

export function runInContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}
