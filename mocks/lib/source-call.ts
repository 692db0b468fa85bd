/**
 * The start of every case-source request, and what their answers share: the access events of
 * the patients they release, written by the source itself (docs/decisions/0016).
 */
import { recordAccess, recordAccesses, swedishDate } from '../access-log/events';
import type { Commission } from '../idp/staff';
import { injectedFault, type CaseSourceId } from './dev-switches';
import { authenticate, type Caller } from './verify-token';

export type SourceCall =
  | { ok: true; caller: Caller; commission: Commission; callerName: string }
  | { ok: false; response: Response };

type GrantedCall = Extract<SourceCall, { ok: true }>;

/** Each source's name, as the log reviewer reads it. */
export const CASE_SOURCE_NAMES: Record<CaseSourceId, string> = {
  personalverktyg: '1177 Personalverktyg',
  'stod-och-behandling': '1177 Stöd och behandling',
  formularhantering: '1177 Formulärhantering',
  webcert: 'Webcert',
};

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

/** A case opened, with its patient (twelve digits): every opening is an event of its own. */
export function recordCaseRead(
  call: GrantedCall,
  source: CaseSourceId,
  caseId: string,
  patient: string | null,
): void {
  if (!patient) return;
  recordAccess({
    caller: call.caller,
    commission: call.commission,
    patient,
    recordedBy: CASE_SOURCE_NAMES[source],
    shown: `Ärende ${caseId} i ${CASE_SOURCE_NAMES[source]}`,
  });
}

/**
 * A page of a case list, which names its patients: one event per user, commission, patient,
 * source and day, however often the list is read (polling reads it every few seconds).
 */
export function recordCaseList(
  call: GrantedCall,
  source: CaseSourceId,
  patients: (string | null)[],
): void {
  const day = swedishDate();
  const named = [...new Set(patients)].filter((patient): patient is string => !!patient);
  recordAccesses(
    named.map((patient) => ({
      caller: call.caller,
      commission: call.commission,
      patient,
      recordedBy: CASE_SOURCE_NAMES[source],
      shown: `Ärendelista i ${CASE_SOURCE_NAMES[source]}`,
      onceKey: `case-list:${source}:${call.commission.commissionHsaId}:${patient}:${day}`,
    })),
  );
}
