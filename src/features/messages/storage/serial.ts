/**
 * One piece of outbox work at a time: sending, flushing, "Ändra" and the background sync take
 * turns, in this tab and among this browser's tabs where the browser can say so (Web Locks). So
 * a message in flight is never also taken back into its draft.
 */

/** The tail of this tab's work: each task starts when the one before it has ended. */
let previous: Promise<unknown> = Promise.resolve();

export function exclusively<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  const run = () =>
    locks ? (locks.request('vardpersonal-sdk-outbox', task) as Promise<T>) : task();
  const result = previous.then(run, run);
  previous = result.catch(() => undefined);
  return result;
}
