/** The words of every status a message of ours can have. */
export const STATUS_TEXT = {
  sent: 'Skickat',
  delivered: 'Levererat',
  queued: 'Väntar på att skickas',
  failed: 'Fel',
} as const;

export const STATUS_VARIANT = {
  sent: 'info',
  delivered: 'success',
  queued: 'warning',
  failed: 'danger',
} as const;
