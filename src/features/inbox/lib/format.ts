const dateTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});
const date = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const time = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  hour: '2-digit',
  minute: '2-digit',
});

export const formatDateTime = (iso: string | number | Date): string =>
  dateTime.format(new Date(iso));
export const formatDate = (iso: string | number | Date): string => date.format(new Date(iso));
export const formatTime = (iso: string | number | Date): string => time.format(new Date(iso));

/** 191212121212 → 19121212-1212. */
export const formatIdentityNumber = (twelveDigits: string): string =>
  `${twelveDigits.slice(0, 8)}-${twelveDigits.slice(8)}`;

/** "1 ärende", "3 ärenden". */
export const casesText = (count: number): string =>
  `${count.toLocaleString('sv-SE')} ${count === 1 ? 'ärende' : 'ärenden'}`;
