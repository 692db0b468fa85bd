/**
 * The part of oidc-provider 8's API that the local identity provider uses. The package ships no
 * types and @types/oidc-provider follows v9, which does not run on Node 20.
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  type Awaitable<T> = T | Promise<T>;
  type JsonObject = Record<string, unknown>;

  export type ClientMetadata = {
    client_id: string;
    client_name?: string;
    application_type?: 'web' | 'native';
    token_endpoint_auth_method?: string;
    grant_types?: string[];
    response_types?: string[];
    redirect_uris: string[];
    post_logout_redirect_uris?: string[];
  };

  export interface Client {
    clientId: string;
    clientName?: string;
    redirectUris: string[];
  }

  export interface Account {
    accountId: string;
    claims(use: string, scope: string): Awaitable<JsonObject & { sub: string }>;
  }

  export interface ResourceServer {
    scope?: string;
    identifier(): string;
  }

  export type ResourceServerInfo = {
    scope: string;
    audience?: string;
    accessTokenTTL?: number;
    accessTokenFormat?: 'opaque' | 'jwt';
    jwt?: { sign?: { alg: string } };
  };

  export type InteractionResults = {
    login?: { accountId: string; acr?: string; amr?: string[]; remember?: boolean; ts?: number };
    consent?: { grantId?: string };
    error?: string;
    error_description?: string;
  };

  export interface Interaction {
    uid: string;
    prompt: { name: string; reasons: string[]; details: JsonObject };
    params: JsonObject & { client_id?: string; login_hint?: string };
    session?: { accountId: string; uid: string };
    grantId?: string;
    returnTo: string;
  }

  export interface Session {
    accountId?: string;
    grantIdFor(clientId: string): string | undefined;
  }

  export class Grant {
    constructor(properties: { accountId: string; clientId: string });
    jti: string;
    accountId: string;
    clientId: string;
    addOIDCScope(scope: string): void;
    addResourceScope(resource: string, scope: string): void;
    save(): Promise<string>;
    static find(id: string): Promise<Grant | undefined>;
  }

  export interface OIDCContext {
    provider: Provider;
    /** The route being served, e.g. 'authorization' or 'end_session'. */
    route: string;
    client?: Client;
    session?: Session;
    account?: Account;
    result?: InteractionResults;
    requestParamOIDCScopes: Set<string>;
    resourceServers: Record<string, ResourceServer>;
  }

  /** The Koa context as oidc-provider hands it to configuration helpers. */
  export interface KoaContextWithOIDC {
    oidc: OIDCContext;
    body: unknown;
    type: string;
    status: number;
    set(field: string, value: string): void;
  }

  /** An access token (or other token) as extraTokenClaims sees it. */
  export interface Token {
    kind: string;
    accountId?: string;
  }

  export type ErrorOut = {
    error: string;
    error_description?: string;
    state?: string;
    iss?: string;
  };

  export type Configuration = {
    acrValues?: string[];
    claims?: Record<string, string[] | null>;
    clients?: ClientMetadata[];
    clientAuthMethods?: string[];
    clientBasedCORS?: (ctx: KoaContextWithOIDC, origin: string, client: Client) => boolean;
    conformIdTokenClaims?: boolean;
    cookies?: {
      keys?: string[];
      long?: { sameSite?: 'lax' | 'strict' | 'none'; httpOnly?: boolean };
      short?: { sameSite?: 'lax' | 'strict' | 'none'; httpOnly?: boolean };
    };
    extraTokenClaims?: (ctx: KoaContextWithOIDC, token: Token) => Awaitable<JsonObject | undefined>;
    features?: {
      devInteractions?: { enabled: boolean };
      resourceIndicators?: {
        enabled: boolean;
        defaultResource?: (
          ctx: KoaContextWithOIDC,
          client: Client,
          oneOf?: string[],
        ) => Awaitable<string | string[] | undefined>;
        useGrantedResource?: (ctx: KoaContextWithOIDC, model: unknown) => Awaitable<boolean>;
        getResourceServerInfo?: (
          ctx: KoaContextWithOIDC,
          resourceIndicator: string,
          client: Client,
        ) => Awaitable<ResourceServerInfo>;
      };
      rpInitiatedLogout?: {
        enabled: boolean;
        logoutSource?: (ctx: KoaContextWithOIDC, form: string) => Awaitable<void>;
        postLogoutSuccessSource?: (ctx: KoaContextWithOIDC) => Awaitable<void>;
      };
    };
    findAccount?: (
      ctx: KoaContextWithOIDC,
      sub: string,
      token?: unknown,
    ) => Awaitable<Account | undefined>;
    jwks?: { keys: JsonObject[] };
    loadExistingGrant?: (ctx: KoaContextWithOIDC) => Awaitable<Grant | undefined>;
    pkce?: { methods?: string[]; required?: (ctx: KoaContextWithOIDC, client: Client) => boolean };
    renderError?: (ctx: KoaContextWithOIDC, out: ErrorOut, error: Error) => Awaitable<void>;
    responseTypes?: string[];
    scopes?: string[];
    ttl?: Record<string, number>;
  };

  export class Provider {
    constructor(issuer: string, configuration?: Configuration);
    readonly issuer: string;
    readonly Client: { find(clientId: string): Promise<Client | undefined> };
    readonly Grant: typeof Grant;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResults,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }

  export namespace errors {
    class OIDCProviderError extends Error {
      error: string;
      error_description?: string;
      status: number;
    }
    class InvalidTarget extends OIDCProviderError {
      constructor(description?: string);
    }
    class SessionNotFound extends OIDCProviderError {}
  }

  export default Provider;
}
