/**
 * The messages screens, children of `/meddelanden` in the router (src/app/router.tsx), which
 * sees to the login and the commission for them all. Their code is the messages page's
 * (./messages-page.tsx) and loads with it; this file stays small, in the app's first download.
 */
import type { RouteObject } from 'react-router';
import { paths } from '@/config/paths';
import { NotFoundPage } from './not-found-page';

type Screen = 'MailboxListRoute' | 'MailboxRoute' | 'NewMessageRoute' | 'ConversationRoute';

const screen = (name: Screen) => ({
  Component: async () => (await import('./messages-page'))[name],
});

/**
 * New route objects for each router: a router marks the `lazy` it has loaded in the object
 * itself, and a second router (a test's) must load it again.
 */
export const messagesRoutes = (): RouteObject[] => [
  { index: true, lazy: screen('MailboxListRoute') },
  { path: paths.messagesMailbox.path, lazy: screen('MailboxRoute') },
  { path: paths.messagesNew.path, lazy: screen('NewMessageRoute') },
  { path: paths.messagesConversation.path, lazy: screen('ConversationRoute') },
  { path: '*', element: <NotFoundPage /> },
];
