import { env } from '@/config/env';
import { checkLaunchAddress } from '@/lib/launch-address';
import type { Service } from './api/services';

export type ServiceLaunch = { ok: true; href: string } | { ok: false; reason: string };

/**
 * The address that opens a service, checked where the app sends the person there: https (http
 * on this computer) on an origin of VITE_SERVICE_ORIGINS, else a reason in Swedish instead. A
 * service with single sign-on is told which commission the person works under (an HSA-id:
 * never anything about a patient).
 */
export function serviceLaunch(
  service: Pick<Service, 'launchUrl' | 'singleSignOn'>,
  commissionHsaId: string | null,
  allowedOrigins: readonly string[] = env.serviceOrigins,
): ServiceLaunch {
  const checked = checkLaunchAddress(service.launchUrl, allowedOrigins);
  if (!checked.ok) return checked;
  const { url } = checked;
  if (service.singleSignOn && commissionHsaId) url.searchParams.set('uppdrag', commissionHsaId);
  return { ok: true, href: url.toString() };
}

/**
 * The address that opens a catalog service from elsewhere in the app (a case's "Öppna i
 * Webcert"), or null: the catalog does not list it, the person's commission has no access to it,
 * or its address is refused (not https, not a listed origin), so no link is shown.
 */
export function launchHref(
  services: readonly Service[] | undefined,
  serviceId: string,
  commissionHsaId: string | null,
  allowedOrigins: readonly string[] = env.serviceOrigins,
): string | null {
  const service = services?.find((s) => s.id === serviceId);
  if (!service || !service.access.granted) return null;
  const launch = serviceLaunch(service, commissionHsaId, allowedOrigins);
  return launch.ok ? launch.href : null;
}
