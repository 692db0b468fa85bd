export type { MessagesContext } from './types';
export { MailboxList } from './components/mailbox-list';
export { MailboxView } from './components/mailbox-view';
export { NewMessageView } from './components/new-message-view';
export { ConversationView } from './components/conversation-view';
export {
  MessageSettingsProvider,
  type MessageSettingsProviderProps,
} from './components/message-settings-provider';
export type { MessageSettings } from './settings';
export { useOutboxSync } from './hooks/use-outbox';
export { messageKeys } from './api/message-service';
export { wipeLocalMessageData } from './storage/wipe';
