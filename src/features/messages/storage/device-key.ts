/**
 * The person's key, in this tab's memory only: fetched from the message service after login,
 * imported as a CryptoKey that cannot be exported, never written anywhere. A reload or a new
 * login fetches it again (the service gives the same person the same key), so what an expired
 * session left sealed in the browser can be read by that person, and by no one else.
 */
import { getDeviceKey } from '../api/device-key';
import { importDeviceKey, type DeviceKey } from './crypto';

export type KeyOwner = { employeeHsaId: string; commissionHsaId: string };

const keys = new Map<string, Promise<DeviceKey>>();

/** The person's key; a failed fetch is tried again on the next call. */
export function deviceKeyFor({ employeeHsaId, commissionHsaId }: KeyOwner): Promise<DeviceKey> {
  const known = keys.get(employeeHsaId);
  if (known) return known;
  const loading = getDeviceKey(commissionHsaId).then(({ keyId, jwk }) =>
    importDeviceKey(keyId, jwk),
  );
  keys.set(employeeHsaId, loading);
  loading.catch(() => {
    if (keys.get(employeeHsaId) === loading) keys.delete(employeeHsaId);
  });
  return loading;
}

/** The key if it can be had now, or null (the service cannot be reached, the login is gone). */
export const deviceKeyOrNull = (owner: KeyOwner): Promise<DeviceKey | null> =>
  deviceKeyFor(owner).catch(() => null);

/** The keys this tab holds now, with whose they are. */
export async function heldKeys(): Promise<{ employeeHsaId: string; device: DeviceKey }[]> {
  const held = await Promise.all(
    [...keys].map(async ([employeeHsaId, key]) => {
      const device = await key.catch(() => null);
      return device && { employeeHsaId, device };
    }),
  );
  return held.filter((entry) => entry !== null);
}

/** Logout, a new person, tests: the tab forgets every key it held. */
export function forgetDeviceKeys(): void {
  keys.clear();
}
