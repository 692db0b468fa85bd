import { describe, expect, it } from 'vitest';
import { RequestTimeoutError, withTimeout } from './with-timeout';

const never = (signal: AbortSignal) =>
  new Promise<never>((_, reject) =>
    signal.addEventListener('abort', () => reject(new DOMException('Avbruten', 'AbortError'))),
  );

describe('withTimeout', () => {
  it('answers with what the request answers', async () => {
    await expect(withTimeout(1_000, undefined, async () => 'svar')).resolves.toBe('svar');
  });

  it('gives up after the time with RequestTimeoutError, aborting the request', async () => {
    await expect(withTimeout(20, undefined, never)).rejects.toBeInstanceOf(RequestTimeoutError);
  });

  it('passes the page’s own abort on as the request’s error, not as a timeout', async () => {
    const page = new AbortController();
    const pending = withTimeout(1_000, page.signal, never);
    page.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
