/**
 * The journal's own tokens: access tokens for its FHIR server and ID tokens for the app, both
 * JWTs signed RS256 with a key made at start (nothing to keep secret in the repository; the
 * public half is published at /smart/jwks).
 */
import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { errors, jwtVerify, SignJWT, type JWK } from 'jose';
import { CLOCK_TOLERANCE_SECONDS } from '../lib/verify-token';

export type SigningKey = { privateKey: KeyObject; publicKey: KeyObject; jwk: JWK };

export function generateSigningKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk: JWK = {
    ...publicKey.export({ format: 'jwk' }),
    kid: randomUUID(),
    alg: 'RS256',
    use: 'sig',
  };
  return { privateKey, publicKey, jwk };
}

/** What the journal's access token carries. */
export type AccessTokenClaims = {
  iss: string;
  /** The FHIR base the token is for: the launch's iss. */
  aud: string;
  /** The user's HSA-id. */
  sub: string;
  client_id: string;
  scope: string;
  patient: string;
  encounter?: string;
  /** The launch the token came from: how the FHIR server finds its simulated faults. */
  launch_id: string;
  iat: number;
  exp: number;
  jti: string;
};

export async function signJwt(
  key: SigningKey,
  claims: Record<string, unknown>,
  type = 'JWT',
): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: key.jwk.kid!, typ: type })
    .sign(key.privateKey);
}

export class AccessTokenError extends Error {
  constructor(
    readonly reason: 'expired' | 'audience' | 'invalid',
    cause?: unknown,
  ) {
    super(`Invalid access token (${reason})`, { cause });
    this.name = 'AccessTokenError';
  }
}

/** Checks a bearer token the way the FHIR server at `audience` must; throws AccessTokenError. */
export async function verifyAccessToken(
  key: SigningKey,
  token: string,
  expected: { issuer: string; audience: string },
): Promise<AccessTokenClaims> {
  try {
    const { payload } = await jwtVerify(token, key.publicKey, {
      issuer: expected.issuer,
      audience: expected.audience,
      algorithms: ['RS256'],
      typ: 'at+jwt',
      requiredClaims: ['exp', 'sub', 'jti', 'scope', 'patient', 'launch_id'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    });
    return payload as unknown as AccessTokenClaims;
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new AccessTokenError('expired', error);
    if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'aud') {
      throw new AccessTokenError('audience', error);
    }
    throw new AccessTokenError('invalid', error);
  }
}
