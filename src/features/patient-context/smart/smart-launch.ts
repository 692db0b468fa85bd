/**
 * SMART App Launch 2.2, EHR launch, with the SMART project's own client (fhirclient).
 *
 * 1. `startSmartLaunch` (on `/launch`, after main.tsx has moved `iss` and `launch` out of the
 *    address): a registered `iss` only; its SMART configuration checked; then fhirclient sends
 *    the person to the journal's authorization server with PKCE S256, `launch`, `aud` and state.
 * 2. `completeSmartLaunch` (on `/launch/smart`, the redirect_uri): fhirclient checks the state
 *    and exchanges the code; the token response names the patient and the ID token the user;
 *    the Patient and its active Conditions are read from that FHIR server, with that token only.
 *    What the workspace keeps is a launch's fields (identity number, ICD-10 codes, the user's
 *    HSA-id); fhirclient's state, with the SMART token, is removed from this tab at once.
 */
import FHIR from 'fhirclient';
import { getPublicJson } from '@/lib/http-client';
import { RequestTimeoutError, withTimeout } from '@/lib/with-timeout';
import type { LaunchFields } from '../launch';
import { activeIcd10Codes, identityNumberOfPatient, type FhirBundle } from './fhir-patient';
import { issuerLabel, registeredIssuer } from './issuers';
import { checkSmartConfiguration } from './smart-configuration';
import { SmartLaunchError } from './smart-launch-error';

export const SMART_SCOPE = 'launch openid fhirUser patient/Patient.rs patient/Condition.rs';
/** How long the journal system's servers may take for each step. */
export const SMART_TIMEOUT_MS = 8000;

const AGAIN = 'Öppna patienten från journalsystemet igen.';
const fail = (title: string, message: string) => new SmartLaunchError(title, message);

export function unknownIssuerError(iss: string): SmartLaunchError {
  return fail(
    'Journalsystemet är inte registrerat',
    `Arbetsytan tar bara emot patienter från registrerade journalsystem, och ${issuerLabel(iss)} är inte ett av dem. Ingenting har skickats dit. Kontakta journalsystemets förvaltning.`,
  );
}

type SmartSettings = {
  registeredIssuers: readonly string[];
  clientId: string;
  redirectUri: string;
};

const starts = new Map<string, Promise<void>>();

/**
 * Step 1. Rejects on failure; on success the page is on its way to the journal system. A
 * launch works once and React may run an effect twice: one launch starts once.
 */
export function startSmartLaunch(
  pending: { iss: string; launch: string },
  settings: SmartSettings,
): Promise<void> {
  const key = `${pending.iss} ${pending.launch}`;
  let start = starts.get(key);
  if (!start) {
    start = startOnce(pending, settings);
    starts.set(key, start);
  }
  return start;
}

async function startOnce(
  { iss, launch }: { iss: string; launch: string },
  settings: SmartSettings,
): Promise<void> {
  const base = registeredIssuer(iss, settings.registeredIssuers);
  if (!base) throw unknownIssuerError(iss);

  const discoveryTitle = 'Journalsystemets inloggning gick inte att använda';
  let discovery: unknown;
  try {
    discovery = await withTimeout(SMART_TIMEOUT_MS, undefined, (signal) =>
      getPublicJson(`${base.replace(/\/+$/, '')}/.well-known/smart-configuration`, signal),
    );
  } catch (error) {
    const reason =
      error instanceof RequestTimeoutError
        ? `inget svar inom ${SMART_TIMEOUT_MS / 1000} sekunder`
        : (error as { status?: number }).status
          ? `svaret var ${(error as { status: number }).status}`
          : 'ingen kontakt';
    throw fail(
      discoveryTitle,
      `Journalsystemets SMART-konfiguration kunde inte hämtas (${reason}). Försök igen om en stund, eller kontakta journalsystemets förvaltning.`,
    );
  }
  const check = checkSmartConfiguration(discovery);
  if (!check.ok) throw fail(discoveryTitle, check.message);

  await FHIR.oauth2.authorize({
    iss: base,
    launch,
    clientId: settings.clientId,
    scope: SMART_SCOPE,
    redirectUri: settings.redirectUri,
    pkceMode: 'required',
    completeInTarget: true,
  });
}

/** The launch context a token response carries (SMART App Launch 2.2 §2.0.6). */
export type TokenContext = { patientId: string; encounterId: string | null; userHsaId: string };

const HSA_ID = /^SE\d{10}-[0-9A-Za-z]{1,20}$/;

export function readTokenContext(
  tokenResponse: Record<string, unknown>,
  idToken: Record<string, unknown> | null,
): TokenContext {
  const patientId = tokenResponse.patient;
  if (typeof patientId !== 'string' || !/^[A-Za-z0-9\-.]{1,64}$/.test(patientId)) {
    throw fail(
      'Journalsystemet skickade ingen patient',
      `Svaret från journalsystemets inloggning saknar patient (patient), så arbetsytan vet inte vem den ska öppna. ${AGAIN}`,
    );
  }
  const userHsaId = idToken?.employeeHsaId;
  if (typeof userHsaId !== 'string' || !HSA_ID.test(userHsaId) || !idToken?.fhirUser) {
    throw fail(
      'Journalsystemet sa inte vem du är',
      `Journalsystemets ID-token saknar ditt HSA-id eller fhirUser, så arbetsytan kan inte se att det är du som är inloggad där. Kontakta journalsystemets förvaltning.`,
    );
  }
  const encounterId = typeof tokenResponse.encounter === 'string' ? tokenResponse.encounter : null;
  return { patientId, encounterId, userHsaId };
}

const FHIR_TITLE = 'Patienten kunde inte läsas från journalsystemet';

function fhirFailure(error: unknown): SmartLaunchError {
  if (error instanceof SmartLaunchError) return error;
  if (error instanceof RequestTimeoutError) {
    return fail(
      FHIR_TITLE,
      `Journalsystemets FHIR-server svarade inte inom ${SMART_TIMEOUT_MS / 1000} sekunder. Försök igen om en stund.`,
    );
  }
  const status = (error as { status?: number }).status;
  if (status === 401) {
    return fail(
      FHIR_TITLE,
      `Journalsystemets FHIR-server godtog inte behörigheten från starten (401). ${AGAIN}`,
    );
  }
  if (status === 403) {
    return fail(
      FHIR_TITLE,
      'Journalsystemets FHIR-server nekade läsning av patienten (403): starten ger inte behörighet till den här patienten.',
    );
  }
  if (status && status >= 500) {
    return fail(
      FHIR_TITLE,
      `Journalsystemets FHIR-server har tekniska problem (${status}). Försök igen om en stund.`,
    );
  }
  return fail(
    FHIR_TITLE,
    `Journalsystemets FHIR-server gick inte att nå${status ? ` (${status})` : ''}. Försök igen om en stund.`,
  );
}

/** What the authorization server said when it sent the person back with an error. */
function authorizationFailure(params: URLSearchParams): SmartLaunchError | null {
  const error = params.get('error');
  if (error === null) return null;
  const detail = params.get('error_description')?.slice(0, 300);
  if (error === 'access_denied') {
    return fail(
      'Journalsystemet nekade starten',
      `Journalsystemets inloggning gav inte arbetsytan tillgång till patienten${detail ? `: ${detail}` : '.'}`,
    );
  }
  return fail(
    'Journalsystemet godtog inte starten',
    `${detail ?? `Journalsystemets inloggning svarade med felet ${error.slice(0, 40)}.`} ${AGAIN}`,
  );
}

/** fhirclient keeps its state (with the SMART token) in this tab's session: forget all of it. */
export function forgetSmartLaunch(storage: Storage = sessionStorage): void {
  const key = storage.getItem('SMART_KEY');
  if (key) {
    try {
      storage.removeItem(JSON.parse(key) as string);
    } catch {
      // Not fhirclient's JSON: only the pointer goes.
    }
  }
  storage.removeItem('SMART_KEY');
}

let completion: Promise<LaunchFields> | null = null;

/**
 * Step 2, on the redirect_uri. Returns the launch's fields for the usual validation. A code
 * works once and React may run an effect twice: one page load completes once.
 */
export function completeSmartLaunch(): Promise<LaunchFields> {
  completion ??= completeOnce();
  return completion;
}

async function completeOnce(): Promise<LaunchFields> {
  const params = new URLSearchParams(window.location.search);
  try {
    const refused = authorizationFailure(params);
    if (refused) throw refused;
    let client: Awaited<ReturnType<typeof FHIR.oauth2.ready>>;
    try {
      client = await withTimeout(SMART_TIMEOUT_MS, undefined, () => FHIR.oauth2.ready());
    } catch (error) {
      throw tokenFailure(error);
    }
    const context = readTokenContext(
      client.state.tokenResponse as Record<string, unknown>,
      client.getIdToken() as Record<string, unknown> | null,
    );
    const [patient, conditions] = await Promise.all([
      withTimeout(SMART_TIMEOUT_MS, undefined, (signal) =>
        client.request({ url: `Patient/${encodeURIComponent(context.patientId)}`, signal }),
      ),
      withTimeout(SMART_TIMEOUT_MS, undefined, (signal) =>
        client.request({
          url: `Condition?patient=${encodeURIComponent(context.patientId)}&clinical-status=active`,
          signal,
        }),
      ),
    ]).catch((error: unknown) => {
      throw fhirFailure(error);
    });
    const identityNumber = identityNumberOfPatient(patient as Record<string, unknown>);
    if (!identityNumber) {
      throw fail(
        'Patienten saknar personnummer i journalsystemet',
        'Journalsystemet har inget personnummer eller samordningsnummer för patienten (till exempel bara ett reservnummer). Arbetsytan kan bara öppna patienter med personnummer eller samordningsnummer.',
      );
    }
    return {
      patient: identityNumber,
      careUnit: null,
      to: null,
      icd10: activeIcd10Codes(conditions as FhirBundle),
      user: context.userHsaId,
    };
  } finally {
    // Success or not, the SMART token and its state have done their job.
    forgetSmartLaunch();
    window.history.replaceState(null, '', window.location.pathname);
  }
}

function tokenFailure(error: unknown): SmartLaunchError {
  if (error instanceof RequestTimeoutError) {
    return fail(
      'Journalsystemets inloggning svarade inte',
      `Journalsystemets inloggning svarade inte inom ${SMART_TIMEOUT_MS / 1000} sekunder. ${AGAIN}`,
    );
  }
  const message = error instanceof Error ? error.message : '';
  // fhirclient finds no state for the `state` that came back: not the launch this tab started.
  if (/state/i.test(message)) {
    return fail(
      'Svaret från journalsystemet hör inte till den här starten',
      `Svaret från journalsystemets inloggning hade ett annat state än arbetsytan skickade, så det kan vara förfalskat och används inte. ${AGAIN}`,
    );
  }
  const status = (error as { status?: number }).status;
  return fail(
    'Journalsystemets inloggning gick inte att slutföra',
    `Koden från journalsystemets inloggning kunde inte bytas mot behörighet${status ? ` (${status})` : ''}. ${AGAIN}`,
  );
}
