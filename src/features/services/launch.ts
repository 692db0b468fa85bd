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
