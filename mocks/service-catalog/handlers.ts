/**
 * The service catalog backend: every service, each with the access the server has decided for
 * the caller and their active commission. See docs/service-catalog-api.md.
 */
import { http, HttpResponse } from 'msw';
import type { Commission } from '../idp/staff';
import { errorResponse } from '../lib/api-errors';
import { authenticate, type Caller } from '../lib/verify-token';
import { evaluateAccess, type AccessDecision } from './access';
import { findService, SERVICES, type Service } from './services';

// Matched on any origin: the app calls its own origin in the browser and in tests alike.
const BASE = '*/api/service-catalog/v1';

export type ServiceWithAccess = Service & { access: AccessDecision };

export type CatalogCaller = { employeeHsaId: string; activeCommissionHsaId: string | null };

export type ServiceListResponse = { services: ServiceWithAccess[]; caller: CatalogCaller };
export type ServiceDetailResponse = { service: ServiceWithAccess; caller: CatalogCaller };

const withAccess = (
  service: Service,
  caller: Caller,
  activeCommission: Commission | null,
): ServiceWithAccess => ({
  ...service,
  access: evaluateAccess(service, caller, activeCommission),
});

const catalogCaller = (caller: Caller, activeCommission: Commission | null): CatalogCaller => ({
  employeeHsaId: caller.employeeHsaId,
  activeCommissionHsaId: activeCommission?.commissionHsaId ?? null,
});

// The answer depends on who asks: no shared cache may keep it.
const PRIVATE = { headers: { 'Cache-Control': 'no-store' } };

export const serviceCatalogHandlers = [
  http.get(`${BASE}/services`, async ({ request }) => {
    const auth = await authenticate(request);
    if (!auth.ok) return auth.response;
    const { caller, activeCommission } = auth;

    return HttpResponse.json<ServiceListResponse>(
      {
        services: SERVICES.map((service) => withAccess(service, caller, activeCommission)),
        caller: catalogCaller(caller, activeCommission),
      },
      PRIVATE,
    );
  }),

  http.get<{ id: string }>(`${BASE}/services/:id`, async ({ request, params }) => {
    const auth = await authenticate(request);
    if (!auth.ok) return auth.response;
    const { caller, activeCommission } = auth;

    const service = findService(params.id);
    if (!service)
      return errorResponse(404, 'service_not_found', 'Tjänsten finns inte i tjänstekatalogen.');

    return HttpResponse.json<ServiceDetailResponse>(
      {
        service: withAccess(service, caller, activeCommission),
        caller: catalogCaller(caller, activeCommission),
      },
      PRIVATE,
    );
  }),
];
