/**
 * The patient-lookup backend, standing in for the national population-register service
 * (PU-tjänsten). The identity number travels in the request body, never in the address.
 * Only a commission for care and treatment may look a person up, and the answer holds what the
 * banner shows: the address only when asked for by name (`fields: ["address"]`). A person with
 * protected identity (skyddad identitet) comes back without name or address: the server
 * withholds them, so no client can show them by mistake. Every answer with a person in it is
 * written to the access log here, whoever called. See docs/integration.md.
 */
import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { recordAccess } from '../access-log/events';
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
  /** Only when asked for (`fields: ["address"]`); null for a protected identity. */
  address?: { street: string; postalCode: string; city: string } | null;
};

export type PatientLookupResponse = { patient: PatientRecord };

/** Who wrote the event, as the log reviewer reads it. */
export const PATIENT_LOOKUP_RECORDER = 'Personuppslag (PU-tjänsten)';

const requestSchema = z.object({
  identityNumber: z.string().regex(/^\d{12}$/),
  /** What beyond the banner's facts the caller needs; nothing else is released. */
  fields: z
    .array(z.enum(['address']))
    .max(1)
    .optional(),
});

/** What the answer released, in the words of the log. */
function shownOf(patient: PatientRecord): string {
  const released = ['personnummer', ...(patient.name ? ['namn'] : []), 'kön'];
  if (patient.deceased) released.push('dödsdatum');
  if (patient.address) released.push('adress');
  const withheld = patient.protectedIdentity
    ? ' (skyddad identitet – namn och adress lämnades inte ut)'
    : '';
  return `Personuppslag: ${released.join(', ')}${withheld}`;
}

export const patientLookupHandlers = [
  http.post(`${BASE}/lookup`, async ({ request }) => {
    const auth = await authenticate(request);
    if (!auth.ok) return auth.response;
    // Patient data is read for a care unit: the caller must say which commission they work in.
    const commission = auth.activeCommission;
    if (!commission) {
      return forbidden(
        'commission_required',
        'Välj ett medarbetaruppdrag för att se patientuppgifter.',
      );
    }
    if (commission.commissionPurpose !== 'Vård och behandling') {
      return forbidden(
        'purpose_not_care',
        'Patientuppgifter hämtas bara i ett medarbetaruppdrag för vård och behandling.',
      );
    }
    const body = requestSchema.safeParse(await request.json().catch(() => null));
    if (!body.success) {
      return errorResponse(
        400,
        'invalid_request',
        'Personnumret ska skickas med 12 siffror (och fields, om det finns, som ["address"]).',
      );
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
    };
    if (body.data.fields?.includes('address')) {
      patient.address = found.protectedIdentity ? null : found.address;
    }
    recordAccess({
      caller: auth.caller,
      commission,
      patient: found.identityNumber,
      recordedBy: PATIENT_LOOKUP_RECORDER,
      shown: shownOf(patient),
    });
    return HttpResponse.json<PatientLookupResponse>(
      { patient },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  }),
];
