/**
 * The person's key for what this browser must keep while the message service cannot be reached.
 * Only a fetcher: the key is never put in the query cache or any storage; storage/device-key.ts
 * turns it into a CryptoKey that cannot be read back, held in this tab's memory only.
 */
import { apiRequest } from '@/lib/http-client';
import { BASE } from './message-service';
import { deviceKeySchema } from './schemas';

export async function getDeviceKey(commissionHsaId: string) {
  const { data } = await apiRequest(`${BASE}/me/device-key`, deviceKeySchema, { commissionHsaId });
  return { keyId: data.id, jwk: data.attributes.key };
}
