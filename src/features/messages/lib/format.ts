const dateTime = new Intl.DateTimeFormat('sv-SE', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Stockholm',
});

/** "12 dec. 2026 14:05", Swedish time. */
export const formatDateTime = (iso: string): string => dateTime.format(new Date(iso));
