import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/http-client';

const reasonSchema = z.object({ code: z.string(), message: z.string() });

const serviceSchema = z.object({
  id: z.string(),
  /** What it does, then the product: "Intyg och läkarintyg – Webcert". */
  name: z.string(),
  /** The product alone ("Webcert"), shown first so the list is quick to scan. */
  productName: z.string().optional(),
  description: z.string(),
  /** Synonyms the finder also matches ("sjukintyg", "FK"); a catalog without them still works. */
  keywords: z.array(z.string()).default([]),
  category: z.string(),
  singleSignOn: z.boolean(),
  /** Checked where it is opened (../launch.ts): z.url() would let `javascript:` through. */
  launchUrl: z.string(),
  access: z.discriminatedUnion('granted', [
    z.object({ granted: z.literal(true) }),
    z.object({ granted: z.literal(false), reasons: z.array(reasonSchema) }),
  ]),
});

const servicesResponseSchema = z.object({ services: z.array(serviceSchema) });

export type Service = z.infer<typeof serviceSchema>;
export type ServiceAccessReason = z.infer<typeof reasonSchema>;

/** The service catalog decides access from the token and the active commission, never the UI. */
export function getServices({
  commissionHsaId,
  signal,
}: {
  commissionHsaId: string | null;
  signal?: AbortSignal;
}): Promise<Service[]> {
  return apiRequest('/api/service-catalog/v1/services', servicesResponseSchema, {
    commissionHsaId,
    signal,
  }).then((response) => response.services);
}

export const serviceKeys = {
  all: ['services'] as const,
  catalog: (commissionHsaId: string | null) =>
    ['services', 'catalog', { commissionHsaId }] as const,
};

export const servicesQueryOptions = (commissionHsaId: string | null) =>
  queryOptions({
    queryKey: serviceKeys.catalog(commissionHsaId),
    queryFn: ({ signal }) => getServices({ commissionHsaId, signal }),
  });

export const useServices = (commissionHsaId: string | null) =>
  useQuery(servicesQueryOptions(commissionHsaId));
