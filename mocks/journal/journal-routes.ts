/**
 * The journal system's own side: its page (the patient list a clinician launches the workspace
 * from), the launches it makes, and the same as JSON for programs and tests.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { STAFF, type StaffMember } from '../idp/staff';
import { isContextName, NAMESPACE_COOKIE } from '../lib/request-context';
import { fhirBaseOf, type JournalContext } from './context';
import { findEncounter, findPatient, latestEncounterOf, PATIENTS } from './data';
import { authServer } from './discovery';
import { asyncRoute, cookieOf } from './http';
import {
  findInstallation,
  INSTALLATIONS,
  installationOfIss,
  type InstallationKey,
} from './installations';
import {
  contentSecurityPolicy,
  DEFAULT_CHOICES,
  errorPage,
  journalPage,
  type LaunchChoices,
} from './journal-page';
import { FAULTS, isFault, isMethod, type Fault } from './launches';
import { LaunchError, startLaunch } from './start-launch';

/** The journal's logged-in user (an HSA-id). */
export const USER_COOKIE = 'journal-user';
/** The developer's last choices for a launch, so a reload keeps them. */
export const CHOICES_COOKIE = 'journal-val';

const STYLES = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'styles.css'), 'utf8');

const DEFAULT_USER = STAFF.find((person) => person.title === 'Läkare')!;

const userOf = (req: Request): StaffMember =>
  STAFF.find((person) => person.employeeHsaId === cookieOf(req, USER_COOKIE)) ?? DEFAULT_USER;

/** The choices in `values`, or null where one is not a choice the page offers. */
function choicesFrom(values: URLSearchParams): LaunchChoices | null {
  const installation = values.get('installation') ?? DEFAULT_CHOICES.installation;
  const encounter = values.get('encounter') ?? DEFAULT_CHOICES.encounter;
  const method = values.get('method') ?? DEFAULT_CHOICES.method;
  const fault = values.get('fault') || null;
  if (!findInstallation(installation) || !isMethod(method)) return null;
  if (encounter !== 'latest' && encounter !== 'none') return null;
  if (fault !== null && !isFault(fault)) return null;
  return { installation: installation as InstallationKey, encounter, method, fault };
}

const choicesCookie = (choices: LaunchChoices): string =>
  new URLSearchParams({ ...choices, fault: choices.fault ?? '' }).toString();

const apiLaunchSchema = z.strictObject(
  {
    patientId: z.string({ error: 'patientId: id för en patient i journalen, t.ex. "pat-0001".' }),
    iss: z.string({ error: 'iss: en av journalens FHIR-adresser.' }).optional(),
    encounterId: z.string({ error: 'encounterId: id för ett av patientens besök.' }).nullish(),
    user: z.string({ error: 'user: HSA-id för journalens användare.' }),
    fault: z
      .enum(Object.keys(FAULTS) as [Fault, ...Fault[]], {
        error: `fault: ett av ${Object.keys(FAULTS).join(', ')}.`,
      })
      .nullish(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Okända fält: ${issue.keys.join(', ')}.`
        : 'Kroppen ska vara ett JSON-objekt.',
  },
);

const apiError = (res: Response, status: number, message: string) =>
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .json({ error: { code: 'invalid_request', message } });

export function journalRouter(context: JournalContext): Router {
  const router = express.Router();
  const pageHeaders = {
    'Content-Security-Policy': contentSecurityPolicy(context.appOrigin),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
  const sendPage = (res: Response, status: number, html: string) =>
    res.status(status).set(pageHeaders).type('html').send(html);
  const installations = INSTALLATIONS.map((i) => ({ ...i, base: fhirBaseOf(context, i) }));
  const form = express.urlencoded({ extended: false, limit: '4kb' });

  router.get('/', (req, res) => {
    const saved = choicesFrom(new URLSearchParams(cookieOf(req, CHOICES_COOKIE) ?? ''));
    sendPage(
      res,
      200,
      journalPage({
        user: userOf(req),
        staff: STAFF,
        patients: PATIENTS,
        choices: saved ?? DEFAULT_CHOICES,
        installations,
        launches: context.state.summaries(),
        clients: context.clients,
        authServerIssuer: authServer(context.origin).issuer,
      }),
    );
  });

  router.get('/styles.css', (_req, res) => {
    res
      .set({ 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' })
      .type('css')
      .send(STYLES);
  });

  router.post('/anvandare', form, (req, res) => {
    const hsaId = String((req.body as Record<string, unknown>).user ?? '');
    if (!STAFF.some((person) => person.employeeHsaId === hsaId)) {
      return sendPage(res, 400, errorPage({ message: 'Användaren finns inte i journalen.' }));
    }
    res
      .cookie(USER_COOKIE, hsaId, { path: '/', httpOnly: true, sameSite: 'lax' })
      .redirect(303, '/');
  });

  router.post(
    '/launches',
    form,
    asyncRoute(async (req, res) => {
      const body = new URLSearchParams(req.body as Record<string, string>);
      const choices = choicesFrom(body);
      const patient = findPatient(body.get('patientId') ?? '');
      if (!choices || !patient) {
        return sendPage(
          res,
          400,
          errorPage({ message: 'Journalen förstod inte vilken start du valde.' }),
        );
      }
      const namespace = cookieOf(req, NAMESPACE_COOKIE);
      try {
        const launch = await startLaunch(context, {
          patientId: patient.id,
          installation: findInstallation(choices.installation)!,
          encounterId:
            choices.encounter === 'latest' ? (latestEncounterOf(patient.id)?.id ?? null) : null,
          method: choices.method,
          fault: choices.method === 'smart' ? choices.fault : null,
          user: userOf(req).employeeHsaId,
          namespace: namespace && isContextName(namespace) ? namespace : null,
        });
        res
          .cookie(CHOICES_COOKIE, choicesCookie(choices), {
            path: '/',
            httpOnly: true,
            sameSite: 'lax',
          })
          .set('Referrer-Policy', 'no-referrer')
          .redirect(303, launch.launchUrl);
      } catch (error) {
        if (!(error instanceof LaunchError)) throw error;
        sendPage(res, error.status, errorPage({ message: error.message }));
      }
    }),
  );

  router.get('/api/launches', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ launches: context.state.summaries() });
  });

  router.post(
    '/api/launches',
    express.json({ limit: '4kb' }),
    asyncRoute(async (req, res) => {
      const parsed = apiLaunchSchema.safeParse(req.body);
      if (!parsed.success) {
        return apiError(res, 400, parsed.error.issues.map((issue) => issue.message).join(' '));
      }
      const body = parsed.data;
      const patient = findPatient(body.patientId);
      if (!patient) return apiError(res, 400, `patientId: patienten ${body.patientId} finns inte.`);
      const installation = body.iss
        ? installationOfIss(context.origin, body.iss)
        : INSTALLATIONS[0];
      if (!installation) {
        return apiError(
          res,
          400,
          `iss: en av journalens FHIR-adresser (${INSTALLATIONS.map((i) => fhirBaseOf(context, i)).join(', ')}).`,
        );
      }
      const encounterId = body.encounterId ?? null;
      if (encounterId !== null && findEncounter(encounterId)?.patientId !== patient.id) {
        return apiError(res, 400, `encounterId: patienten har inget besök ${encounterId}.`);
      }
      if (!STAFF.some((person) => person.employeeHsaId === body.user)) {
        return apiError(res, 400, `user: ${body.user} är inte en användare i journalen (HSA-id).`);
      }
      const launch = await startLaunch(context, {
        patientId: patient.id,
        installation,
        encounterId,
        method: 'smart',
        fault: body.fault ?? null,
        user: body.user,
        namespace: null,
      });
      res
        .status(201)
        .set('Cache-Control', 'no-store')
        .json({ launch: launch.id, launchUrl: launch.launchUrl });
    }),
  );

  return router;
}
