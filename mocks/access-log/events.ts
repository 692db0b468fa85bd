/**
 * The access log's one table, and the way a backend that releases patient data writes its own
 * event: with the server's time, the token's user and the active commission's unit and provider.
 * The browser may add which screen showed the data (handlers.ts), never replace this.
 */
import type { Commission } from '../idp/staff';
import type { Caller } from '../lib/verify-token';
import { table } from '../lib/store';
import { seedAccessEvents, type StoredAccessEvent } from './seed';

export type { StoredAccessEvent };

export const accessEvents = table<StoredAccessEvent>('accessLog.events', {
  key: (event) => `${event.userHsaId}:${event.idempotencyKey}`,
  seed: seedAccessEvents,
});

/** Tests: every stored event. */
export const allAccessEvents = (): StoredAccessEvent[] => accessEvents.all();

export type ServerAccess = {
  caller: Caller;
  commission: Commission;
  /** 12 digits. */
  patient: string;
  /** The backend that released the data, e.g. "Patientuppslag (PU-tjänsten)". */
  recordedBy: string;
  /** What was released, in words a log reviewer reads: "Ärende 123 i Webcert". */
  shown: string;
  /**
   * Makes repeated releases one event: the same key for the same user is stored once. Leave it
   * out and every release is its own event.
   */
  onceKey?: string;
  action?: string;
};

/** Writes the event of a release of patient data. Idempotent for the same `onceKey`. */
export function recordAccess(access: ServerAccess): StoredAccessEvent {
  const now = new Date().toISOString();
  const { caller, commission } = access;
  const idempotencyKey = access.onceKey
    ? `server:${access.onceKey}`
    : `server:${crypto.randomUUID()}`;
  const stored = accessEvents.all();
  const existing = stored.find(
    (e) => e.userHsaId === caller.employeeHsaId && e.idempotencyKey === idempotencyKey,
  );
  if (existing) return existing;
  const event: StoredAccessEvent = {
    idempotencyKey,
    action: access.action ?? 'Läsning',
    userHsaId: caller.employeeHsaId,
    userName: `${caller.givenName} ${caller.familyName}`,
    commissionHsaId: commission.commissionHsaId,
    careUnitHsaId: commission.healthCareUnitHsaId,
    careUnitName: commission.healthCareUnitName,
    careProviderHsaId: commission.healthCareProviderHsaId,
    careProviderName: commission.healthCareProviderName,
    patient: access.patient,
    shown: access.shown,
    recordedBy: access.recordedBy,
    occurredAt: now,
    receivedAt: now,
  };
  accessEvents.save([...stored, event]);
  return event;
}
