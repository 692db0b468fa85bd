import { useMemo, type ReactNode } from 'react';
import {
  DEFAULT_MESSAGE_SETTINGS,
  MessageSettingsContext,
  type MessageSettings,
} from '../settings';

export type MessageSettingsProviderProps = {
  /** What differs from the defaults, e.g. `{ searchDebounceMs: 50 }` in a test. */
  settings: Partial<MessageSettings>;
  children: ReactNode;
};

/** Gives the messages screens below it other timing than the defaults. */
export function MessageSettingsProvider({ settings, children }: MessageSettingsProviderProps) {
  const {
    pollIntervalMs,
    deliveryPollMs,
    autosaveMs,
    draftRetryMs,
    outboxRetryMs,
    searchDebounceMs,
  } = settings;
  const value = useMemo(
    () => ({
      pollIntervalMs: pollIntervalMs ?? DEFAULT_MESSAGE_SETTINGS.pollIntervalMs,
      deliveryPollMs: deliveryPollMs ?? DEFAULT_MESSAGE_SETTINGS.deliveryPollMs,
      autosaveMs: autosaveMs ?? DEFAULT_MESSAGE_SETTINGS.autosaveMs,
      draftRetryMs: draftRetryMs ?? DEFAULT_MESSAGE_SETTINGS.draftRetryMs,
      outboxRetryMs: outboxRetryMs ?? DEFAULT_MESSAGE_SETTINGS.outboxRetryMs,
      searchDebounceMs: searchDebounceMs ?? DEFAULT_MESSAGE_SETTINGS.searchDebounceMs,
    }),
    [pollIntervalMs, deliveryPollMs, autosaveMs, draftRetryMs, outboxRetryMs, searchDebounceMs],
  );
  return <MessageSettingsContext value={value}>{children}</MessageSettingsContext>;
}
