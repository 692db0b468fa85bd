/**
 * Client authentication at the token endpoint: a public client names itself with client_id; a
 * confidential one proves itself with a JWT it signed with its registered key (SMART's
 * "asymmetric" client authentication, RFC 7523 §2.2).
 */
import { createLocalJWKSet, decodeJwt, errors, jwtVerify } from 'jose';
import { CLOCK_TOLERANCE_SECONDS } from '../lib/verify-token';
import type { SmartClient } from './clients';
import type { JournalState } from './launches';

export const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
export const ASSERTION_ALGORITHMS = ['RS384', 'ES384'];
/** An assertion may live at most five minutes. */
const MAX_ASSERTION_LIFETIME_SECONDS = 5 * 60;

export class ClientAuthError extends Error {
  constructor(readonly description: string) {
    super(description);
    this.name = 'ClientAuthError';
  }
}

export type ClientCredentials = {
  clientId?: string;
  clientAssertionType?: string;
  clientAssertion?: string;
};

/** The authenticated client, or ClientAuthError (the token endpoint's invalid_client). */
export async function authenticateClient(
  clients: SmartClient[],
  credentials: ClientCredentials,
  context: { tokenEndpoint: string; state: JournalState },
): Promise<SmartClient> {
  const { clientAssertion, clientAssertionType, clientId } = credentials;
  if (clientAssertion === undefined && clientAssertionType === undefined) {
    const client = clients.find((c) => c.clientId === clientId);
    if (!client) throw new ClientAuthError('Klienten är inte registrerad hos journalsystemet.');
    if (client.authMethod !== 'none') {
      throw new ClientAuthError('Klienten måste autentisera sig med en signerad JWT.');
    }
    return client;
  }
  if (clientAssertionType !== CLIENT_ASSERTION_TYPE || !clientAssertion) {
    throw new ClientAuthError(
      `client_assertion_type ska vara ${CLIENT_ASSERTION_TYPE}, med en client_assertion.`,
    );
  }

  let issuer: unknown;
  try {
    issuer = decodeJwt(clientAssertion).iss;
  } catch {
    throw new ClientAuthError('client_assertion är inte en JWT.');
  }
  const client = clients.find((c) => c.clientId === issuer);
  if (!client || client.authMethod !== 'private_key_jwt') {
    throw new ClientAuthError('Klienten är inte registrerad för signerade JWT.');
  }
  if (clientId !== undefined && clientId !== client.clientId) {
    throw new ClientAuthError('client_id och client_assertion gäller olika klienter.');
  }

  let payload;
  try {
    ({ payload } = await jwtVerify(clientAssertion, createLocalJWKSet({ keys: client.jwks }), {
      algorithms: ASSERTION_ALGORITHMS,
      issuer: client.clientId,
      subject: client.clientId,
      audience: context.tokenEndpoint,
      requiredClaims: ['exp', 'jti'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    }));
  } catch (error) {
    throw new ClientAuthError(assertionProblem(error));
  }

  const now = Math.floor(Date.now() / 1000);
  const exp = payload.exp!;
  if (exp - now > MAX_ASSERTION_LIFETIME_SECONDS) {
    throw new ClientAuthError('client_assertion får gälla i högst fem minuter (exp).');
  }
  if (
    !context.state.rememberAssertion(
      client.clientId,
      payload.jti!,
      (exp + CLOCK_TOLERANCE_SECONDS) * 1000,
    )
  ) {
    throw new ClientAuthError('client_assertion har redan använts (jti).');
  }
  return client;
}

function assertionProblem(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'client_assertion har gått ut.';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'client_assertion ska ha tokenadressen som aud.';
    return `client_assertion har fel ${error.claim}.`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return `client_assertion ska signeras med ${ASSERTION_ALGORITHMS.join(' eller ')}.`;
  }
  return 'client_assertion har ingen giltig signatur med klientens registrerade nyckel.';
}
