import { useMemo, type ReactNode } from 'react';
import { DEFAULT_INBOX_SETTINGS, InboxSettingsContext, type InboxSettings } from '../settings';

export type InboxSettingsProviderProps = {
  /** What differs from the defaults, e.g. `{ timeoutMs: 400 }` in a test of a timeout. */
  settings: Partial<InboxSettings>;
  children: ReactNode;
};

/** Gives the inbox below it other timing than the defaults. */
export function InboxSettingsProvider({ settings, children }: InboxSettingsProviderProps) {
  const { timeoutMs, pollIntervalMs, slowAfterMs } = settings;
  const value = useMemo(
    () => ({
      timeoutMs: timeoutMs ?? DEFAULT_INBOX_SETTINGS.timeoutMs,
      pollIntervalMs: pollIntervalMs ?? DEFAULT_INBOX_SETTINGS.pollIntervalMs,
      slowAfterMs: slowAfterMs ?? DEFAULT_INBOX_SETTINGS.slowAfterMs,
    }),
    [timeoutMs, pollIntervalMs, slowAfterMs],
  );
  return <InboxSettingsContext value={value}>{children}</InboxSettingsContext>;
}
