import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/http-client';
import { AccessLogQueue, type Send } from './access-log-queue';
import type { AccessEvent } from './api/access-log';

const event = (key: string, commissionHsaId = 'SE2321000016-C1001'): AccessEvent => ({
  idempotencyKey: key,
  action: 'Läsning',
  userHsaId: 'SE2321000016-E1001',
  commissionHsaId,
  careUnitHsaId: 'SE2321000016-1A2B',
  careProviderHsaId: 'SE2321000016-0001',
  patient: '191212121212',
  shown: 'Patientbanner',
  occurredAt: '2026-11-21T10:00:00.000Z',
});

/** A log service that stores by key (like the real one) and fails when told to. */
function fakeLogService() {
  const stored = new Map<string, AccessEvent>();
  let failures: ('reject' | 'lose-response')[] = [];
  const send = vi.fn<Send>(async (events) => {
    const failure = failures.shift();
    if (failure === 'reject') throw new ApiError(503, 'unavailable', 'nere');
    for (const e of events) if (!stored.has(e.idempotencyKey)) stored.set(e.idempotencyKey, e);
    if (failure === 'lose-response') throw new ApiError(0, 'network_error', 'borta');
  });
  return { send, stored, failWith: (...next: typeof failures) => (failures = next) };
}

const queues: AccessLogQueue[] = [];
function queueWith(send: Send) {
  const queue = new AccessLogQueue({ send, storage: sessionStorage, retryDelaysMs: [10, 20] });
  queues.push(queue);
  return queue;
}

afterEach(() => {
  queues.splice(0).forEach((q) => q.dispose());
  vi.useRealTimers();
});

describe('AccessLogQueue', () => {
  it('waits for a login, then sends', async () => {
    const service = fakeLogService();
    const queue = queueWith(service.send);
    queue.enqueue(event('a'));
    expect(service.send).not.toHaveBeenCalled();
    queue.setEnabled(true);
    await vi.waitFor(() => expect(service.stored.size).toBe(1));
    expect(queue.pending()).toEqual([]);
  });

  it('ignores the same display twice', async () => {
    const service = fakeLogService();
    const queue = queueWith(service.send);
    queue.setEnabled(true);
    queue.enqueue(event('a'));
    await vi.waitFor(() => expect(service.stored.size).toBe(1));
    queue.enqueue(event('a'));
    expect(queue.pending()).toEqual([]);
    expect(service.send).toHaveBeenCalledTimes(1);
  });

  it('retries after failures and writes each event exactly once', async () => {
    const service = fakeLogService();
    service.failWith('reject', 'lose-response');
    const queue = queueWith(service.send);
    queue.setEnabled(true);
    queue.enqueue(event('a'));
    queue.enqueue(event('b'));
    await vi.waitFor(() => expect(queue.pending()).toEqual([]));
    expect(service.send.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect([...service.stored.keys()].sort()).toEqual(['a', 'b']);
  });

  it('survives a reload of the page: the queue is in the session', async () => {
    const down = fakeLogService();
    down.failWith('reject', 'reject', 'reject', 'reject');
    const before = queueWith(down.send);
    before.setEnabled(true);
    before.enqueue(event('a'));
    before.dispose();
    expect(JSON.parse(sessionStorage.getItem('vardpersonal.accessLog.queue')!)).toHaveLength(1);
    expect(localStorage.length).toBe(0);

    const up = fakeLogService();
    const after = queueWith(up.send);
    after.setEnabled(true);
    await vi.waitFor(() => expect(up.stored.has('a')).toBe(true));
  });

  it('drops an event the service refuses as malformed instead of retrying for ever', async () => {
    const send = vi.fn<Send>(async () => {
      throw new ApiError(400, 'invalid_request', 'fel');
    });
    const queue = queueWith(send);
    queue.setEnabled(true);
    queue.enqueue(event('a'));
    await vi.waitFor(() => expect(queue.pending()).toEqual([]));
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('sends each commission’s events under that commission', async () => {
    const service = fakeLogService();
    const queue = queueWith(service.send);
    queue.enqueue(event('a', 'C1'));
    queue.enqueue(event('b', 'C2'));
    queue.setEnabled(true);
    await vi.waitFor(() => expect(service.stored.size).toBe(2));
    expect(
      service.send.mock.calls.map(([events, commission]) => [events.length, commission]),
    ).toEqual([
      [1, 'C1'],
      [1, 'C2'],
    ]);
  });
});
