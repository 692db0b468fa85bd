/**
 * The journal's FHIR R4 server, mounted once per installation (FHIR base). It checks every
 * request as a real one must: the bearer token's signature, issuer, audience (this base) and
 * expiry; the scopes (SMART v2 `patient/X.rs`, v1 `patient/X.read`); and the patient
 * compartment: a token is for one patient, and nothing of another patient is read with it.
 * Every read of a patient's records with a valid token is written to the journal's own audit
 * log (audit.ts), refusals too, and the patient's events are read back as AuditEvent.
 * Discovery and the CapabilityStatement are public.
 */
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { fhirBaseOf, type JournalContext } from './context';
import {
  conditionsOf,
  encountersOf,
  findEncounter,
  findPatient,
  findPractitioner,
  PATIENTS,
  type FhirResource,
} from './data';
import { AUDITED_TYPES } from './audit';
import { authServer, capabilityStatement, smartConfiguration } from './discovery';
import { asyncRoute, PUBLIC_CORS } from './http';
import type { Installation } from './installations';
import type { Launch } from './launches';
import { AccessTokenError, verifyAccessToken } from './tokens';

const FHIR_JSON = 'application/fhir+json; charset=utf-8';
const CLINICAL_STATUS = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
/** How long the fhir-timeout fault keeps a request waiting. */
export const TIMEOUT_FAULT_MS = 30_000;

type Access = {
  patient: string;
  user: string;
  clientId: string;
  scopes: string[];
  launch: Launch | undefined;
};

const REALM = 'realm="journal"';

export function sendFhir(res: Response, status: number, body: unknown): void {
  res.status(status).type(FHIR_JSON).send(JSON.stringify(body));
}

export function sendOutcome(
  res: Response,
  status: number,
  code: string,
  diagnostics: string,
): void {
  sendFhir(res, status, {
    resourceType: 'OperationOutcome',
    issue: [{ severity: 'error', code, diagnostics }],
  });
}

/** 401 with the challenge RFC 6750 §3 asks for (its description in ASCII, as headers must be). */
function unauthorized(res: Response, diagnostics: string, problem?: string): void {
  res.set(
    'WWW-Authenticate',
    problem
      ? `Bearer ${REALM}, error="invalid_token", error_description="${problem}"`
      : `Bearer ${REALM}`,
  );
  sendOutcome(res, 401, 'login', diagnostics);
}

const TOKEN_PROBLEMS = {
  expired: ['Åtkomsttoken har gått ut.', 'The access token expired'],
  audience: [
    'Åtkomsttoken gäller en annan FHIR-installation (aud är inte den här FHIR-adressen).',
    'The access token is not for this FHIR base',
  ],
  invalid: ['Åtkomsttoken är ogiltig.', 'The access token is invalid'],
} as const;

/** SMART scopes: v2 `patient/Condition.rs` (the letters needed), or v1 `patient/Condition.read`. */
export function permits(scopes: string[], type: string, interaction: 'r' | 's'): boolean {
  return scopes.some((scope) => {
    const match = /^patient\/([A-Za-z]+|\*)\.(read|c?r?u?d?s?)$/.exec(scope);
    if (!match || (match[1] !== type && match[1] !== '*')) return false;
    return match[2] === 'read' || match[2]!.includes(interaction);
  });
}

function searchset(base: string, req: Request, found: { resource: FhirResource }[]) {
  const resources = found.map((item) => item.resource);
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: resources.length,
    link: [{ relation: 'self', url: `${base}${req.url}` }],
    entry: resources.map((resource) => ({
      fullUrl: `${base}/${resource.resourceType}/${resource.id}`,
      resource,
      search: { mode: 'match' },
    })),
  };
}

const tokenValues = (value: string): string[] => value.split(',').filter(Boolean);

export function fhirRouter(context: JournalContext, installation: Installation): Router {
  const router = express.Router();
  const base = fhirBaseOf(context, installation);
  const { issuer } = authServer(context.origin);
  const appCors = {
    'Access-Control-Allow-Origin': context.appOrigin,
    'Access-Control-Expose-Headers': 'WWW-Authenticate',
    Vary: 'Origin',
  };
  const isPublic = (path: string) =>
    path === '/metadata' || path === '/.well-known/smart-configuration';

  router.options('*', (req, res) => {
    res
      .set({
        ...(isPublic(req.path) ? PUBLIC_CORS : appCors),
        'Access-Control-Allow-Methods': 'GET',
        'Access-Control-Allow-Headers': 'Authorization, Accept, Content-Type',
        'Access-Control-Max-Age': '600',
      })
      .sendStatus(204);
  });

  router.get('/.well-known/smart-configuration', (_req, res) => {
    res.set(PUBLIC_CORS);
    if (installation.discovery === 'fails') {
      return sendOutcome(
        res,
        500,
        'exception',
        'Installationens SMART-konfiguration kunde inte läsas (simulerat fel).',
      );
    }
    res.json(smartConfiguration(context.origin, installation));
  });

  router.get('/metadata', (_req, res) => {
    res.set(PUBLIC_CORS);
    sendFhir(res, 200, capabilityStatement(context.origin, base));
  });

  // Everything below is patient data: the app's origin only, and only with a good token.
  router.use((_req, res, next) => {
    res.set(appCors);
    next();
  });

  router.use(
    asyncRoute(async (req, res, next) => {
      const token = /^Bearer +(\S+) *$/i.exec(req.get('Authorization') ?? '')?.[1];
      if (!token) return unauthorized(res, 'Anropet saknar åtkomsttoken (Authorization: Bearer).');
      let claims;
      try {
        claims = await verifyAccessToken(context.key, token, { issuer, audience: base });
      } catch (error) {
        if (!(error instanceof AccessTokenError)) throw error;
        const [diagnostics, problem] = TOKEN_PROBLEMS[error.reason];
        return unauthorized(res, diagnostics, problem);
      }
      if (!context.state.token(claims.jti)) {
        return unauthorized(res, 'Åtkomsttoken är återkallad.', 'The access token was revoked');
      }
      res.locals.access = {
        patient: claims.patient,
        user: claims.sub,
        clientId: claims.client_id,
        scopes: claims.scope.split(' '),
        launch: context.state.launch(claims.launch_id),
      } satisfies Access;
      next();
    }),
  );

  // The audit log: each read of a patient's records, written when its answer has gone out.
  const audited = new RegExp(`^/(${AUDITED_TYPES.join('|')})(?:/([^/]+))?$`);
  router.use((req, res, next) => {
    const match = audited.exec(req.path);
    if (!match) return next();
    const [, type, id] = match;
    const access = res.locals.access as Access;
    const params = new URL(req.url, base).searchParams;
    const named =
      type === 'Patient'
        ? id
        : type === 'Encounter' && id
          ? findEncounter(id)?.patientId
          : (params.get('patient') ?? params.get('subject')?.replace(/^Patient\//, ''));
    res.once('finish', () => {
      context.state.audit.record({
        base,
        target: id ? `${type}/${id}` : type!,
        query: id ? null : req.url,
        patientId: named || access.patient,
        user: access.user,
        clientId: access.clientId,
        status: res.statusCode,
      });
    });
    next();
  });

  // The launch's simulated faults, found through the token.
  router.use((_req, res, next) => {
    const { launch } = res.locals.access as Access;
    switch (launch?.fault) {
      case 'fhir-401':
        return unauthorized(
          res,
          'Åtkomsttoken godtas inte (simulerat fel).',
          'The access token was rejected',
        );
      case 'fhir-403':
        return sendOutcome(res, 403, 'forbidden', 'Åtkomst nekad (simulerat fel).');
      case 'fhir-500':
        return sendOutcome(res, 500, 'exception', 'FHIR-servern har ett fel (simulerat fel).');
      case 'fhir-timeout': {
        // Answers in the end; a closed connection (the client gave up, or close()) stops the wait.
        const timer = setTimeout(next, TIMEOUT_FAULT_MS);
        res.once('close', () => clearTimeout(timer));
        return;
      }
      default:
        next();
    }
  });

  const accessOf = (res: Response): Access => res.locals.access as Access;

  /** Scope first, then the search parameters this server knows. */
  const guard =
    (type: string, interaction: 'r' | 's', known: string[] = []) =>
    (req: Request, res: Response, next: NextFunction) => {
      if (!permits(accessOf(res).scopes, type, interaction)) {
        const needed = interaction === 'r' ? 'läsa' : 'söka';
        return sendOutcome(
          res,
          403,
          'forbidden',
          `Åtkomsttoken saknar behörighet att ${needed} ${type} (scope patient/${type}.${interaction} eller patient/${type}.read).`,
        );
      }
      const unknown = [...new URL(req.url, base).searchParams.keys()].filter(
        (name) => !known.includes(name),
      );
      if (unknown.length > 0) {
        return sendOutcome(
          res,
          400,
          'not-supported',
          `Sökparametern stöds inte: ${unknown.join(', ')}.`,
        );
      }
      next();
    };

  const otherPatient = (res: Response) =>
    sendOutcome(res, 403, 'forbidden', 'Åtkomsttoken gäller en annan patient.');

  /** The patient a search names (patient=id or subject=Patient/id); it must be the token's. */
  const compartmentSearch = (req: Request, res: Response): string | null => {
    const params = new URL(req.url, base).searchParams;
    const named = [params.get('patient'), params.get('subject')?.replace(/^Patient\//, '')].filter(
      (value): value is string => Boolean(value),
    );
    if (named.length === 0) {
      sendOutcome(
        res,
        403,
        'forbidden',
        'Sökningen måste gälla patienten som åtkomsttoken är utfärdad för (patient=…).',
      );
      return null;
    }
    if (named.some((id) => id !== accessOf(res).patient)) {
      otherPatient(res);
      return null;
    }
    return accessOf(res).patient;
  };

  router.get('/Patient/:id', guard('Patient', 'r'), (req, res) => {
    if (req.params.id !== accessOf(res).patient) return otherPatient(res);
    const patient = findPatient(req.params.id!);
    if (!patient) return sendOutcome(res, 404, 'not-found', 'Patienten finns inte.');
    sendFhir(res, 200, patient.resource);
  });

  router.get('/Patient', guard('Patient', 's', ['identifier', '_id']), (req, res) => {
    const params = new URL(req.url, base).searchParams;
    const identifier = params.get('identifier');
    const id = params.get('_id');
    const [system, value] = identifier?.includes('|')
      ? identifier.split(/\|(.*)/s)
      : [undefined, identifier];
    const found = PATIENTS.filter(
      (patient) =>
        // The compartment narrows every search: other patients are not there to find.
        patient.id === accessOf(res).patient &&
        (id === null || patient.id === id) &&
        (identifier === null ||
          (patient.resource.identifier as { system: string; value: string }[]).some(
            (i) => i.value === value && (!system || i.system === system),
          )),
    );
    sendFhir(res, 200, searchset(base, req, found));
  });

  router.get(
    '/Condition',
    guard('Condition', 's', ['patient', 'subject', 'clinical-status']),
    (req, res) => {
      const patientId = compartmentSearch(req, res);
      if (patientId === null) return;
      const status = new URL(req.url, base).searchParams.get('clinical-status');
      const wanted = status === null ? null : tokenValues(status);
      const found = conditionsOf(patientId).filter((condition) => {
        if (wanted === null) return true;
        const code = condition.active ? 'active' : 'resolved';
        return wanted.some((token) => token === code || token === `${CLINICAL_STATUS}|${code}`);
      });
      sendFhir(res, 200, searchset(base, req, found));
    },
  );

  router.get('/Encounter/:id', guard('Encounter', 'r'), (req, res) => {
    const encounter = findEncounter(req.params.id!);
    if (!encounter) return sendOutcome(res, 404, 'not-found', 'Besöket finns inte.');
    if (encounter.patientId !== accessOf(res).patient) return otherPatient(res);
    sendFhir(res, 200, encounter.resource);
  });

  router.get('/Encounter', guard('Encounter', 's', ['patient', 'subject']), (req, res) => {
    const patientId = compartmentSearch(req, res);
    if (patientId === null) return;
    sendFhir(res, 200, searchset(base, req, encountersOf(patientId)));
  });

  // Who has read the patient's records: the journal's audit log for the token's patient.
  router.get('/AuditEvent', guard('AuditEvent', 's', ['patient']), (req, res) => {
    const patientId = compartmentSearch(req, res);
    if (patientId === null) return;
    const found = context.state.audit.ofPatient(patientId).map((resource) => ({ resource }));
    sendFhir(res, 200, searchset(base, req, found));
  });

  // The user's own record, which the ID token's fhirUser points to.
  router.get('/Practitioner/:id', (req, res) => {
    const access = accessOf(res);
    if (!access.scopes.includes('fhirUser')) {
      return sendOutcome(res, 403, 'forbidden', 'Åtkomsttoken saknar scope fhirUser.');
    }
    const practitioner = findPractitioner(req.params.id!);
    if (!practitioner) return sendOutcome(res, 404, 'not-found', 'Vårdpersonen finns inte.');
    if (practitioner.staff.employeeHsaId !== access.user) {
      return sendOutcome(
        res,
        403,
        'forbidden',
        'Åtkomsttoken ger bara tillgång till den egna användaren.',
      );
    }
    sendFhir(res, 200, practitioner.resource);
  });

  router.use((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.set('Allow', 'GET');
      return sendOutcome(res, 405, 'not-supported', 'FHIR-servern tar bara emot läsningar (GET).');
    }
    sendOutcome(res, 404, 'not-found', 'Adressen finns inte på journalens FHIR-server.');
  });

  return router;
}
