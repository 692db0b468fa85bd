/**
 * Sealed records in the messages database: written and read only with the person's key. A
 * record sealed with another key (another person) or in another place is not theirs to read
 * and is passed over.
 */
import { seal, unseal, type DeviceKey } from './crypto';
import { messagesDb, type SealedRecord, type SealedStore } from './db';

type Extra = Pick<SealedRecord, 'writer' | 'revision'>;

const place = (store: SealedStore, id: string) => `${store}/${id}`;
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const decode = <T>(bytes: ArrayBuffer) => JSON.parse(new TextDecoder().decode(bytes)) as T;

export async function putSealedBytes(
  store: SealedStore,
  device: DeviceKey,
  id: string,
  bytes: BufferSource,
  extra: Extra = {},
): Promise<void> {
  const sealed = await seal(device, place(store, id), bytes);
  await (await messagesDb()).put(store, { id, ...sealed, ...extra });
}

export const putSealed = (
  store: SealedStore,
  device: DeviceKey,
  id: string,
  value: unknown,
  extra: Extra = {},
) => putSealedBytes(store, device, id, encode(value), extra);

async function opened(store: SealedStore, device: DeviceKey, record: SealedRecord) {
  try {
    return await unseal(device, place(store, record.id), record);
  } catch {
    return null;
  }
}

export async function getSealedBytes(
  store: SealedStore,
  device: DeviceKey,
  id: string,
): Promise<{ bytes: ArrayBuffer; record: SealedRecord } | null> {
  const record = await (await messagesDb()).get(store, id);
  if (!record) return null;
  const bytes = await opened(store, device, record);
  return bytes ? { bytes, record } : null;
}

export async function getSealed<T>(store: SealedStore, device: DeviceKey, id: string) {
  const found = await getSealedBytes(store, device, id);
  return found ? { value: decode<T>(found.bytes), record: found.record } : null;
}

/** Every record of the person's key in the store. */
export async function allSealed<T>(store: SealedStore, device: DeviceKey) {
  const records = await (await messagesDb()).getAllFromIndex(store, 'byKey', device.keyId);
  const values = await Promise.all(
    records.map(async (record) => {
      const bytes = await opened(store, device, record);
      return bytes ? { value: decode<T>(bytes), record } : null;
    }),
  );
  return values.filter((v): v is { value: T; record: SealedRecord } => v !== null);
}

export async function deleteSealed(store: SealedStore, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const tx = (await messagesDb()).transaction(store, 'readwrite');
  await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
}

// --- Changes, for the screens that list what waits ---------------------------------------------

const listeners = new Set<() => void>();

export function subscribeLocalData(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const localDataChanged = (): void => listeners.forEach((listener) => listener());
