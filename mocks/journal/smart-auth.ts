/**
 * The journal's SMART authorization server (App Launch STU 2.2, EHR launch): /smart/authorize
 * resolves the launch value the journal gave the app, and /smart/token exchanges the code for
 * tokens with the launch's context (patient, encounter). The journal's user is already logged
 * in (the one who pressed the launch button), so there is no login page: a good request is
 * answered at once with a code.
 */
import { createHash } from 'node:crypto';
import express, { type Request, type Response, type Router } from 'express';
import { authenticateClient, ClientAuthError } from './client-auth';
import type { SmartClient } from './clients';
import type { JournalContext } from './context';
import { practitionerOfHsaId } from './data';
import { authServer, openidConfiguration, SCOPES_SUPPORTED } from './discovery';
import { asyncRoute, paramsOf, PUBLIC_CORS, type Params } from './http';
import { errorPage, contentSecurityPolicy } from './journal-page';
import { ACCESS_TOKEN_TTL_SECONDS, opaqueId, type Launch } from './launches';
import { signJwt } from './tokens';

const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

const PKCE_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;
const PKCE_VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;

const s256 = (verifier: string): string =>
  createHash('sha256').update(verifier).digest('base64url');

export function smartAuthRouter(context: JournalContext): Router {
  const router = express.Router();
  const server = authServer(context.origin);
  const { state } = context;

  /** Before the client and its redirect_uri are known good, the browser stays here. */
  const errorHere = (res: Response, message: string, details: Params) => {
    res
      .status(400)
      .set({ ...NO_STORE, 'Content-Security-Policy': contentSecurityPolicy(context.appOrigin) })
      .type('html')
      .send(
        errorPage({
          message,
          details: [
            {
              term: 'Appens klient-id (client_id)',
              description: details.get('client_id') ?? 'saknas',
            },
            {
              term: 'Återhoppsadress (redirect_uri)',
              description: details.get('redirect_uri') ?? 'saknas',
            },
          ],
        }),
      );
  };

  const authorize = (req: Request, res: Response) => {
    const params = paramsOf(req.method === 'POST' ? req.body : req.query);
    const clientId = params.get('client_id');
    const redirectUri = params.get('redirect_uri');
    const client = context.clients.find((c) => c.clientId === clientId);
    if (!clientId || params.repeated.includes('client_id')) {
      return errorHere(res, 'Appen talade inte om vilken app den är (client_id saknas).', params);
    }
    if (!client) {
      return errorHere(res, 'Appen är inte registrerad hos journalsystemet.', params);
    }
    if (!redirectUri || params.repeated.includes('redirect_uri')) {
      return errorHere(
        res,
        'Appen talade inte om vart journalen ska skicka svaret (redirect_uri saknas).',
        params,
      );
    }
    if (!client.redirectUris.includes(redirectUri)) {
      return errorHere(
        res,
        'Återhoppsadressen (redirect_uri) är inte registrerad för appen. Journalen skickar inte vidare till en okänd adress.',
        params,
      );
    }

    const appState = params.get('state');
    const answer = (values: Record<string, string | undefined>) => {
      const target = new URL(redirectUri);
      for (const [name, value] of Object.entries(values)) {
        if (value !== undefined) target.searchParams.set(name, value);
      }
      res.set(NO_STORE).redirect(302, target.href);
    };
    const fail = (error: string, description: string) =>
      answer({ error, error_description: description, state: appState });

    if (params.repeated.length > 0) {
      return fail(
        'invalid_request',
        `Parametrar får bara förekomma en gång: ${params.repeated.join(', ')}.`,
      );
    }
    if (params.get('response_type') !== 'code') {
      return fail('unsupported_response_type', 'Journalen stöder bara response_type=code.');
    }
    if (!appState) return fail('invalid_request', 'state saknas.');

    const launchId = params.get('launch');
    if (!launchId) {
      return fail(
        'invalid_request',
        'launch saknas: journalen stöder bara start från journalen (EHR launch).',
      );
    }
    const launch = state.launch(launchId);
    if (!launch || launch.method !== 'smart') {
      return fail('invalid_request', 'Startvärdet (launch) är okänt för journalen.');
    }
    if (launch.usedAt !== null) {
      return fail('invalid_request', 'Startvärdet (launch) har redan använts.');
    }
    if (launch.expiresAt <= Date.now()) {
      return fail('invalid_request', 'Startvärdet (launch) har gått ut (det gäller i 5 minuter).');
    }
    // Single use: spent here, whatever follows.
    state.updateLaunch(launch.id, { usedAt: Date.now() });
    const refuse = (error: string, description: string) => {
      state.updateLaunch(launch.id, { status: 'denied', detail: `${error}: ${description}` });
      fail(error, description);
    };

    if (params.get('aud') !== launch.iss) {
      return refuse(
        'invalid_request',
        `aud ska vara FHIR-adressen som starten gällde: ${launch.iss}.`,
      );
    }
    const challenge = params.get('code_challenge');
    if (
      params.get('code_challenge_method') !== 'S256' ||
      !challenge ||
      !PKCE_CHALLENGE.test(challenge)
    ) {
      return refuse(
        'invalid_request',
        'PKCE krävs: code_challenge (43 tecken base64url) med code_challenge_method=S256.',
      );
    }
    const requested = (params.get('scope') ?? '').split(' ').filter(Boolean);
    const scopes = [...new Set(requested.filter((scope) => SCOPES_SUPPORTED.includes(scope)))];
    if (!scopes.includes('launch')) {
      return refuse('invalid_scope', 'Scope launch krävs när appen startas från journalen.');
    }
    if (launch.fault === 'authorize-denied') {
      return refuse('access_denied', 'Journalen nekade appen behörighet (simulerat fel).');
    }

    const code = state.addCode({
      clientId: client.clientId,
      redirectUri,
      codeChallenge: challenge,
      scopes,
      nonce: params.get('nonce') ?? null,
      launchId: launch.id,
    });
    state.updateLaunch(launch.id, {
      status: 'authorized',
      codeExpiresAt: code.expiresAt,
      detail: `Kod utfärdad till ${client.clientId}`,
    });
    answer({
      code: code.code,
      state: launch.fault === 'state-mismatch' ? `annat-${opaqueId()}` : appState,
    });
  };

  router.get('/authorize', authorize);
  router.post('/authorize', express.urlencoded({ extended: false, limit: '16kb' }), authorize);

  // --- Token --------------------------------------------------------------------------------

  const tokenCors = { 'Access-Control-Allow-Origin': context.appOrigin, Vary: 'Origin' };
  const tokenError = (res: Response, status: number, error: string, description: string) =>
    res
      .status(status)
      .set({ ...NO_STORE, ...tokenCors })
      .json({ error, error_description: description });

  router.options('/token', (_req, res) => {
    res
      .set({
        ...tokenCors,
        'Access-Control-Allow-Methods': 'POST',
        'Access-Control-Allow-Headers': 'Content-Type',
        'Access-Control-Max-Age': '600',
      })
      .sendStatus(204);
  });

  router.post(
    '/token',
    express.urlencoded({ extended: false, limit: '16kb' }),
    asyncRoute(async (req, res) => {
      if (!req.is('application/x-www-form-urlencoded')) {
        return tokenError(
          res,
          400,
          'invalid_request',
          'Tokenanropet ska skickas som application/x-www-form-urlencoded.',
        );
      }
      const params = paramsOf(req.body);
      if (params.repeated.length > 0) {
        return tokenError(
          res,
          400,
          'invalid_request',
          `Parametrar får bara förekomma en gång: ${params.repeated.join(', ')}.`,
        );
      }
      let client: SmartClient;
      try {
        client = await authenticateClient(
          context.clients,
          {
            clientId: params.get('client_id'),
            clientAssertionType: params.get('client_assertion_type'),
            clientAssertion: params.get('client_assertion'),
          },
          { tokenEndpoint: server.token, state },
        );
      } catch (error) {
        if (error instanceof ClientAuthError)
          return tokenError(res, 401, 'invalid_client', error.description);
        throw error;
      }
      if (params.get('grant_type') !== 'authorization_code') {
        return tokenError(
          res,
          400,
          'unsupported_grant_type',
          'Journalen stöder bara grant_type=authorization_code.',
        );
      }

      const code = state.takeCode(params.get('code') ?? '');
      const grantError = (description: string) =>
        tokenError(res, 400, 'invalid_grant', description);
      if (!code) return grantError('Koden är okänd.');
      if (code.used) return grantError('Koden har redan använts.');
      if (code.expiresAt <= Date.now())
        return grantError('Koden har gått ut (den gäller i 60 sekunder).');
      if (code.clientId !== client.clientId)
        return grantError('Koden utfärdades till en annan app.');
      if (params.get('redirect_uri') !== code.redirectUri) {
        return grantError('redirect_uri är inte densamma som i auktoriseringsanropet.');
      }
      const verifier = params.get('code_verifier');
      if (!verifier || !PKCE_VERIFIER.test(verifier) || s256(verifier) !== code.codeChallenge) {
        return grantError('code_verifier stämmer inte med code_challenge (PKCE).');
      }
      const launch = state.launch(code.launchId);
      if (!launch) return grantError('Starten som koden gällde finns inte längre.');
      if (launch.fault === 'token-error') {
        state.updateLaunch(launch.id, { detail: 'Tokenanropet fick serverfel (simulerat fel)' });
        return tokenError(
          res,
          500,
          'server_error',
          'Journalens tokentjänst har ett fel (simulerat fel).',
        );
      }

      const body = await issueTokens(context, client, launch, code.scopes, code.nonce);
      state.addToken({
        jti: body.jti,
        code: code.code,
        launchId: launch.id,
        expiresAt: Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1000,
      });
      state.updateLaunch(launch.id, {
        status: 'token-issued',
        detail: `Token utfärdad till ${client.clientId}`,
      });
      res.set({ ...NO_STORE, ...tokenCors }).json(body.response);
    }),
  );

  router.get('/jwks', (_req, res) => {
    res.set(PUBLIC_CORS).json({ keys: [context.key.jwk] });
  });
  router.get('/.well-known/openid-configuration', (_req, res) => {
    res.set(PUBLIC_CORS).json(openidConfiguration(context.origin));
  });

  return router;
}

async function issueTokens(
  context: JournalContext,
  client: SmartClient,
  launch: Launch,
  scopes: string[],
  nonce: string | null,
) {
  const { issuer } = authServer(context.origin);
  const now = Math.floor(Date.now() / 1000);
  const exp = now + ACCESS_TOKEN_TTL_SECONDS;
  const jti = opaqueId();
  const scope = scopes.join(' ');
  const encounter = launch.encounterId ?? undefined;
  const accessToken = await signJwt(
    context.key,
    {
      iss: issuer,
      aud: launch.iss,
      sub: launch.user,
      client_id: client.clientId,
      scope,
      patient: launch.patientId,
      ...(encounter && { encounter }),
      launch_id: launch.id,
      iat: now,
      exp,
      jti,
    },
    'at+jwt',
  );

  let idToken: string | undefined;
  if (scopes.includes('openid')) {
    const practitioner = practitionerOfHsaId(launch.user);
    idToken = await signJwt(context.key, {
      iss: issuer,
      aud: client.clientId,
      sub: launch.user,
      iat: now,
      exp,
      ...(nonce && { nonce }),
      ...(scopes.includes('fhirUser') &&
        practitioner && { fhirUser: `${launch.iss}/Practitioner/${practitioner.id}` }),
      employeeHsaId: launch.user,
      ...(practitioner && {
        name: `${practitioner.staff.given_name} ${practitioner.staff.family_name}`,
      }),
    });
  }

  return {
    jti,
    response: {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: ACCESS_TOKEN_TTL_SECONDS,
      scope,
      ...(idToken && { id_token: idToken }),
      ...(launch.fault !== 'token-without-patient' && { patient: launch.patientId }),
      ...(encounter && { encounter }),
      need_patient_banner: true,
    },
  };
}
