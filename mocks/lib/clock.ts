/**
 * The namespace's clock: when its state began, and how far development has moved its time on.
 * Seed data is anchored to the start (seeded cases arrived before it, new ones arrive after it,
 * seeded messages are due relative to it), so the same namespace shows the same data after the
 * service restarts.
 */
import { table } from './store';

type Clock = { startedAt: number; advancedMs: number };
const clock = table<Clock>('clock', { key: () => 'clock' });

function read(): Clock {
  const [row] = clock.all();
  if (row) return row;
  const started = { startedAt: Date.now(), advancedMs: 0 };
  clock.save([started]);
  return started;
}

export const stateStartedAt = (): number => read().startedAt;

/** The namespace's "now": real time plus what development moved it on. */
export const namespaceNow = (): number => Date.now() + read().advancedMs;

/** Development: lets time pass for this namespace at once (new cases that were due later arrive). */
export function advanceClock(ms: number): void {
  const current = read();
  clock.save([{ ...current, advancedMs: current.advancedMs + ms }]);
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
