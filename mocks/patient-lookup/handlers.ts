/**
 * The patient-lookup backend, standing in for the national population-register service
 * (PU-tjänsten). The identity number travels in the request body, never in the address.
 * A person with protected identity (skyddad identitet) comes back without name or address:
 * the server withholds them, so no client can show them by mistake. See docs/integration.md.
 */
import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { errorResponse } from '../lib/api-errors';
import { authenticate, forbidden } from '../lib/verify-token';
import { findTestPatient } from './patients';

const BASE = '*/api/patient-lookup/v1';

export type PatientRecord = {
  identityNumber: string;
  sex: 'kvinna' | 'man';
  protectedIdentity: boolean;
  deceased: boolean;
  deceasedDate: string | null;
  /** null for a protected identity. */
  name: { given: string; family: string } | null;
  /** null for a protected identity. */
  address: { street: string; postalCode: string; city: string } | null;
};

export type PatientLookupResponse = { patient: PatientRecord };

const requestSchema = z.object({ identityNumber: z.string().regex(/^\d{12}$/) });

export const patientLookupHandlers = [
  http.post(`${BASE}/lookup`, async ({ request }) => {
    const auth = await authenticate(request);
    if (!auth.ok) return auth.response;
    // Patient data is read for a care unit: the caller must say which commission they work in.
    if (!auth.activeCommission) {
      return forbidden(
        'commission_required',
        'Välj ett medarbetaruppdrag för att se patientuppgifter.',
      );
    }
    const body = requestSchema.safeParse(await request.json().catch(() => null));
    if (!body.success) {
      return errorResponse(400, 'invalid_request', 'Personnumret ska skickas med 12 siffror.');
    }
    const found = findTestPatient(body.data.identityNumber);
    if (!found) {
      return errorResponse(404, 'patient_not_found', 'Personen finns inte i folkbokföringen.');
    }
    const sexDigit = Number(found.identityNumber[10]);
    const patient: PatientRecord = {
      identityNumber: found.identityNumber,
      sex: sexDigit % 2 === 0 ? 'kvinna' : 'man',
      protectedIdentity: found.protectedIdentity,
      deceased: found.deceasedDate !== null,
      deceasedDate: found.deceasedDate,
      name: found.protectedIdentity ? null : { given: found.givenName, family: found.familyName },
      address: found.protectedIdentity ? null : found.address,
    };
    return HttpResponse.json<PatientLookupResponse>(
      { patient },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  }),
];
