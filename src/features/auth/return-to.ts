/**
 * Where to go after login. Only a path inside this app is accepted: anything else (another
 * origin, "//host", "javascript:") would make the login an open redirect.
 */
export function safeReturnTo(candidate: unknown, fallback = '/tjanster'): string {
  if (typeof candidate !== 'string' || !candidate.startsWith('/') || candidate.startsWith('//')) {
    return fallback;
  }
  try {
    const base = 'http://app.invalid';
    const url = new URL(candidate, base);
    if (url.origin !== base) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

export function currentLocation(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}
