import { containsIdentityNumber } from './identity-number-like';

/**
 * Takes anything that looks like an identity number out of the address bar and this history
 * entry, on every page, before the first paint. A launch's own parameters have been captured by
 * then (src/main.tsx); what is left here arrived by mistake – a hand-typed link, an old
 * bookmark, `/launch/fortsatt?patient=…` – and must not stay in the history, a referrer or the
 * login's return address.
 *
 * Parameters and path segments that hold a number are dropped, and a fragment with one goes
 * whole; the rest of the address stays, so the page still opens. Returns whether it changed
 * the address.
 */
export function scrubAddress(
  {
    protocolPaths = [],
  }: {
    /**
     * Where an identity provider returns with its own random `code` and `state`: a hex state can
     * look like a number by chance, and scrubbing it would break the login. Nothing else comes
     * back there. Also the launch, whose parameters the launch code captures itself.
     */
    protocolPaths?: readonly string[];
  } = {},
  win: Pick<Window, 'location' | 'history'> = window,
): boolean {
  const { pathname, search, hash } = win.location;
  if (protocolPaths.some((path) => samePath(pathname, path))) return false;
  if (![pathname, search, hash].some(holdsIdentityNumber)) return false;

  const segments = pathname.split('/').filter((segment) => !holdsIdentityNumber(segment));
  const params = new URLSearchParams(search);
  for (const [name, value] of [...params]) {
    if (holdsIdentityNumber(name) || holdsIdentityNumber(value)) params.delete(name);
  }
  const query = params.toString();
  const path = segments.join('/') || '/';
  win.history.replaceState(
    win.history.state,
    '',
    `${path.startsWith('/') ? path : `/${path}`}${query ? `?${query}` : ''}${holdsIdentityNumber(hash) ? '' : hash}`,
  );
  return true;
}

/** As the router compares paths: without case and trailing slashes (`/LAUNCH/` is `/launch`). */
export const samePath = (pathname: string, path: string): boolean =>
  (pathname.replace(/\/+$/, '') || '/').toLowerCase() === path.toLowerCase();

/** Whether a part of an address holds what looks like an identity number, encoded or not. */
export const holdsIdentityNumber = (text: string): boolean =>
  containsIdentityNumber(decodeSafely(text));

/** `%31%39…` and `+` are still the number a person typed. */
function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
