import type { Commission } from './claims';

/**
 * Which commission is active. The active one is per tab (sessionStorage), so two tabs can
 * work for two care units; the last choice is remembered per person (localStorage holds only
 * HSA-ids, nothing about patients) to suggest it next time.
 */

const ACTIVE_KEY = 'vardpersonal.activeCommission';
const lastChoiceKey = (employeeHsaId: string) => `vardpersonal.lastCommission.${employeeHsaId}`;

export function readActiveCommissionId(): string | null {
  return sessionStorage.getItem(ACTIVE_KEY);
}

export function storeActiveCommission(employeeHsaId: string, commissionHsaId: string | null): void {
  if (commissionHsaId === null) {
    sessionStorage.removeItem(ACTIVE_KEY);
    return;
  }
  sessionStorage.setItem(ACTIVE_KEY, commissionHsaId);
  localStorage.setItem(lastChoiceKey(employeeHsaId), commissionHsaId);
}

export function readLastChoice(employeeHsaId: string): string | null {
  return localStorage.getItem(lastChoiceKey(employeeHsaId));
}

export function clearActiveCommission(): void {
  sessionStorage.removeItem(ACTIVE_KEY);
}

/**
 * The commission to use without asking: the tab's current one if it is still in the token,
 * else the only one. Null means the person must choose (or has none).
 */
export function resolveActiveCommission(
  commissions: Commission[],
  storedId: string | null,
): Commission | null {
  const stored = commissions.find((c) => c.commissionHsaId === storedId);
  if (stored) return stored;
  return commissions.length === 1 ? commissions[0]! : null;
}

/** Puts the remembered choice first, the rest in the order the provider gave them. */
export function orderForChoice(
  commissions: Commission[],
  lastChoiceId: string | null,
): Commission[] {
  const last = commissions.find((c) => c.commissionHsaId === lastChoiceId);
  return last ? [last, ...commissions.filter((c) => c !== last)] : commissions;
}
