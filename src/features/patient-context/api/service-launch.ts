import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { env } from '@/config/env';
import { apiRequest } from '@/lib/http-client';
import { checkLaunchAddress, type LaunchAddress } from '@/lib/launch-address';

const serviceSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Checked before it is opened (checkLaunchAddress): z.url() would let `javascript:` through. */
  launchUrl: z.string(),
  acceptsPatientContext: z.boolean().optional(),
  access: z.object({ granted: z.boolean() }),
});

export type PatientService = { id: string; name: string; launchUrl: string };

/** Whether the service's address may be opened (https on a listed origin), or why not. */
export const checkPatientServiceAddress = (
  service: PatientService,
  allowedOrigins: readonly string[] = env.serviceOrigins,
): LaunchAddress => checkLaunchAddress(service.launchUrl, allowedOrigins);

export const patientServiceKeys = {
  all: ['patient-context', 'services'] as const,
  list: (commissionHsaId: string | null) =>
    ['patient-context', 'services', { commissionHsaId }] as const,
};

/** The catalog's services that this commission may open and that accept a patient. */
export const patientServicesQueryOptions = (commissionHsaId: string | null) =>
  queryOptions({
    queryKey: patientServiceKeys.list(commissionHsaId),
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
 * in the request body; the address carries only the handle. An address that may not be opened
 * gets no handle: the promise rejects with the reason.
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
  const checked = checkPatientServiceAddress(service);
  if (!checked.ok) throw new Error(checked.reason);
  const { handle } = await apiRequest('/api/launch-context/v1/launches', createdSchema, {
    method: 'POST',
    body: { patient: identityNumber, icd10, serviceId: service.id },
    commissionHsaId,
  });
  const { url } = checked;
  url.searchParams.set('uppdrag', commissionHsaId);
  url.searchParams.set('launch', handle);
  return url.toString();
}
