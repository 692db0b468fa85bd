import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type RequestListener } from 'node:http';
import Provider, {
  errors,
  type Account,
  type KoaContextWithOIDC,
  type Configuration,
} from 'oidc-provider';
import { DEV } from '../dev-config';
import { closeServer, listen, localUrl, type RunningServer } from './http-server';
import { handleInteraction, send } from './interactions';
import { LOA2, LOA3, findStaff, identityClaimsOf } from './staff';
import { errorPage, loggedOutPage, logoutPage, type Page } from './views';

export type IdpOptions = {
  issuer: string;
  appOrigin: string;
  demoServiceOrigin: string;
  /** Lifetime of access tokens; the app renews silently before they run out. Default 600. */
  accessTokenTtlSeconds?: number;
};

const SCOPE = 'openid profile hsa';

/**
 * Claims per scope. The hsa names follow Inera's identity provider. acr sits under openid so it
 * is in every ID token, not only when the client sends acr_values.
 */
const CLAIMS: Record<string, string[]> = {
  openid: ['sub', 'acr'],
  profile: ['given_name', 'family_name', 'name'],
  hsa: ['employeeHsaId', 'title', 'systemRole', 'commissions'],
};

/** A fresh RS256 signing key per start: nothing to keep secret in the repository. */
function generateSigningKey(): Record<string, unknown> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' };
}

const ERROR_MESSAGES: Record<string, string> = {
  invalid_request: 'Begäran från tjänsten är ogiltig.',
  invalid_client: 'Tjänsten är inte registrerad hos inloggningstjänsten.',
  invalid_redirect_uri: 'Tjänstens återhoppsadress är inte registrerad hos inloggningstjänsten.',
  unauthorized_client: 'Tjänsten får inte logga in på det här sättet.',
  session_not_found: 'Inloggningen har gått ut.',
  server_error: 'Ett oväntat fel inträffade i inloggningstjänsten.',
};

function render(ctx: KoaContextWithOIDC, page: Page): void {
  ctx.type = 'html';
  ctx.set('Content-Security-Policy', page.csp);
  ctx.body = page.html;
}

export function createIdp(options: IdpOptions): Provider {
  const appOrigin = new URL(options.appOrigin).origin;
  const demoServiceOrigin = new URL(options.demoServiceOrigin).origin;
  const accessTokenTTL = options.accessTokenTtlSeconds ?? 600;
  const audience = DEV.apiAudience;

  const configuration: Configuration = {
    clients: [
      {
        client_id: DEV.appClientId,
        client_name: '1177 för vårdpersonal',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: [`${appOrigin}/callback`, `${appOrigin}/silent-callback`],
        post_logout_redirect_uris: [`${appOrigin}/`, `${appOrigin}/utloggad`],
      },
      {
        client_id: DEV.demoServiceClientId,
        client_name: 'Demotjänst',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: [`${demoServiceOrigin}/`, `${demoServiceOrigin}/callback`],
        post_logout_redirect_uris: [`${demoServiceOrigin}/`],
      },
    ],
    responseTypes: ['code'],
    clientAuthMethods: ['none'],
    pkce: { methods: ['S256'], required: () => true },
    scopes: ['openid', 'offline_access', 'profile', 'hsa'],
    claims: CLAIMS,
    acrValues: [LOA3, LOA2],
    // Every claim in the ID token: the app needs no userinfo call.
    conformIdTokenClaims: false,
    jwks: { keys: [generateSigningKey()] },
    cookies: {
      keys: [randomBytes(32).toString('base64url')],
      // Everything runs on localhost (one site), so lax also reaches the silent-renew iframe.
      long: { sameSite: 'lax' },
      short: { sameSite: 'lax' },
    },
    ttl: {
      AccessToken: accessTokenTTL,
      AuthorizationCode: 60,
      IdToken: 60 * 60,
      Interaction: 15 * 60,
      // At most one working shift on the server; in the browser the session cookie ends when the
      // browser closes (logins are `remember: false`, mocks/idp/interactions.ts).
      Session: 10 * 60 * 60,
      Grant: 10 * 60 * 60,
    },
    // The token endpoint answers browsers from the clients' own origins.
    clientBasedCORS: (_ctx, origin, client) =>
      client.redirectUris.some((uri) => new URL(uri).origin === origin),

    async findAccount(_ctx, sub): Promise<Account | undefined> {
      const person = findStaff(sub);
      if (!person) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          name: `${person.given_name} ${person.family_name}`,
          ...identityClaimsOf(person),
        }),
      };
    },

    // Both clients are first-party: consent is implied, so no consent page ever shows and
    // prompt=none works for every client once the person has a session.
    async loadExistingGrant(ctx) {
      const { client, session, provider } = ctx.oidc;
      const accountId = session?.accountId;
      if (!client || !accountId) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      const existing = grantId ? await provider.Grant.find(grantId) : undefined;
      const grant =
        existing?.accountId === accountId
          ? existing
          : new provider.Grant({ accountId, clientId: client.clientId });
      grant.addOIDCScope([...ctx.oidc.requestParamOIDCScopes].join(' '));
      for (const [indicator, resourceServer] of Object.entries(ctx.oidc.resourceServers)) {
        if (resourceServer.scope) grant.addResourceScope(indicator, resourceServer.scope);
      }
      await grant.save();
      return grant;
    },

    // What the mock backends authorize on, so they never need to call the provider.
    extraTokenClaims(_ctx, token) {
      const person =
        token.kind === 'AccessToken' && token.accountId ? findStaff(token.accountId) : undefined;
      if (!person) return undefined;
      return identityClaimsOf(person);
    },

    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        // The app sends no resource parameter: every access token is for our APIs.
        defaultResource: () => audience,
        useGrantedResource: () => true,
        getResourceServerInfo(_ctx, resourceIndicator) {
          if (resourceIndicator !== audience) throw new errors.InvalidTarget();
          return {
            scope: SCOPE,
            audience,
            accessTokenTTL,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => render(ctx, logoutPage(form)),
        postLogoutSuccessSource: (ctx) => render(ctx, loggedOutPage()),
      },
    },

    renderError(ctx, out) {
      // After a restart the old ID token's signature no longer matches the new key: the
      // session it belonged to is gone anyway, so say so instead of showing a bare error.
      if (ctx.oidc.route === 'end_session' && out.error_description?.includes('id_token_hint')) {
        return render(
          ctx,
          errorPage({
            message:
              'Du är redan utloggad. Inloggningstjänsten har startats om sedan du loggade in.',
            link: { href: `${appOrigin}/`, text: 'Till 1177 för vårdpersonal' },
          }),
        );
      }
      render(
        ctx,
        errorPage({
          message: ERROR_MESSAGES[out.error],
          code: out.error,
          description: out.error_description,
        }),
      );
    },
  };

  const provider = new Provider(options.issuer, configuration);
  provider.on('server_error', (_ctx, error) =>
    console.error('Inloggningstjänsten: server_error', error),
  );
  return provider;
}

export type StartIdpOptions = Omit<IdpOptions, 'issuer'> & {
  /** Defaults to http://<host>:<bound port>, handy with port 0 in tests. */
  issuer?: string;
  port: number;
  host?: string;
};

/** Serves the provider and its login pages (/interaction/…) on one node:http server. */
export async function startIdp(options: StartIdpOptions): Promise<RunningServer> {
  // The issuer may depend on the bound port, so the provider is created after listening.
  let handle: RequestListener = (_req, res) => res.writeHead(503).end();
  const server = createServer((req, res) => handle(req, res));
  const port = await listen(server, options.port, options.host);
  const issuer = options.issuer ?? localUrl(options.host, port);
  const provider = createIdp({ ...options, issuer });
  const providerCallback = provider.callback();

  handle = (req, res) => {
    if (!req.url?.startsWith('/interaction/')) return providerCallback(req, res);
    handleInteraction(provider, req, res).catch((error: unknown) => {
      console.error('Inloggningstjänsten: fel i inloggningssidan', error);
      if (!res.headersSent) send(res, 500, errorPage({ message: ERROR_MESSAGES.server_error }));
    });
  };

  return { url: issuer, close: () => closeServer(server) };
}
