/** A request that took longer than it may: the caller says so in its own words. */
export class RequestTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`No answer within ${ms} ms`);
    this.name = 'RequestTimeoutError';
  }
}

/**
 * Runs a request with a signal that aborts after `ms` or when `outer` does (the page moved on).
 * A timeout rejects with RequestTimeoutError; an outer abort with the request's own error.
 */
export async function withTimeout<T>(
  ms: number,
  outer: AbortSignal | undefined,
  run: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, ms);
  const abort = () => controller.abort();
  outer?.addEventListener('abort', abort);
  try {
    return await run(controller.signal);
  } catch (error) {
    if (timedOut) throw new RequestTimeoutError(ms);
    throw error;
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', abort);
  }
}
