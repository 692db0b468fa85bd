const BASE = 'https://app.invalid';
/** Tabs, line breaks and other control characters: the URL parser drops some of them silently. */
const hasControlCharacter = (text: string): boolean =>
  [...text].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

/**
 * Where to go after login. Only a path inside this app is accepted: anything else (another
 * origin, "//host", "javascript:") would make the login an open redirect. The check is made
 * again on the normalised path, because normalising can make one: `/.//evil.example` and
 * `/a/..//evil.example` both become `//evil.example`, which a browser reads as another host.
 */
export function safeReturnTo(candidate: unknown, fallback = '/tjanster'): string {
  if (typeof candidate !== 'string' || !isAppPath(candidate) || hasControlCharacter(candidate)) {
    return fallback;
  }
  try {
    const url = new URL(candidate, BASE);
    if (url.origin !== BASE) return fallback;
    const path = `${url.pathname}${url.search}${url.hash}`;
    return isAppPath(path) && isAppPath(decodeURIComponent(url.pathname)) ? path : fallback;
  } catch {
    return fallback;
  }
}

/** One leading slash and no second one (or backslash, which browsers read as a slash) after it. */
const isAppPath = (path: string): boolean =>
  path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\');

export function currentLocation(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}
