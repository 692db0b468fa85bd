/**
 * Who may open which service: pure rules, decided by the catalog backend and never by the app.
 * Only the ACTIVE commission counts: a doctor with two commissions gets what the one they are
 * working in grants. System roles belong to the person and count whatever the commission.
 */
import type { Commission } from '../idp/staff';
import type { Caller } from '../lib/verify-token';
import { SYSTEM_ROLE_NAMES, type Service } from './services';

export type ReasonCode =
  | 'login_required'
  | 'siths_required'
  | 'commission_purpose_required'
  | 'system_role_required'
  | 'commission_purpose_or_system_role_required';

/** Why access is refused, in words the person can act on. */
export type Reason = { code: ReasonCode; message: string };

export type AccessDecision = { granted: true } | { granted: false; reasons: Reason[] };

const GRANTED: AccessDecision = { granted: true };

/** "A", "A eller B", "A, B eller C". */
function joinWithOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} eller ${items.at(-1)}`;
}

/** "behörighet som användare av e-frikort"; a role without a readable name by its code. */
function systemRoleText(role: string): string {
  const name = SYSTEM_ROLE_NAMES[role];
  return name ? `behörighet som ${name}` : `behörigheten ${role} (systemroll)`;
}

function loginReason(service: Service, caller: Caller | null): Reason | null {
  const { requiredLogin } = service;
  if (requiredLogin.method === 'none') return null;
  if (caller === null)
    return { code: 'login_required', message: 'Kräver inloggning med SITHS-kort' };
  if (caller.loa < requiredLogin.loa) {
    return {
      code: 'siths_required',
      message: 'Kräver inloggning med SITHS-kort – du är inloggad med lösenord',
    };
  }
  return null;
}

function authorizationReason(
  service: Service,
  caller: Caller | null,
  activeCommission: Commission | null,
): Reason | null {
  const { purposes, systemRoles } = service.grantedBy;
  if (purposes.length === 0 && systemRoles.length === 0) return null;
  if (activeCommission && purposes.includes(activeCommission.commissionPurpose)) return null;
  if (caller && systemRoles.some((role) => caller.systemRoles.includes(role))) return null;

  // Point the way when another of the caller's own commissions would do.
  const otherCommissionWouldGrant =
    caller?.commissions.some((commission) => purposes.includes(commission.commissionPurpose)) ??
    false;
  const hint = !otherCommissionWouldGrant
    ? ''
    : activeCommission
      ? ' – byt till ett sådant uppdrag'
      : ' – välj ett sådant uppdrag';

  const purposeText = `medarbetaruppdrag med syftet ${joinWithOr(purposes)}`;
  const roleText = joinWithOr(systemRoles.map(systemRoleText));
  if (purposes.length > 0 && systemRoles.length > 0) {
    return {
      code: 'commission_purpose_or_system_role_required',
      message: `Kräver ${purposeText} eller ${roleText}${hint}. Behörigheten ges av din behörighetsadministratör.`,
    };
  }
  if (purposes.length > 0)
    return { code: 'commission_purpose_required', message: `Kräver ${purposeText}${hint}` };
  return {
    code: 'system_role_required',
    message: `Kräver ${roleText}. Den ges av din behörighetsadministratör.`,
  };
}

/**
 * Decides whether `caller`, working in `activeCommission`, may open `service`. Lists every reason
 * at once, so a person sees all they are missing.
 */
export function evaluateAccess(
  service: Service,
  caller: Caller | null,
  activeCommission: Commission | null,
): AccessDecision {
  if (service.requiredLogin.method === 'none') return GRANTED;

  // A commission the caller does not hold grants nothing (authenticate() already refuses it).
  const commission =
    activeCommission &&
    caller?.commissions.some((held) => held.commissionHsaId === activeCommission.commissionHsaId)
      ? activeCommission
      : null;

  const reasons = [
    loginReason(service, caller),
    authorizationReason(service, caller, commission),
  ].filter((reason): reason is Reason => reason !== null);
  return reasons.length === 0 ? GRANTED : { granted: false, reasons };
}
