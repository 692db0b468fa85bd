/**
 * How every mock backend authenticates a request, the way a real resource server does: the
 * bearer token's signature against the identity provider's published keys, its issuer, audience
 * and expiry, the client it was issued to, then the claims, then the commission the caller says
 * they are working in.
 *
 * Runs in the page (MSW's browser worker calls handlers there) and in Node (Vitest), so it uses
 * only fetch and WebCrypto through jose.
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { DEV } from '../dev-config';
import { LOA2, LOA3, type Commission } from '../idp/staff';
import { errorResponse } from './api-errors';

/** The request header that names the caller's active commission (medarbetaruppdrag). */
export const COMMISSION_HEADER = 'X-Commission-HsaId';

/** Clocks of the provider, the browser and the backends may differ a little; not more. */
export const CLOCK_TOLERANCE_SECONDS = 30;

/** The caller as the token describes them, after validation. */
export type Caller = {
  employeeHsaId: string;
  givenName: string;
  familyName: string;
  title: string;
  acr: string;
  /** LoA 3 = SITHS card, LoA 2 = username and password. */
  loa: 2 | 3;
  /** "systemId;role", e.g. "EFK;Användare". */
  systemRoles: string[];
  commissions: Commission[];
};

export type AuthResult =
  | { ok: true; caller: Caller; activeCommission: Commission | null }
  | { ok: false; response: Response };

const commissionSchema: z.ZodType<Commission> = z.object({
  commissionHsaId: z.string().min(1),
  commissionName: z.string(),
  commissionPurpose: z.enum(['Vård och behandling', 'Administration', 'Statistik']),
  commissionRight: z.array(z.string()),
  healthCareUnitHsaId: z.string().min(1),
  healthCareUnitName: z.string(),
  healthCareProviderHsaId: z.string().min(1),
  healthCareProviderName: z.string(),
});

// The claims our backends rely on. Lists the provider leaves out mean "none"; anything
// malformed makes the whole token unusable.
const accessTokenClaimsSchema = z.object({
  employeeHsaId: z.string().min(1),
  given_name: z.string(),
  family_name: z.string(),
  title: z.string().default(''),
  acr: z.enum([LOA3, LOA2]),
  systemRole: z.array(z.string()).default([]),
  commissions: z.array(commissionSchema).default([]),
});

// --- Where the keys come from -------------------------------------------------------------

let remoteKeySet: JWTVerifyGetKey | undefined;
let keySetOverride: JWTVerifyGetKey | null = null;

/** The provider's published keys, fetched once and cached by jose (refetched on an unknown kid). */
function currentKeySet(): JWTVerifyGetKey {
  if (keySetOverride) return keySetOverride;
  remoteKeySet ??= createRemoteJWKSet(new URL(`${DEV.issuer}/jwks`));
  return remoteKeySet;
}

/**
 * Tests only: trust these keys instead of the provider's JWKS (`null` goes back to the remote
 * JWKS with an empty cache). `mocks/lib/test-tokens.ts` calls this; the browser never does.
 */
export function setJwksForTests(keySet: JWTVerifyGetKey | null): void {
  keySetOverride = keySet;
  remoteKeySet = undefined;
}

/** The keys could not be fetched: we cannot tell a good token from a bad one. */
class KeySetUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The identity provider’s JWKS could not be read', { cause });
    this.name = 'KeySetUnavailableError';
  }
}

const keyFromKeySet: JWTVerifyGetKey = async (protectedHeader, token) => {
  try {
    return await currentKeySet()(protectedHeader, token);
  } catch (error) {
    // An unknown or ambiguous kid is the token's fault; anything else is the key source's.
    if (
      error instanceof errors.JWKSNoMatchingKey ||
      error instanceof errors.JWKSMultipleMatchingKeys
    )
      throw error;
    throw new KeySetUnavailableError(error);
  }
};

// --- Verifying ----------------------------------------------------------------------------

export class InvalidTokenError extends Error {
  constructor(
    readonly reason: 'expired' | 'invalid' | 'client' | 'claims',
    cause?: unknown,
  ) {
    super(`Invalid access token (${reason})`, { cause });
    this.name = 'InvalidTokenError';
  }
}

/**
 * The client a token was issued to: `client_id` (RFC 9068, what oidc-provider's JWT access tokens
 * carry), else `azp`. The identity provider issues tokens with our audience to every client it
 * knows, the demo service's too; only the workspace's own are for these APIs.
 */
function clientOf(payload: Record<string, unknown>): unknown {
  return payload.client_id ?? payload.azp;
}

/**
 * Verifies a raw access token and returns its caller. Throws `InvalidTokenError` for a token we
 * must refuse, and another error when the provider's keys cannot be read.
 */
export async function verifyAccessToken(token: string): Promise<Caller> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, keyFromKeySet, {
      issuer: DEV.issuer,
      audience: DEV.apiAudience,
      algorithms: ['RS256'],
      // jose accepts a token without exp unless told otherwise; a real API never does.
      requiredClaims: ['exp'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    }));
  } catch (error) {
    if (error instanceof KeySetUnavailableError) throw error;
    if (error instanceof errors.JWTExpired) throw new InvalidTokenError('expired', error);
    throw new InvalidTokenError('invalid', error);
  }
  if (clientOf(payload) !== DEV.appClientId) throw new InvalidTokenError('client');

  const claims = accessTokenClaimsSchema.safeParse(payload);
  if (!claims.success) throw new InvalidTokenError('claims', claims.error);
  const { data } = claims;
  return {
    employeeHsaId: data.employeeHsaId,
    givenName: data.given_name,
    familyName: data.family_name,
    title: data.title,
    acr: data.acr,
    loa: data.acr === LOA3 ? 3 : 2,
    systemRoles: data.systemRole,
    commissions: data.commissions,
  };
}

// --- Ready responses ----------------------------------------------------------------------

const REALM = 'realm="vardpersonal"';

/** A backend's own error body (mocks/handlers.ts): the common one unless it has another. */
export type ErrorFormat = (status: number, code: string, message: string) => Response;

/** 401. A missing token gets no error code in WWW-Authenticate (RFC 6750 §3.1); a bad one does. */
export function unauthorized(
  code: 'missing_token' | 'invalid_token',
  message: string,
  format: ErrorFormat = errorResponse,
): Response {
  const challenge =
    code === 'missing_token' ? `Bearer ${REALM}` : `Bearer ${REALM}, error="invalid_token"`;
  const response = format(401, code, message);
  response.headers.set('WWW-Authenticate', challenge);
  return response;
}

/** 403: the caller is known but may not do this. */
export function forbidden(code: string, message: string): Response {
  return errorResponse(403, code, message);
}

const MESSAGES = {
  missing: 'Du behöver logga in för att använda tjänsten.',
  expired: 'Din inloggning har gått ut. Logga in igen.',
  invalid: 'Din inloggning är inte giltig. Logga in igen.',
  client: 'Din inloggning gäller en annan tjänst än 1177 för vårdpersonal. Logga in här igen.',
  claims: 'Din inloggning saknar uppgifter som tjänsten behöver. Logga in igen.',
  keysUnavailable: 'Inloggningstjänsten svarar inte just nu. Försök igen om en stund.',
  commissionNotInToken:
    'Medarbetaruppdraget du har valt finns inte i din inloggning. Välj ett annat uppdrag eller logga in igen.',
} as const;

function bearerToken(request: Request): string | null {
  const match = /^Bearer[ ]+([^ ]+)[ ]*$/i.exec(request.headers.get('Authorization') ?? '');
  return match?.[1] ?? null;
}

/**
 * Authenticates a request. On success: the caller and the active commission (from
 * `X-Commission-HsaId`, which must be one of the token's commissions; `null` when the header is
 * absent). On failure: the response to return as is (401, 403, or 503 when the provider's keys
 * cannot be read), in the backend's own error format.
 */
export async function authenticate(
  request: Request,
  format: ErrorFormat = errorResponse,
): Promise<AuthResult> {
  const token = bearerToken(request);
  if (token === null)
    return { ok: false, response: unauthorized('missing_token', MESSAGES.missing, format) };

  let caller: Caller;
  try {
    caller = await verifyAccessToken(token);
  } catch (error) {
    if (error instanceof InvalidTokenError) {
      return { ok: false, response: unauthorized('invalid_token', MESSAGES[error.reason], format) };
    }
    return { ok: false, response: format(503, 'auth_unavailable', MESSAGES.keysUnavailable) };
  }

  const requested = request.headers.get(COMMISSION_HEADER)?.trim() || null;
  if (requested === null) return { ok: true, caller, activeCommission: null };

  const activeCommission = caller.commissions.find(
    (commission) => commission.commissionHsaId === requested,
  );
  if (!activeCommission) {
    return {
      ok: false,
      response: format(403, 'commission_not_in_token', MESSAGES.commissionNotInToken),
    };
  }
  return { ok: true, caller, activeCommission };
}
