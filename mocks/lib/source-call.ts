/** The start of every case-source request, and what their answers share. */
import type { Commission } from '../idp/staff';
import { injectedFault, type CaseSourceId } from './dev-switches';
import { authenticate, type Caller } from './verify-token';

export type SourceCall =
  | { ok: true; caller: Caller; commission: Commission; callerName: string }
  | { ok: false; response: Response };

/**
 * The start of every case-source request: the token (401), the development fault, then an
 * active commission (403 in the source's own error format).
 */
export async function sourceCall(
  request: Request,
  source: CaseSourceId,
  sourceError: (status: number, code: string, message: string) => Response,
): Promise<SourceCall> {
  const auth = await authenticate(request, sourceError);
  if (!auth.ok) return auth;
  const fault = await injectedFault(source, () =>
    sourceError(503, 'unavailable', 'Tjänsten är tillfälligt otillgänglig.'),
  );
  if (fault) return { ok: false, response: fault };
  if (!auth.activeCommission) {
    return {
      ok: false,
      response: sourceError(403, 'commission_required', 'Ange ett medarbetaruppdrag.'),
    };
  }
  // Citizens' cases are patient data: only a commission for care and treatment may read them.
  if (auth.activeCommission.commissionPurpose !== 'Vård och behandling') {
    return {
      ok: false,
      response: sourceError(403, 'purpose_not_care', 'Uppdraget ger inte åtkomst till ärenden.'),
    };
  }
  const { caller } = auth;
  return {
    ok: true,
    caller,
    commission: auth.activeCommission,
    callerName: `${caller.givenName} ${caller.familyName}`,
  };
}

/** Answers that depend on who asks: no cache may keep them. */
export const NO_STORE = { 'Cache-Control': 'no-store' } as const;
