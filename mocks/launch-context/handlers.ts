/**
 * The launch-context backend: a journal system registers the patient it is working on and gets
 * an opaque, single-use handle that expires after five minutes; the workspace redeems the handle
 * after login. See docs/integration.md.
 *
 * Two kinds of caller register launches: a journal system with a client-credentials token from
 * this backend's token endpoint, and the workspace itself (a user's access token) when it opens
 * a service with the patient. Only users redeem, under a commission for care and treatment –
 * at the handle's care unit when it names one and names no user – and each redemption is
 * written to the access log here: it releases the patient's identity number.
 */
import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { recordAccess } from '../access-log/events';
import { DEV } from '../dev-config';
import { CARE_UNITS, type Commission } from '../idp/staff';
import { errorResponse } from '../lib/api-errors';
import { authenticate, forbidden, unauthorized, type Caller } from '../lib/verify-token';
import { table } from '../lib/store';
import {
  JOURNAL_SYSTEMS,
  LAUNCH_HANDLE_TTL_MS,
  SYSTEM_TOKEN_TTL_SECONDS,
  type JournalSystem,
} from './systems';

const BASE = '*/api/launch-context/v1';

type StoredLaunch = {
  handle: string;
  patient: string;
  careUnit: string | null;
  user: string | null;
  to: string | null;
  icd10: string[];
  serviceId: string | null;
  registeredBy: string;
  expiresAt: number;
  redeemedAt: number | null;
};

type SystemToken = { token: string; clientId: string; expiresAt: number };

const launches = table<StoredLaunch>('launchContext.launches', { key: (launch) => launch.handle });
const systemTokens = table<SystemToken>('launchContext.systemTokens', {
  key: (token) => token.token,
});

export type LaunchCreatedResponse = { handle: string; expiresAt: string; launchUrl: string };

export type RedeemedLaunch = {
  patient: string;
  careUnit: { hsaId: string; name: string | null } | null;
  user: string | null;
  to: string | null;
  icd10: string[];
};

export type RedemptionResponse = { launch: RedeemedLaunch };

export const LAUNCH_MESSAGES = {
  notFound: 'Startlänken från journalsystemet är okänd. Öppna patienten igen från journalsystemet.',
  used: 'Startlänken från journalsystemet har redan använts. Öppna patienten igen från journalsystemet.',
  expired:
    'Startlänken från journalsystemet har gått ut (den gäller i 5 minuter). Öppna patienten igen från journalsystemet.',
  otherUser:
    'Startlänken från journalsystemet gäller en annan användare. Logga in som den som öppnade patienten, eller öppna patienten igen från journalsystemet.',
  otherUnit: (unit: string) =>
    `Startlänken från journalsystemet gäller ${unit}, där du inte har något medarbetaruppdrag för vård och behandling. Öppna patienten från journalsystemet där du arbetar.`,
  purpose:
    'Patienten öppnas bara i ett medarbetaruppdrag för vård och behandling. Välj ett sådant uppdrag och öppna patienten igen från journalsystemet.',
  commissionRequired:
    'Välj det medarbetaruppdrag du arbetar i för patienten, och öppna patienten igen från journalsystemet.',
} as const;

/** Who wrote the redemption's event, as the log reviewer reads it. */
export const LAUNCH_RECORDER = 'Startkontext (startlänk från journalsystem)';

const launchSchema = z.object({
  // A light check: the workspace validates the number fully when the handle is redeemed.
  patient: z.string().regex(/^(\d{2})?\d{6}[-+]?\d{4}$/, 'patient: ett personnummer'),
  careUnit: z.string().max(40).optional(),
  user: z.string().max(40).optional(),
  to: z.string().max(300).optional(),
  icd10: z.union([z.string().max(100), z.array(z.string().max(10)).max(10)]).optional(),
  serviceId: z.string().max(80).optional(),
});

const toCodes = (icd10: string | string[] | undefined): string[] =>
  typeof icd10 === 'string' ? icd10.split(/[\s,]+/).filter(Boolean) : (icd10 ?? []);

const randomHandle = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
};

const bearer = (request: Request): string | null =>
  /^Bearer +(\S+) *$/i.exec(request.headers.get('Authorization') ?? '')?.[1] ?? null;

/** Client authentication for the token endpoint: HTTP Basic, or the credentials in the body. */
async function authenticateClient(request: Request): Promise<JournalSystem | null> {
  let clientId: string | null = null;
  let clientSecret: string | null = null;
  const basic = /^Basic +(\S+)$/i.exec(request.headers.get('Authorization') ?? '')?.[1];
  if (basic) {
    const decoded = atob(basic);
    const colon = decoded.indexOf(':');
    clientId = decodeURIComponent(decoded.slice(0, colon));
    clientSecret = decodeURIComponent(decoded.slice(colon + 1));
  } else {
    const form = new URLSearchParams(await request.text());
    clientId = form.get('client_id');
    clientSecret = form.get('client_secret');
  }
  return (
    JOURNAL_SYSTEMS.find((s) => s.clientId === clientId && s.clientSecret === clientSecret) ?? null
  );
}

function systemOf(token: string): JournalSystem | null {
  const found = systemTokens.all().find((t) => t.token === token && t.expiresAt > Date.now());
  return found ? (JOURNAL_SYSTEMS.find((s) => s.clientId === found.clientId) ?? null) : null;
}

const unitName = (hsaId: string): string | null =>
  Object.values(CARE_UNITS).find((unit) => unit.healthCareUnitHsaId === hsaId)
    ?.healthCareUnitName ?? null;

const NO_STORE = { 'Cache-Control': 'no-store' };

const isCare = (commission: Commission) => commission.commissionPurpose === 'Vård och behandling';

/**
 * The commission a handle's patient is released under, or the refusal. A handle that names a
 * care unit and no user is for whoever works there: only a care commission at that unit opens
 * it. Otherwise the caller's care commission at the named unit (which the workspace then makes
 * active), the active one, or the only one they have.
 */
function redeemingCommission(
  launch: StoredLaunch,
  caller: Caller,
  active: Commission | null,
): Commission | Response {
  const care = caller.commissions.filter(isCare);
  const atUnit = care.filter((c) => c.healthCareUnitHsaId === launch.careUnit);
  const chosen = atUnit.find((c) => c.commissionHsaId === active?.commissionHsaId) ?? atUnit[0];
  if (chosen) return chosen;
  if (launch.careUnit !== null && launch.user === null) {
    return forbidden(
      'launch_other_unit',
      LAUNCH_MESSAGES.otherUnit(unitName(launch.careUnit) ?? launch.careUnit),
    );
  }
  if (active)
    return isCare(active) ? active : forbidden('purpose_not_care', LAUNCH_MESSAGES.purpose);
  if (care.length === 1) return care[0]!;
  return forbidden('commission_required', LAUNCH_MESSAGES.commissionRequired);
}

/** Twelve digits of what the journal system sent (the workspace checks the number itself). */
function twelveDigits(patient: string): string {
  const digits = patient.replace(/[-+]/g, '');
  if (digits.length === 12) return digits;
  // Ten digits: the century from the separator, as the population register reads it.
  const year = Number(digits.slice(0, 2));
  const thisYear = new Date().getFullYear();
  let century = Math.floor(thisYear / 100);
  if (year > thisYear % 100) century -= 1;
  if (patient.includes('+')) century -= 1;
  return `${century}${digits}`;
}

export const launchContextHandlers = [
  // OAuth 2.0 client credentials (RFC 6749 §4.4), form-encoded.
  http.post(`${BASE}/token`, async ({ request }) => {
    const system = await authenticateClient(request);
    if (!system) {
      return HttpResponse.json(
        { error: 'invalid_client', error_description: 'Okänt system eller fel hemlighet.' },
        { status: 401, headers: { ...NO_STORE, 'WWW-Authenticate': 'Basic realm="launch"' } },
      );
    }
    const token = `sys_${randomHandle()}`;
    const now = Date.now();
    systemTokens.save([
      ...systemTokens.all().filter((t) => t.expiresAt > now),
      { token, clientId: system.clientId, expiresAt: now + SYSTEM_TOKEN_TTL_SECONDS * 1000 },
    ]);
    return HttpResponse.json(
      { access_token: token, token_type: 'Bearer', expires_in: SYSTEM_TOKEN_TTL_SECONDS },
      { headers: NO_STORE },
    );
  }),

  http.post(`${BASE}/launches`, async ({ request }) => {
    const token = bearer(request);
    if (!token) return unauthorized('missing_token', 'Anropet saknar token.');

    const body = launchSchema.safeParse(
      await request
        .clone()
        .json()
        .catch(() => null),
    );
    let registeredBy: string;
    let launch: Omit<StoredLaunch, 'handle' | 'expiresAt' | 'redeemedAt' | 'registeredBy'>;

    const system = token.startsWith('sys_') ? systemOf(token) : null;
    if (token.startsWith('sys_')) {
      if (!system)
        return unauthorized('invalid_token', 'Systemets token är ogiltig eller har gått ut.');
      if (!body.success) return errorResponse(400, 'invalid_request', z.prettifyError(body.error));
      registeredBy = system.clientId;
      launch = {
        patient: body.data.patient,
        careUnit: body.data.careUnit ?? null,
        user: body.data.user ?? null,
        to: body.data.to ?? null,
        icd10: toCodes(body.data.icd10),
        serviceId: null,
      };
    } else {
      // The workspace opening a service with the patient: bound to this user and unit.
      const auth = await authenticate(request);
      if (!auth.ok) return auth.response;
      if (!auth.activeCommission) {
        return forbidden('commission_required', 'Välj ett medarbetaruppdrag först.');
      }
      if (!body.success) return errorResponse(400, 'invalid_request', z.prettifyError(body.error));
      registeredBy = auth.caller.employeeHsaId;
      launch = {
        patient: body.data.patient,
        careUnit: auth.activeCommission.healthCareUnitHsaId,
        user: auth.caller.employeeHsaId,
        to: null,
        icd10: toCodes(body.data.icd10),
        serviceId: body.data.serviceId ?? null,
      };
    }

    const handle = randomHandle();
    const expiresAt = Date.now() + LAUNCH_HANDLE_TTL_MS;
    launches.save([
      ...launches.all().filter((l) => l.expiresAt > Date.now() - 3_600_000),
      { ...launch, handle, expiresAt, redeemedAt: null, registeredBy },
    ]);
    // The workspace's own address, whoever the caller reached the service through.
    const origin = DEV.appOrigin;
    return HttpResponse.json<LaunchCreatedResponse>(
      {
        handle,
        expiresAt: new Date(expiresAt).toISOString(),
        launchUrl: `${origin}/launch?launch=${handle}`,
      },
      { status: 201, headers: NO_STORE },
    );
  }),

  http.post(`${BASE}/redemptions`, async ({ request }) => {
    const auth = await authenticate(request);
    if (!auth.ok) return auth.response;
    const body = z
      .object({ handle: z.string().min(1).max(200) })
      .safeParse(await request.json().catch(() => null));
    if (!body.success) return errorResponse(400, 'invalid_request', 'Startnyckel saknas.');

    const all = launches.all();
    const launch = all.find((l) => l.handle === body.data.handle);
    if (!launch) return errorResponse(404, 'launch_not_found', LAUNCH_MESSAGES.notFound);
    if (launch.redeemedAt !== null) return errorResponse(409, 'launch_used', LAUNCH_MESSAGES.used);
    if (launch.expiresAt <= Date.now()) {
      return errorResponse(410, 'launch_expired', LAUNCH_MESSAGES.expired);
    }
    if (launch.user !== null && launch.user !== auth.caller.employeeHsaId) {
      return forbidden('launch_other_user', LAUNCH_MESSAGES.otherUser);
    }
    // A refusal leaves the handle unspent: the right person, or the right commission, may use it.
    const commission = redeemingCommission(launch, auth.caller, auth.activeCommission);
    if (commission instanceof Response) return commission;
    launches.save(all.map((l) => (l === launch ? { ...l, redeemedAt: Date.now() } : l)));
    recordAccess({
      caller: auth.caller,
      commission,
      patient: twelveDigits(launch.patient),
      recordedBy: LAUNCH_RECORDER,
      shown: 'Startlänk från journalsystem: personnummer',
    });
    return HttpResponse.json<RedemptionResponse>(
      {
        launch: {
          patient: launch.patient,
          careUnit: launch.careUnit
            ? { hsaId: launch.careUnit, name: unitName(launch.careUnit) }
            : null,
          user: launch.user,
          to: launch.to,
          icd10: launch.icd10,
        },
      },
      { headers: NO_STORE },
    );
  }),
];
