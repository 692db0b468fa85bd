import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/http-client';

const patientSchema = z.object({
  identityNumber: z.string(),
  sex: z.enum(['kvinna', 'man']),
  protectedIdentity: z.boolean(),
  deceased: z.boolean(),
  deceasedDate: z.string().nullable(),
  name: z.object({ given: z.string(), family: z.string() }).nullable(),
});

export type Patient = z.infer<typeof patientSchema>;

/** The population register's answer. The number goes in the body: never in an address. */
export function lookupPatient({
  identityNumber,
  commissionHsaId,
  signal,
}: {
  identityNumber: string;
  commissionHsaId: string;
  signal?: AbortSignal;
}): Promise<Patient> {
  return apiRequest('/api/patient-lookup/v1/lookup', z.object({ patient: patientSchema }), {
    method: 'POST',
    body: { identityNumber },
    commissionHsaId,
    signal,
  }).then((response) => response.patient);
}

export const patientKeys = {
  all: ['patient-context', 'patient'] as const,
  lookup: (identityNumber: string, commissionHsaId: string) =>
    ['patient-context', 'patient', { identityNumber, commissionHsaId }] as const,
};

export const patientQueryOptions = (identityNumber: string, commissionHsaId: string) =>
  queryOptions({
    queryKey: patientKeys.lookup(identityNumber, commissionHsaId),
    queryFn: ({ signal }) => lookupPatient({ identityNumber, commissionHsaId, signal }),
    staleTime: 5 * 60_000,
    // "Not in the population register" will not change by asking again.
    retry: (failureCount, error) =>
      failureCount < 2 && !(error instanceof Error && 'status' in error && error.status === 404),
  });

export const usePatient = (identityNumber: string | null, commissionHsaId: string | null) =>
  useQuery({
    ...patientQueryOptions(identityNumber ?? '', commissionHsaId ?? ''),
    enabled: identityNumber !== null && commissionHsaId !== null,
  });
