/**
 * Sealing what the browser must keep: AES-256-GCM with the person's key from the message
 * service (storage/device-key.ts), a fresh 96-bit IV per write, and the record's store and id as
 * additional data, so a sealed record cannot be passed off as another one.
 */

export type DeviceKey = {
  /** Names the key (and so the person) in the records, in place of their HSA-id. */
  keyId: string;
  /** Not extractable: the tab can use it, nothing can read it out. */
  key: CryptoKey;
};

/** What is stored: nothing readable but the key's id. */
export type Sealed = { keyId: string; iv: Uint8Array; data: ArrayBuffer };

export type JsonWebKeyOct = { kty: 'oct'; k: string; alg: 'A256GCM' };

export async function importDeviceKey(keyId: string, jwk: JsonWebKeyOct): Promise<DeviceKey> {
  const key = await crypto.subtle.importKey(
    'jwk',
    { kty: jwk.kty, k: jwk.k, alg: jwk.alg, ext: false, key_ops: ['encrypt', 'decrypt'] },
    { name: 'AES-GCM' },
    false,
    ['encrypt', 'decrypt'],
  );
  return { keyId, key };
}

const boundTo = (place: string) => new TextEncoder().encode(place);

/** A view of the bytes: WebCrypto takes a view from any realm (jsdom's included), a bare buffer only from its own. */
const viewOf = (bytes: BufferSource): ArrayBufferView<ArrayBuffer> =>
  ArrayBuffer.isView(bytes)
    ? (bytes as ArrayBufferView<ArrayBuffer>)
    : new Uint8Array(bytes as ArrayBuffer);

/** `place` is the record's store and id, e.g. "drafts/…": it must be the same to open it. */
export async function seal(device: DeviceKey, place: string, plain: BufferSource): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: boundTo(place) },
    device.key,
    viewOf(plain),
  );
  return { keyId: device.keyId, iv, data };
}

/** The plain bytes; throws when the key or the place is not the one it was sealed with. */
export async function unseal(
  device: DeviceKey,
  place: string,
  sealed: Sealed,
): Promise<ArrayBuffer> {
  if (sealed.keyId !== device.keyId) throw new Error('Posten hör till en annan nyckel.');
  return crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: sealed.iv as Uint8Array<ArrayBuffer>, additionalData: boundTo(place) },
    device.key,
    viewOf(sealed.data),
  );
}

export const sealJson = (device: DeviceKey, place: string, value: unknown) =>
  seal(device, place, new TextEncoder().encode(JSON.stringify(value)));

export async function unsealJson<T>(device: DeviceKey, place: string, sealed: Sealed): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await unseal(device, place, sealed))) as T;
}
