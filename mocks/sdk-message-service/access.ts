/**
 * Who may use the message service: a valid token, an active commission for care and treatment
 * (vård och behandling – messages between organisations are patient data), and for a mailbox's
 * resources a mailbox of that commission's own care unit. The page asks the same, but the
 * service is its own guard: a direct call with an Administration commission is refused here.
 */
import type { Commission } from '../idp/staff';
import { jsonApiError } from '../lib/json-api';
import { authenticate, type Caller } from '../lib/verify-token';
import { mailboxesOfUnit, type MailboxEntry } from '../sdk-address-book/directory';

export type Granted = { caller: Caller; commission: Commission };

type Access = ({ ok: true } & Granted) | { ok: false; response: Response };

const CARE_PURPOSE = 'Vård och behandling';

/** Authenticated, with an active commission whose purpose is care and treatment. */
export async function access(request: Request): Promise<Access> {
  const auth = await authenticate(request, jsonApiError);
  if (!auth.ok) return auth;
  const commission = auth.activeCommission;
  if (!commission) {
    return {
      ok: false,
      response: jsonApiError(
        403,
        'commission_required',
        'Välj det medarbetaruppdrag du arbetar i för att läsa enhetens meddelanden.',
      ),
    };
  }
  if (commission.commissionPurpose !== CARE_PURPOSE) {
    return {
      ok: false,
      response: jsonApiError(
        403,
        'purpose_not_care',
        `Säkra meddelanden kräver ett medarbetaruppdrag för vård och behandling. Ditt valda uppdrag har syftet ${commission.commissionPurpose.toLocaleLowerCase('sv')}.`,
      ),
    };
  }
  return { ok: true, caller: auth.caller, commission };
}

type MailboxAccess =
  ({ ok: true; mailbox: MailboxEntry } & Granted) | { ok: false; response: Response };

/** As `access`, and the mailbox is one of the active commission's care unit's. */
export async function mailboxAccess(request: Request, mailboxId: unknown): Promise<MailboxAccess> {
  const result = await access(request);
  if (!result.ok) return result;
  const entry = mailboxesOfUnit(result.commission.healthCareUnitHsaId).find(
    (e) => e.mailbox.id === String(mailboxId),
  );
  if (!entry) {
    return {
      ok: false,
      response: jsonApiError(
        403,
        'mailbox_forbidden',
        'Funktionsbrevlådan hör inte till vårdenheten i ditt valda medarbetaruppdrag.',
      ),
    };
  }
  return { ...result, mailbox: entry };
}
