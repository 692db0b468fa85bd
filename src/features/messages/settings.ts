import { createContext } from 'react';

/** The messages client's timing. The app uses the defaults; a test gives others to the provider. */
export type MessageSettings = {
  /** How often a mailbox (its conversations and drafts) is asked for what is new. */
  pollIntervalMs: number;
  /** How often a conversation with an undelivered message of ours asks again. */
  deliveryPollMs: number;
  /** How long typing may pause before the draft is saved on the service. */
  autosaveMs: number;
  /** How often a draft the service could not take is tried again. */
  draftRetryMs: number;
  /** How often what waits in this browser is handed to the service while a messages screen is open. */
  outboxRetryMs: number;
  /** How long typing in the recipient field may pause before the address book is searched. */
  searchDebounceMs: number;
};

export const DEFAULT_MESSAGE_SETTINGS: Readonly<MessageSettings> = Object.freeze({
  pollIntervalMs: 30_000,
  deliveryPollMs: 2_000,
  autosaveMs: 1_000,
  draftRetryMs: 15_000,
  outboxRetryMs: 15_000,
  searchDebounceMs: 300,
});

/** Read with useMessageSettings; given with MessageSettingsProvider. */
export const MessageSettingsContext =
  createContext<Readonly<MessageSettings>>(DEFAULT_MESSAGE_SETTINGS);
