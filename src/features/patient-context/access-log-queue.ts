import { ApiError } from '@/lib/http-client';
import { writeAccessEvents, type AccessEvent } from './api/access-log';

/**
 * The PDL access events on their way to the log service. None may be lost and none written
 * twice:
 * - every event has an idempotency key, and the same display always gets the same key, so the
 *   backend stores it once however often it is sent;
 * - the queue lives in memory and in this tab's sessionStorage (never localStorage), so a
 *   reload or the round trip to the identity provider does not lose it;
 * - a failed send is retried with growing pauses; a 4xx other than 401/408/429 means the event
 *   itself is wrong and retrying would not help.
 */

export type Send = (events: AccessEvent[], commissionHsaId: string) => Promise<unknown>;

export type AccessLogQueueOptions = {
  send?: Send;
  storage?: Storage | null;
  /** Milliseconds before retry n (the last one repeats). */
  retryDelaysMs?: readonly number[];
};

const QUEUE_KEY = 'vardpersonal.accessLog.queue';
const SENT_KEY = 'vardpersonal.accessLog.sent';
/** Keys remembered as sent, so a re-render does not even ask the backend again. */
const MAX_REMEMBERED = 500;

const retryable = (error: unknown): boolean =>
  !(error instanceof ApiError) ||
  error.status === 0 ||
  error.status === 401 ||
  error.status === 408 ||
  error.status === 429 ||
  error.status >= 500;

export class AccessLogQueue {
  private queue: AccessEvent[];
  private sent: string[];
  private sending = false;
  private enabled = false;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly send: Send;
  private readonly storage: Storage | null;
  private readonly retryDelaysMs: readonly number[];

  constructor({
    send = writeAccessEvents,
    storage = typeof sessionStorage === 'undefined' ? null : sessionStorage,
    retryDelaysMs = [1000, 2000, 5000, 10_000, 30_000],
  }: AccessLogQueueOptions = {}) {
    this.send = send;
    this.storage = storage;
    this.retryDelaysMs = retryDelaysMs;
    this.queue = this.load<AccessEvent[]>(QUEUE_KEY) ?? [];
    this.sent = this.load<string[]>(SENT_KEY) ?? [];
  }

  /** Queues an event unless one with the same key is queued or sent already. */
  enqueue(event: AccessEvent): void {
    const known =
      this.sent.includes(event.idempotencyKey) ||
      this.queue.some((queued) => queued.idempotencyKey === event.idempotencyKey);
    if (known) return;
    this.queue.push(event);
    this.persist();
    void this.flush();
  }

  /** Sending needs a logged-in user; the app turns it on and off with the session. */
  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    if (enabled) void this.flush();
  }

  pending(): readonly AccessEvent[] {
    return this.queue;
  }

  /** Sends what is queued, one request per commission. Resolves when this round is done. */
  async flush(): Promise<void> {
    if (!this.enabled || this.sending || this.queue.length === 0) return;
    this.clearTimer();
    this.sending = true;
    let failed = false;
    try {
      const byCommission = new Map<string, AccessEvent[]>();
      for (const event of this.queue) {
        byCommission.set(event.commissionHsaId, [
          ...(byCommission.get(event.commissionHsaId) ?? []),
          event,
        ]);
      }
      for (const [commissionHsaId, events] of byCommission) {
        try {
          await this.send(events, commissionHsaId);
          this.settle(events);
        } catch (error) {
          if (retryable(error)) failed = true;
          else this.settle(events); // the log service refused them as they are: retrying cannot help
        }
      }
    } finally {
      this.sending = false;
    }
    if (failed) {
      const delay = this.retryDelaysMs[Math.min(this.attempt, this.retryDelaysMs.length - 1)]!;
      this.attempt += 1;
      this.timer = setTimeout(() => void this.flush(), delay);
    } else {
      this.attempt = 0;
      // Events queued while this round was under way.
      if (this.queue.length > 0) await this.flush();
    }
  }

  /** Stops the retry timer (tests, and a tab that is closing). */
  dispose(): void {
    this.clearTimer();
  }

  private settle(events: AccessEvent[]): void {
    const keys = new Set(events.map((event) => event.idempotencyKey));
    this.queue = this.queue.filter((event) => !keys.has(event.idempotencyKey));
    this.sent = [...this.sent, ...keys].slice(-MAX_REMEMBERED);
    this.persist();
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private persist(): void {
    try {
      this.storage?.setItem(QUEUE_KEY, JSON.stringify(this.queue));
      this.storage?.setItem(SENT_KEY, JSON.stringify(this.sent));
    } catch {
      // Storage full or blocked: the queue still lives in memory for this page.
    }
  }

  private load<T>(key: string): T | null {
    try {
      const raw = this.storage?.getItem(key);
      return raw ? (JSON.parse(raw) as T) : null;
    } catch {
      return null;
    }
  }
}

let shared: AccessLogQueue | null = null;

/** The tab's queue. */
export function accessLogQueue(): AccessLogQueue {
  return (shared ??= new AccessLogQueue());
}

/** Tests: forget the tab's queue (its storage is cleared between tests). */
export function resetAccessLogQueue(): void {
  shared?.dispose();
  shared = null;
}
