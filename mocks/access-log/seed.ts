/**
 * Access events already in the log when a session starts: two care providers, so log review
 * can be seen to stay within the reviewer's own.
 */
import { findStaff } from '../idp/staff';
import { DAY, stateStartedAt } from '../lib/clock';

export type StoredAccessEvent = {
  idempotencyKey: string;
  action: string;
  userHsaId: string;
  userName: string;
  commissionHsaId: string;
  careUnitHsaId: string;
  careUnitName: string;
  careProviderHsaId: string;
  careProviderName: string;
  patient: string;
  shown: string;
  /** Who wrote it: the backend that released the data, or "Webbläsaren" for a screen's event. */
  recordedBy: string;
  occurredAt: string;
  receivedAt: string;
};

const daysAgo = (days: number, hour: number): string => {
  const date = new Date(stateStartedAt() - days * DAY);
  date.setUTCHours(hour, 15, 0, 0);
  return date.toISOString();
};

function eventBy(
  accountId: string,
  patient: string,
  occurredAt: string,
  shown: string,
  key: string,
): StoredAccessEvent {
  const person = findStaff(accountId)!;
  const commission = person.commissions[0]!;
  return {
    idempotencyKey: `seed-${key}`,
    action: 'Läsning',
    userHsaId: person.employeeHsaId,
    userName: `${person.given_name} ${person.family_name}`,
    commissionHsaId: commission.commissionHsaId,
    careUnitHsaId: commission.healthCareUnitHsaId,
    careUnitName: commission.healthCareUnitName,
    careProviderHsaId: commission.healthCareProviderHsaId,
    careProviderName: commission.healthCareProviderName,
    patient,
    shown,
    recordedBy: 'Webbläsaren',
    occurredAt,
    receivedAt: occurredAt,
  };
}

export function seedAccessEvents(): StoredAccessEvent[] {
  return [
    eventBy('radgivningssjukskoterska', '191212121212', daysAgo(2, 8), 'Patientbanner', 'r1'),
    eventBy('vardadministrator', '194608153211', daysAgo(1, 13), 'Patientbanner', 'r2'),
    eventBy('radgivningssjukskoterska', '198007623450', daysAgo(5, 9), 'Patientbanner', 'r3'),
    // Another care provider (Åsby kommun): never visible to Region Norrbacka's reviewer.
    eventBy('skolskoterska', '191212121212', daysAgo(1, 10), 'Patientbanner', 'a1'),
    eventBy('skolskoterska', '201504072461', daysAgo(3, 11), 'Patientbanner', 'a2'),
  ];
}
