import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/http-client';

const serviceSchema = z.object({
  id: z.string(),
  name: z.string(),
  launchUrl: z.url(),
  acceptsPatientContext: z.boolean().optional(),
  access: z.object({ granted: z.boolean() }),
});

export type PatientService = { id: string; name: string; launchUrl: string };

/** The catalog's services that this commission may open and that accept a patient. */
export const patientServicesQueryOptions = (commissionHsaId: string | null) =>
  queryOptions({
    queryKey: ['patient-context', 'services', { commissionHsaId }],
    queryFn: ({ signal }) =>
      apiRequest(
        '/api/service-catalog/v1/services',
        z.object({ services: z.array(serviceSchema) }),
        { commissionHsaId, signal },
      ).then(({ services }) =>
        services
          .filter((s) => s.acceptsPatientContext && s.access.granted)
          .map(({ id, name, launchUrl }): PatientService => ({ id, name, launchUrl })),
      ),
  });

export const usePatientServices = (commissionHsaId: string | null) =>
  useQuery({ ...patientServicesQueryOptions(commissionHsaId), enabled: commissionHsaId !== null });

const createdSchema = z.object({ handle: z.string(), expiresAt: z.string() });

/**
 * The address that opens a service with the patient: a fresh, single-use launch handle bound
 * to this user and unit, registered with the launch-context backend. The identity number goes
 * in the request body; the address carries only the handle.
 */
export async function patientLaunchHref({
  service,
  identityNumber,
  icd10,
  commissionHsaId,
}: {
  service: PatientService;
  identityNumber: string;
  icd10: string[];
  commissionHsaId: string;
}): Promise<string> {
  const { handle } = await apiRequest('/api/launch-context/v1/launches', createdSchema, {
    method: 'POST',
    body: { patient: identityNumber, icd10, serviceId: service.id },
    commissionHsaId,
  });
  const url = new URL(service.launchUrl);
  url.searchParams.set('uppdrag', commissionHsaId);
  url.searchParams.set('launch', handle);
  return url.toString();
}
