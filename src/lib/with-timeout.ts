/** A request that took longer than it may: the caller says so in its own words. */
export class RequestTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`No answer within ${ms} ms`);
    this.name = 'RequestTimeoutError';
  }
}

/**
 * Runs a request with a signal that aborts after `ms` or when `outer` does (the page moved on).
 * A timeout rejects with RequestTimeoutError, also when `run` does not listen to the signal;
 * an outer abort rejects with the request's own error.
 */
export async function withTimeout<T>(
  ms: number,
  outer: AbortSignal | undefined,
  run: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new RequestTimeoutError(ms));
    }, ms);
  });
  const abort = () => controller.abort();
  outer?.addEventListener('abort', abort);
  try {
    return await Promise.race([run(controller.signal), timeout]);
  } catch (error) {
    if (controller.signal.aborted && !outer?.aborted) throw new RequestTimeoutError(ms);
    throw error;
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', abort);
  }
}
