import type { LogoutReason } from './auth-context';

/**
 * How the end of a session reaches every tab of this browser, and what the logged-out page may
 * say afterwards.
 *
 * A logout in one tab is announced on a BroadcastChannel; every other tab of the app then clears
 * what it holds and shows the logged-out page. A tab that missed the announcement (asleep, or
 * restored from the back/forward cache) finds out by its own session check.
 */

/** What the app clears of a person when their session ends; resolves to notices to show. */
export type EndSession = (employeeHsaId: string) => Promise<string[]>;

export type SessionMessage = { type: 'logged-out' } | { type: 'active' };

const CHANNEL = 'vardpersonal.session';
const LOGGED_OUT_KEY = 'vardpersonal.loggedOut';

export type LoggedOutNote = { reason: LogoutReason; notices: string[] };

/** How a tab that follows a logout leaves its page; a test replaces it (jsdom cannot navigate). */
export const leavePage = {
  to: (href: string): void => window.location.replace(href),
};

/** The tab's channel to the others, or null where BroadcastChannel is missing. */
export function openSessionChannel(onMessage: (message: SessionMessage) => void): {
  post: (message: SessionMessage) => void;
  close: () => void;
} {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<SessionMessage>) => onMessage(event.data);
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}

/** Kept for the logged-out page of this tab: words and a reason, nothing of a patient. */
export function storeLoggedOutNote(note: LoggedOutNote): void {
  try {
    sessionStorage.setItem(LOGGED_OUT_KEY, JSON.stringify(note));
  } catch {
    // Without storage the page just says "Du är utloggad".
  }
}

/** Read once: the note belongs to the logout that wrote it. */
export function takeLoggedOutNote(): LoggedOutNote | null {
  try {
    const raw = sessionStorage.getItem(LOGGED_OUT_KEY);
    sessionStorage.removeItem(LOGGED_OUT_KEY);
    return raw ? (JSON.parse(raw) as LoggedOutNote) : null;
  } catch {
    return null;
  }
}
