/**
 * A launch from a journal system, from the address bar to a validated context.
 *
 * `captureLaunch` runs before React renders anything (src/main.tsx): it moves the parameters of
 * `/launch?…` (SMART's `iss` and `launch`, our handle, or the direct fields) into this tab's sessionStorage and replaces the address, so the identity number
 * never stays in the address bar, the history entry, a referrer or the login's state. What it
 * stored is "pending" until the person is logged in and the context is committed.
 */
import { paths } from '@/config/paths';
import { samePath } from '@/lib/address-scrub';
import { parseDestination, type Destination } from './destination';
import { parseIcd10Codes } from './icd10';
import { parseIdentityNumber, type IdentityNumber } from './identity-number';

export const LAUNCH_PATH = paths.launch.path;
/** Where the login returns to: no parameters, nothing sensitive. */
export const LAUNCH_CONTINUE_PATH = paths.launchContinue.path;

const PENDING_KEY = 'vardpersonal.launch.pending';

/** The raw fields of a launch, as the journal system sent them (direct URL or redeemed handle). */
export type LaunchFields = {
  patient: string | null;
  careUnit: string | null;
  /** The care unit's name when the launch-context backend knows it. */
  careUnitName?: string | null;
  to: string | null;
  icd10: string | string[] | null;
  /** The HSA-id of the person the journal system launched for, when it says (SMART, handle). */
  user?: string | null;
};

export type PendingLaunch =
  /** SMART App Launch: the journal's FHIR base and its opaque launch (empty when malformed). */
  | { method: 'smart'; iss: string; launch: string }
  | { method: 'handle'; handle: string }
  | { method: 'direct'; fields: LaunchFields }
  /** The direct form arrived where it is switched off; its parameters were dropped unread. */
  | { method: 'direct-disabled' }
  /** A redeemed handle: the handle is spent, its fields wait here for validation. */
  | { method: 'redeemed'; fields: LaunchFields };

const DIRECT_PARAMS = ['patient', 'careUnit', 'to', 'icd10'] as const;
const HANDLE_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;
/** SMART's `launch` is opaque to us; this keeps it to what fits safely in a URL parameter. */
const SMART_LAUNCH_PATTERN = /^[A-Za-z0-9._~-]{1,256}$/;
const MAX_PARAM_LENGTH = 300;

/**
 * The launch address as a browser may write it: `/launch/`, `/LAUNCH` and `/Launch//` are all
 * the launch (React Router matches without case or trailing slash, so the capture must too).
 */
export const isLaunchPath = (pathname: string): boolean => samePath(pathname, LAUNCH_PATH);

const param = (params: URLSearchParams, name: string): string | null => {
  const value = params.get(name);
  return value === null ? null : value.slice(0, MAX_PARAM_LENGTH);
};

/**
 * Call first thing on every page load. On `/launch` with parameters it stores them in this
 * tab's session and replaces the address with the bare `/launch` (same history entry, so
 * nothing is added to or left in the history). Returns whether it captured a launch.
 */
export function captureLaunch(
  { directLaunchEnabled }: { directLaunchEnabled: boolean },
  win: Pick<Window, 'location' | 'history' | 'sessionStorage'> = window,
): boolean {
  if (!isLaunchPath(win.location.pathname)) return false;
  if (win.location.search === '' && win.location.hash === '') {
    if (win.location.pathname !== LAUNCH_PATH) win.history.replaceState(null, '', LAUNCH_PATH);
    return false;
  }
  const params = new URLSearchParams(win.location.search);
  // Before anything else: the address bar and this history entry lose the parameters.
  win.history.replaceState(null, '', LAUNCH_PATH);

  let pending: PendingLaunch | null = null;
  const handle = params.get('launch');
  const iss = params.get('iss');
  if (iss !== null) {
    const launch = handle ?? '';
    pending = {
      method: 'smart',
      iss: iss.slice(0, MAX_PARAM_LENGTH),
      launch: SMART_LAUNCH_PATTERN.test(launch) ? launch : '',
    };
  } else if (handle !== null) {
    pending = { method: 'handle', handle: HANDLE_PATTERN.test(handle) ? handle : '' };
  } else if (DIRECT_PARAMS.some((name) => params.has(name))) {
    pending = directLaunchEnabled
      ? {
          method: 'direct',
          fields: {
            patient: param(params, 'patient'),
            careUnit: param(params, 'careUnit'),
            to: param(params, 'to'),
            icd10: param(params, 'icd10'),
          },
        }
      : { method: 'direct-disabled' };
  }
  if (pending) win.sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  else win.sessionStorage.removeItem(PENDING_KEY);
  return pending !== null;
}

export function readPendingLaunch(): PendingLaunch | null {
  try {
    const raw = sessionStorage.getItem(PENDING_KEY);
    return raw ? (JSON.parse(raw) as PendingLaunch) : null;
  } catch {
    return null;
  }
}

export function storePendingLaunch(pending: PendingLaunch): void {
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
}

/**
 * Forgets the pending launch. Given the launch a page read, it forgets only that one: a page
 * that is being left must never remove a newer launch another page load has just stored.
 */
export function clearPendingLaunch(read?: PendingLaunch | null): void {
  if (read !== undefined && sessionStorage.getItem(PENDING_KEY) !== JSON.stringify(read)) return;
  sessionStorage.removeItem(PENDING_KEY);
}

export type ValidLaunch = {
  identityNumber: IdentityNumber;
  careUnit: { hsaId: string; name: string | null } | null;
  destination: Destination;
  icd10: string[];
};

export type LaunchValidation = { ok: true; launch: ValidLaunch } | { ok: false; errors: string[] };

const HSA_ID = /^SE\d{10}-[0-9A-Za-z]{1,20}$/;
export const CARE_UNIT_MESSAGE =
  'Vårdenheten (careUnit) är inget giltigt HSA-id, till exempel SE2321000016-1A2B.';

/** Every problem at once, so the journal system's vendor can fix the link in one go. */
export function validateLaunch(fields: LaunchFields, today: Date = new Date()): LaunchValidation {
  const errors: string[] = [];
  const identity = parseIdentityNumber(fields.patient ?? '', today);
  if (!identity.ok) errors.push(identity.message);

  const careUnitId = fields.careUnit?.trim() || null;
  if (careUnitId !== null && !HSA_ID.test(careUnitId)) errors.push(CARE_UNIT_MESSAGE);

  const destination = parseDestination(fields.to);
  if (!destination.ok) errors.push(destination.message);

  const icd10 = parseIcd10Codes(fields.icd10);
  if (!icd10.ok) errors.push(icd10.message);

  if (!identity.ok || !destination.ok || !icd10.ok || errors.length > 0) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    launch: {
      identityNumber: identity.identityNumber,
      careUnit: careUnitId ? { hsaId: careUnitId, name: fields.careUnitName ?? null } : null,
      destination: destination.destination,
      icd10: icd10.codes,
    },
  };
}

/** Why a launch cannot go on, in words for the person who clicked in the journal system. */
export type LaunchProblem = { title: string; errors: string[] };

export const LAUNCH_FAILED_TITLE = 'Patienten kunde inte öppnas från journalsystemet';
const AGAIN = 'Öppna patienten från journalsystemet igen.';

/**
 * What is wrong with a pending launch as far as can be told without the user: nothing there,
 * the direct form switched off, a malformed handle, or fields that do not validate.
 */
export function launchProblem(pending: PendingLaunch | null): LaunchProblem | null {
  if (!pending) return { title: 'Ingen patient att öppna', errors: [AGAIN] };
  if (pending.method === 'direct-disabled') {
    return {
      title: 'Direktlänkar med personnummer är avstängda',
      errors: [
        'Här tar arbetsytan bara emot patienter via en startlänk (launch) från journalsystemet. Kontakta journalsystemets förvaltning.',
      ],
    };
  }
  if (pending.method === 'smart') {
    return pending.launch === ''
      ? {
          title: 'Starten från journalsystemet är felaktig',
          errors: [`Parametern launch saknas eller är felaktig. ${AGAIN}`],
        }
      : null;
  }
  if (pending.method === 'handle') {
    return pending.handle === ''
      ? { title: 'Startlänken från journalsystemet är felaktig', errors: [AGAIN] }
      : null;
  }
  const validation = validateLaunch(pending.fields);
  return validation.ok ? null : { title: LAUNCH_FAILED_TITLE, errors: validation.errors };
}
