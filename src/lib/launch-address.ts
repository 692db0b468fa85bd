/**
 * Whether the app may send a person to an address it got from the service catalog. The
 * catalog is data, and `javascript:` or `data:` in it would run in our page once it is followed;
 * so only https is opened (http only on this computer, for the local stack), and only on the
 * origins the deployment lists (VITE_SERVICE_ORIGINS, src/config/env-schema.ts). The reasons
 * are for the person who could not open the service, in Swedish.
 */

export type LaunchAddress = { ok: true; url: URL } | { ok: false; reason: string };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https, or http on this computer: the only schemes a service is opened with. */
export const isSecureOrLocal = (url: URL): boolean =>
  url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));

export const LAUNCH_REFUSALS = {
  invalid: 'Tjänstekatalogen har ingen giltig adress till tjänsten, så den kan inte öppnas.',
  insecure:
    'Tjänstens adress i tjänstekatalogen är inte en säker webbadress (https), så den öppnas inte.',
  origin: (host: string) =>
    `Tjänsten ligger på ${host}, som inte är en av de webbplatser arbetsytan öppnar tjänster på. Kontakta supporten om du behöver den.`,
};

const refused = (reason: string): LaunchAddress => ({ ok: false, reason });

export function checkLaunchAddress(
  address: unknown,
  allowedOrigins: readonly string[],
): LaunchAddress {
  if (typeof address !== 'string' || address !== address.trim()) {
    return refused(LAUNCH_REFUSALS.invalid);
  }
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return refused(LAUNCH_REFUSALS.invalid);
  }
  if (!isSecureOrLocal(url)) return refused(LAUNCH_REFUSALS.insecure);
  // Written plainly: "https:host" and "https:\\host" reach a host too, but no catalog means them.
  const plain = address.toLowerCase().startsWith(`${url.protocol}//`);
  if (!plain || url.username || url.password) return refused(LAUNCH_REFUSALS.invalid);
  if (!allowedOrigins.includes(url.origin)) return refused(LAUNCH_REFUSALS.origin(url.host));
  return { ok: true, url };
}
