/**
 * Dates, times and identity numbers as staff read them, the same on every page. An instant (an
 * ISO timestamp, epoch milliseconds or a Date) is shown in Swedish time wherever the computer
 * is; a calendar date (a text's "updated", no time of day) is shown as the date it names.
 */

export type Instant = string | number | Date;

const STOCKHOLM = 'Europe/Stockholm';

const dateFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: STOCKHOLM, dateStyle: 'medium' });
const timeFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: STOCKHOLM,
  hour: '2-digit',
  minute: '2-digit',
});
const dateTimeFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: STOCKHOLM,
  dateStyle: 'medium',
  timeStyle: 'short',
});
const dayAndTimeFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: STOCKHOLM,
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});
const calendarDateFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: 'UTC', dateStyle: 'long' });

/** "12 dec. 2026". */
export const formatDate = (value: Instant): string => dateFormat.format(new Date(value));

/** "14:05". */
export const formatTime = (value: Instant): string => timeFormat.format(new Date(value));

/** "12 dec. 2026 14:05". */
export const formatDateTime = (value: Instant): string => dateTimeFormat.format(new Date(value));

/** "12 dec. 14:05": for lists of what came in lately, where the year goes without saying. */
export const formatDayAndTime = (value: Instant): string =>
  dayAndTimeFormat.format(new Date(value));

/**
 * "2025-03-10" (or a timestamp's date part, "2025-03-10T…") → "10 mars 2025". Read at noon UTC,
 * so no time zone moves the day.
 */
export const formatCalendarDate = (isoDate: string): string =>
  calendarDateFormat.format(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`));

/**
 * 191212121212 → 19121212-1212 (ÅÅÅÅMMDD-NNNN, the form staff read best; the 12-digit form
 * needs no plus sign). Anything that is not twelve digits is shown as it is.
 */
export function formatIdentityNumber(value: string): string {
  return /^\d{12}$/.test(value) ? `${value.slice(0, 8)}-${value.slice(8)}` : value;
}
