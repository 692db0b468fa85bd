import { createContext } from 'react';

/** The inbox's timing. The app uses the defaults; a test gives shorter ones to the provider. */
export type InboxSettings = {
  /** A request to a source that takes longer has timed out. */
  timeoutMs: number;
  /** How often every source is asked for new cases. */
  pollIntervalMs: number;
  /** After this long a loading source is said to be slow. */
  slowAfterMs: number;
};

export const DEFAULT_INBOX_SETTINGS: Readonly<InboxSettings> = Object.freeze({
  timeoutMs: 10_000,
  pollIntervalMs: 30_000,
  slowAfterMs: 2_000,
});

/** Read with useInboxSettings; given with InboxSettingsProvider. */
export const InboxSettingsContext = createContext<Readonly<InboxSettings>>(DEFAULT_INBOX_SETTINGS);
