/** The system role of log review (systematisk logguppföljning); the log service checks the same. */
export const LOG_REVIEWER_ROLE = 'LOGG;Granskare';

export const isLogReviewer = (systemRoles: readonly string[]): boolean =>
  systemRoles.includes(LOG_REVIEWER_ROLE);
