import { z } from 'zod';
import { apiRequest } from '@/lib/http-client';
import type { LaunchFields } from '../launch';

const redeemedSchema = z.object({
  launch: z.object({
    patient: z.string(),
    careUnit: z.object({ hsaId: z.string(), name: z.string().nullable() }).nullable(),
    to: z.string().nullable(),
    icd10: z.array(z.string()),
  }),
});

const redemptions = new Map<string, Promise<LaunchFields>>();

/**
 * Redeems a launch handle for the logged-in user, under the active commission if there is one
 * (a handle without a care unit is released under it). A handle works once, and React may run an
 * effect twice: the same handle gets the same promise, never a second request. A refused
 * redemption leaves the handle unspent, so it may be tried again, e.g. once a commission is
 * chosen.
 */
export function redeemLaunch(
  handle: string,
  commissionHsaId: string | null,
): Promise<LaunchFields> {
  let redemption = redemptions.get(handle);
  if (!redemption) {
    redemption = apiRequest('/api/launch-context/v1/redemptions', redeemedSchema, {
      method: 'POST',
      body: { handle },
      commissionHsaId,
    }).then(
      ({ launch }) => ({
        patient: launch.patient,
        careUnit: launch.careUnit?.hsaId ?? null,
        careUnitName: launch.careUnit?.name ?? null,
        to: launch.to,
        icd10: launch.icd10,
      }),
      (error: unknown) => {
        redemptions.delete(handle);
        throw error;
      },
    );
    redemptions.set(handle, redemption);
  }
  return redemption;
}
