export type { MessagesContext } from './types';
export { MailboxList, MailboxView, NewMessageView, ConversationView } from './components/views';
export { messageKeys } from './api/message-service';
export { wipeLocalMessageData } from './storage/wipe';
