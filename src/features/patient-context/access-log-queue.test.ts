import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/http-client';
import { AccessLogQueue, MAX_EVENTS_PER_REQUEST, type Send } from './access-log-queue';
import type { AccessEvent } from './api/access-events';

const ANNA = 'SE2321000016-E1001';
const BENGT = 'SE2321000016-E1002';

const event = (
  key: string,
  commissionHsaId = 'SE2321000016-C1001',
  userHsaId = ANNA,
): AccessEvent => ({
  idempotencyKey: key,
  action: 'Läsning',
  userHsaId,
  commissionHsaId,
  careUnitHsaId: 'SE2321000016-1A2B',
  careProviderHsaId: 'SE2321000016-0001',
  patient: '191212121212',
  shown: 'Patientbanner',
  occurredAt: '2026-11-21T10:00:00.000Z',
});

/**
 * A log service like the real one (mocks/access-log/handlers.ts): stores by key, takes at most
 * 100 events, refuses a whole request for one malformed event, and fails when told to.
 */
function fakeLogService() {
  const stored = new Map<string, AccessEvent>();
  let failures: ('reject' | 'lose-response')[] = [];
  const send = vi.fn<Send>(async (events) => {
    if (events.length > 100) throw new ApiError(400, 'invalid_request', 'För många händelser.');
    if (events.some((e) => e.shown === '')) {
      throw new ApiError(400, 'invalid_request', 'Fältet shown får inte vara tomt.');
    }
    const failure = failures.shift();
    if (failure === 'reject') throw new ApiError(503, 'unavailable', 'nere');
    const results = events.map((e) => {
      const duplicate = stored.has(e.idempotencyKey);
      if (!duplicate) stored.set(e.idempotencyKey, e);
      return {
        idempotencyKey: e.idempotencyKey,
        status: duplicate ? 'duplicate' : 'created',
      } as const;
    });
    if (failure === 'lose-response') throw new ApiError(0, 'network_error', 'borta');
    return results;
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
    queue.setSender(ANNA);
    await vi.waitFor(() => expect(service.stored.size).toBe(1));
    expect(queue.pending()).toEqual([]);
  });

  it('ignores the same display twice', async () => {
    const service = fakeLogService();
    const queue = queueWith(service.send);
    queue.setSender(ANNA);
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
    queue.setSender(ANNA);
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
    before.setSender(ANNA);
    before.enqueue(event('a'));
    before.dispose();
    expect(JSON.parse(sessionStorage.getItem('vardpersonal.accessLog.queue')!)).toHaveLength(1);
    expect(localStorage.length).toBe(0);

    const up = fakeLogService();
    const after = queueWith(up.send);
    after.setSender(ANNA);
    await vi.waitFor(() => expect(up.stored.has('a')).toBe(true));
  });

  it('stores all 120 events queued during an outage, in requests the service accepts', async () => {
    const service = fakeLogService();
    service.failWith('reject', 'reject', 'reject');
    const queue = queueWith(service.send);
    queue.setSender(ANNA);
    for (let i = 0; i < 120; i += 1) queue.enqueue(event(`outage-${i}`));
    await vi.waitFor(() => expect(queue.pending()).toEqual([]));
    expect(service.stored.size).toBe(120);
    expect(
      Math.max(...service.send.mock.calls.map(([events]) => events.length)),
    ).toBeLessThanOrEqual(MAX_EVENTS_PER_REQUEST);
    expect(queue.getState()).toEqual({ pending: 0, quarantined: [] });
  });

  it('quarantines only the event the service refuses, with its reason, and stores the rest', async () => {
    const service = fakeLogService();
    const queue = queueWith(service.send);
    for (let i = 0; i < 30; i += 1) queue.enqueue(event(`e-${i}`));
    queue.enqueue({ ...event('broken'), shown: '' });
    queue.setSender(ANNA);
    await vi.waitFor(() => expect(queue.pending()).toEqual([]));
    expect(service.stored.size).toBe(30);
    expect(queue.getState().quarantined).toEqual([
      {
        event: expect.objectContaining({ idempotencyKey: 'broken' }),
        reason: 'Fältet shown får inte vara tomt.',
      },
    ]);
    // Quarantined, not retried for ever.
    const calls = service.send.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(service.send.mock.calls.length).toBe(calls);
  });

  it('sends a person’s events only with that person’s login', async () => {
    const service = fakeLogService();
    const queue = queueWith(service.send);
    queue.enqueue(event('annas', undefined, ANNA));
    queue.setSender(BENGT);
    queue.enqueue(event('bengts', undefined, BENGT));
    await vi.waitFor(() => expect(service.stored.has('bengts')).toBe(true));
    expect(service.stored.has('annas')).toBe(false);
    expect(service.send.mock.calls.flatMap(([events]) => events.map((e) => e.userHsaId))).toEqual([
      BENGT,
    ]);
    queue.setSender(ANNA);
    await vi.waitFor(() => expect(service.stored.has('annas')).toBe(true));
  });

  it('makes a last attempt at logout, then leaves nothing of the person in the tab', async () => {
    const service = fakeLogService();
    service.failWith('reject');
    const queue = queueWith(service.send);
    queue.setSender(ANNA);
    queue.enqueue(event('a'));
    await vi.waitFor(() => expect(service.send).toHaveBeenCalledTimes(1));
    queue.enqueue(event('b'));
    expect(await queue.endSession(ANNA)).toBe(0);
    expect([...service.stored.keys()].sort()).toEqual(['a', 'b']);

    const down = fakeLogService();
    down.failWith('reject', 'reject');
    const offline = queueWith(down.send);
    offline.enqueue(event('c'));
    offline.setSender(ANNA);
    await vi.waitFor(() => expect(down.send).toHaveBeenCalledTimes(1));
    expect(await offline.endSession(ANNA)).toBe(1);
    const kept = Object.values(sessionStorage).join(' ');
    expect(kept).not.toContain('191212121212');
  });

  it('sends each commission’s events under that commission', async () => {
    const service = fakeLogService();
    const queue = queueWith(service.send);
    queue.enqueue(event('a', 'C1'));
    queue.enqueue(event('b', 'C2'));
    queue.setSender(ANNA);
    await vi.waitFor(() => expect(service.stored.size).toBe(2));
    expect(
      service.send.mock.calls.map(([events, commission]) => [events.length, commission]),
    ).toEqual([
      [1, 'C1'],
      [1, 'C2'],
    ]);
  });
});

describe('displayKey', () => {
  it('names a new display after every page load, though the router says "default" each time', async () => {
    const { displayKey: firstLoad } = await import('./access-log-queue');
    vi.resetModules();
    const { displayKey: secondLoad } = await import('./access-log-queue');
    expect(firstLoad('inkorg:webcert:1', 'default')).not.toBe(
      secondLoad('inkorg:webcert:1', 'default'),
    );
    // Within one load, a re-render of the same history entry is the same display.
    expect(firstLoad('inkorg:webcert:1', 'default')).toBe(firstLoad('inkorg:webcert:1', 'default'));
  });
});
