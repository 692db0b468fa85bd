import { ApiError } from '@/lib/http-client';
import { writeAccessEvents, type AccessEvent, type WriteResult } from './api/access-events';

/**
 * The screens' PDL access events on their way to the log service. (The backend that releases
 * patient data writes its own event; these add which screen showed it.) None may be lost
 * without a trace and none written twice:
 * - every event has an idempotency key, and the same display always gets the same key, so the
 *   backend stores it once however often it is sent;
 * - the queue lives in memory and in this tab's sessionStorage (never localStorage), so a
 *   reload or the round trip to the identity provider does not lose it;
 * - each event belongs to the person who caused it and is sent only with that person's login:
 *   another person logging in in the same tab neither sends nor sees it;
 * - requests carry at most what the service accepts, and each event is settled on its own
 *   result: a failed request is retried with growing pauses, and a request the service refuses
 *   as it is is split until the event it refuses is found. That event is quarantined and the
 *   person is told; it is never silently dropped.
 */

export type Send = (events: AccessEvent[], commissionHsaId: string) => Promise<WriteResult[]>;

export type AccessLogQueueOptions = {
  send?: Send;
  storage?: Storage | null;
  /** Milliseconds before retry n (the last one repeats). */
  retryDelaysMs?: readonly number[];
};

/** An event the log service refused as it is, with its reason. */
export type QuarantinedEvent = { event: AccessEvent; reason: string };

export type AccessLogQueueState = {
  /** Events of the current person not yet acknowledged. */
  pending: number;
  /** The current person's refused events. */
  quarantined: readonly QuarantinedEvent[];
};

/** The log service's limit per request (docs/integration.md, the access log). */
export const MAX_EVENTS_PER_REQUEST = 100;

const QUEUE_KEY = 'vardpersonal.accessLog.queue';
const QUARANTINE_KEY = 'vardpersonal.accessLog.quarantine';
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

const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  );

export class AccessLogQueue {
  private queue: AccessEvent[];
  private quarantine: QuarantinedEvent[];
  private sent: string[];
  private sender: string | null = null;
  private sending: Promise<void> | null = null;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private state: AccessLogQueueState = { pending: 0, quarantined: [] };
  private readonly listeners = new Set<() => void>();
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
    this.quarantine = this.load<QuarantinedEvent[]>(QUARANTINE_KEY) ?? [];
    this.sent = this.load<string[]>(SENT_KEY) ?? [];
    this.updateState();
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

  /**
   * Whose events may be sent: the logged-in person's HSA-id, or null while nobody is. Only that
   * person's events go out, with that person's token.
   */
  setSender(employeeHsaId: string | null): void {
    if (employeeHsaId === this.sender) return;
    this.sender = employeeHsaId;
    this.attempt = 0;
    this.updateState();
    if (employeeHsaId) void this.flush();
  }

  /** The current person's events still on their way (tests, diagnostics). */
  pending(): readonly AccessEvent[] {
    return this.queue.filter((event) => event.userHsaId === this.sender);
  }

  getState = (): AccessLogQueueState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Sends the current person's events. Resolves when this round (and any it waits on) is done. */
  async flush(): Promise<void> {
    if (this.sending) return this.sending;
    if (!this.sender || this.pending().length === 0) return;
    this.clearTimer();
    this.sending = this.sendRound(this.sender).then((retryLater) => {
      this.sending = null;
      if (retryLater) {
        const delay = this.retryDelaysMs[Math.min(this.attempt, this.retryDelaysMs.length - 1)]!;
        this.attempt += 1;
        this.timer = setTimeout(() => void this.flush(), delay);
        return;
      }
      this.attempt = 0;
      // Events queued while this round was under way.
      if (this.pending().length > 0) return this.flush();
    });
    return this.sending;
  }

  /**
   * The person is logging out: one last attempt to send, then everything of theirs leaves this
   * tab (the events name patients). Resolves to how many could not be sent, so the logout can
   * say so – the count, never the events.
   */
  async endSession(employeeHsaId: string): Promise<number> {
    if (this.sender === employeeHsaId) {
      await this.sending; // a round under way may not have had the newest events
      this.clearTimer();
      await this.flush();
      this.clearTimer();
    }
    const theirs = (event: AccessEvent) => event.userHsaId === employeeHsaId;
    const unsent =
      this.queue.filter(theirs).length +
      this.quarantine.filter((entry) => theirs(entry.event)).length;
    this.queue = this.queue.filter((event) => !theirs(event));
    this.quarantine = this.quarantine.filter((entry) => !theirs(entry.event));
    this.sent = [];
    this.sender = null;
    this.persist();
    return unsent;
  }

  /** Stops the retry timer (tests, and a tab that is closing). */
  dispose(): void {
    this.clearTimer();
  }

  /** One pass over the person's events; true when some must be retried later. */
  private async sendRound(sender: string): Promise<boolean> {
    const byCommission = new Map<string, AccessEvent[]>();
    for (const event of this.pending()) {
      byCommission.set(event.commissionHsaId, [
        ...(byCommission.get(event.commissionHsaId) ?? []),
        event,
      ]);
    }
    let retryLater = false;
    for (const [commissionHsaId, events] of byCommission) {
      for (const chunk of chunks(events, MAX_EVENTS_PER_REQUEST)) {
        if (this.sender !== sender) return false; // logged out meanwhile: the token is not theirs
        if (!(await this.sendChunk(chunk, commissionHsaId))) retryLater = true;
      }
    }
    return retryLater;
  }

  /** True when every event of the chunk is settled (stored or quarantined). */
  private async sendChunk(chunk: AccessEvent[], commissionHsaId: string): Promise<boolean> {
    let results: WriteResult[];
    try {
      results = await this.send(chunk, commissionHsaId);
    } catch (error) {
      if (retryable(error)) return false;
      if (chunk.length === 1) {
        this.quarantineEvent(chunk[0]!, (error as Error).message);
        return true;
      }
      // Refused as a whole: halve it until the event the service refuses is on its own.
      const half = Math.ceil(chunk.length / 2);
      const first = await this.sendChunk(chunk.slice(0, half), commissionHsaId);
      const second = await this.sendChunk(chunk.slice(half), commissionHsaId);
      return first && second;
    }
    const acknowledged = new Set(results.map((result) => result.idempotencyKey));
    this.settle(chunk.filter((event) => acknowledged.has(event.idempotencyKey)));
    // An event the answer does not mention is not known to be stored: it goes again.
    return chunk.every((event) => acknowledged.has(event.idempotencyKey));
  }

  private settle(events: AccessEvent[]): void {
    const keys = new Set(events.map((event) => event.idempotencyKey));
    this.queue = this.queue.filter((event) => !keys.has(event.idempotencyKey));
    this.sent = [...this.sent, ...keys].slice(-MAX_REMEMBERED);
    this.persist();
  }

  private quarantineEvent(event: AccessEvent, reason: string): void {
    this.queue = this.queue.filter((queued) => queued.idempotencyKey !== event.idempotencyKey);
    this.quarantine = [...this.quarantine, { event, reason }];
    this.persist();
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private updateState(): void {
    const pending = this.pending().length;
    const quarantined = this.quarantine.filter((entry) => entry.event.userHsaId === this.sender);
    const same =
      pending === this.state.pending &&
      quarantined.length === this.state.quarantined.length &&
      quarantined.every((entry, i) => entry === this.state.quarantined[i]);
    if (same) return;
    this.state = { pending, quarantined };
    this.listeners.forEach((listener) => listener());
  }

  private persist(): void {
    try {
      this.storage?.setItem(QUEUE_KEY, JSON.stringify(this.queue));
      this.storage?.setItem(QUARANTINE_KEY, JSON.stringify(this.quarantine));
      this.storage?.setItem(SENT_KEY, JSON.stringify(this.sent));
    } catch {
      // Storage full or blocked: the queue still lives in memory for this page.
    }
    this.updateState();
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

/** One id per page load: the router's location key is "default" after every load. */
const pageLoadId = crypto.randomUUID();

/**
 * The idempotency key of one display: `what` shown at one history entry of this page load. A
 * re-render is the same display; a reload or a later visit is a new one.
 */
export const displayKey = (what: string, locationKey: string): string =>
  `${what}:${pageLoadId}:${locationKey}`;

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
