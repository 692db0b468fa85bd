/**
 * Each member of staff's key for what the messages client must keep in the browser while the
 * service cannot be reached (unsent drafts and outbox items): AES-256-GCM, made on the first
 * request and the same in every later session, so a new login reads what an expired one left.
 * Only the service keeps it; the browser holds it in memory for one tab's life and never stores
 * it. Without the person's login, what the browser kept cannot be read.
 */
import { http } from 'msw';
import { jsonApi } from '../lib/json-api';
import { table } from '../lib/store';
import { access } from './access';

type StoredKey = {
  employeeHsaId: string;
  /** Names the key in the browser's records, in place of the person. */
  keyId: string;
  /** 32 bytes, base64url (a JWK's `k`). */
  k: string;
  createdAt: string;
};

const keys = table<StoredKey>('sdkMessages.deviceKeys', { key: (row) => row.employeeHsaId });

const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

function keyOf(employeeHsaId: string): StoredKey {
  const existing = keys.all().find((row) => row.employeeHsaId === employeeHsaId);
  if (existing) return existing;
  const created: StoredKey = {
    employeeHsaId,
    keyId: crypto.randomUUID(),
    k: base64url(crypto.getRandomValues(new Uint8Array(32))),
    createdAt: new Date().toISOString(),
  };
  keys.save([...keys.all(), created]);
  return created;
}

export const deviceKeyHandlers = [
  http.get('*/api/sdk/message-service/v1/me/device-key', async ({ request }) => {
    const result = await access(request);
    if (!result.ok) return result.response;
    const { keyId, k } = keyOf(result.caller.employeeHsaId);
    return jsonApi({
      data: {
        type: 'device-keys',
        id: keyId,
        attributes: {
          key: { kty: 'oct', alg: 'A256GCM', k, ext: false, key_ops: ['encrypt', 'decrypt'] },
        },
      },
    });
  }),
];
