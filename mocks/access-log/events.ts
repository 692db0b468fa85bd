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
  return recordAccesses([access])[0]!;
}

/**
 * Writes the events of one answer that released several patients' data (a list), in one write.
 * Returns each access's event: the stored one where its `onceKey` was seen before.
 */
export function recordAccesses(accesses: ServerAccess[]): StoredAccessEvent[] {
  const now = new Date().toISOString();
  const stored = accessEvents.all();
  const byKey = new Map(
    stored.map((event) => [`${event.userHsaId}:${event.idempotencyKey}`, event]),
  );
  const added: StoredAccessEvent[] = [];
  const events = accesses.map((access) => {
    const { caller, commission } = access;
    const idempotencyKey = `server:${access.onceKey ?? crypto.randomUUID()}`;
    const key = `${caller.employeeHsaId}:${idempotencyKey}`;
    const existing = byKey.get(key);
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
    byKey.set(key, event);
    added.push(event);
    return event;
  });
  if (added.length > 0) accessEvents.save([...stored, ...added]);
  return events;
}

/** "YYYY-MM-DD" of an instant in Swedish time: the day a once-a-day event belongs to. */
export const swedishDate = (at: Date | string = new Date()): string =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date(at));
