/**
 * The allow-list of journal systems (SMART `iss`). A launch names its FHIR server in the
 * address, so anyone can send a nurse a link with their own server in it: only an `iss` listed
 * in the configuration is ever contacted, and the comparison is exact (scheme, host, port and
 * path), with nothing but a trailing slash forgiven.
 */
const withoutTrailingSlash = (url: string): string => url.replace(/\/+$/, '');

/** The registered base that `iss` names, or null when it is not registered. */
export function registeredIssuer(iss: string, registered: readonly string[]): string | null {
  let url: URL;
  try {
    url = new URL(iss);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || url.search || url.hash) return null;
  const candidate = withoutTrailingSlash(iss);
  return registered.find((base) => withoutTrailingSlash(base) === candidate) ?? null;
}

/** What the person reads about an `iss`: its origin only, never a path a link may have forged. */
export function issuerLabel(iss: string): string {
  try {
    return new URL(iss).origin;
  } catch {
    return 'okänd adress';
  }
}
