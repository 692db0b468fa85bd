import type { Service } from './api/get-services';

/**
 * The address that opens a service. A service with single sign-on is told which commission
 * the person works under (an HSA-id: never anything about a patient).
 */
export function launchHref(service: Service, commissionHsaId: string | null): string {
  if (!service.singleSignOn || !commissionHsaId) return service.launchUrl;
  const url = new URL(service.launchUrl);
  url.searchParams.set('uppdrag', commissionHsaId);
  return url.toString();
}
