/**
 * The apps registered with the journal's SMART authorization server. A real journal system
 * registers each app by hand, with its redirect addresses and, for a confidential app, its
 * public key; here the workspace is registered twice: the browser app (public, PKCE) and a
 * server-side client that authenticates with a signed JWT (private_key_jwt, RFC 7523).
 */
import type { JWK } from 'jose';
import { DEV } from '../dev-config';

export type SmartClient =
  | {
      clientId: string;
      name: string;
      authMethod: 'none';
      redirectUris: string[];
    }
  | {
      clientId: string;
      name: string;
      authMethod: 'private_key_jwt';
      redirectUris: string[];
      /** The client's registered public keys (its JWKS). */
      jwks: JWK[];
    };

export const SERVER_CLIENT_ID = 'vardpersonal-server';

/**
 * DEVELOPMENT ONLY: the private key of `vardpersonal-server`, public on purpose so tests and
 * local tools can sign client assertions. It is worthless anywhere else: no real system trusts
 * it, and a real deployment registers its own key, whose private half never leaves its server.
 */
export const SERVER_CLIENT_TEST_PRIVATE_JWK = {
  kty: 'EC',
  crv: 'P-384',
  kid: 'vardpersonal-server-test-1',
  alg: 'ES384',
  x: 'JjJ4pchz59AQhmtky1xQN-4DyvZcWE68aEFjBYAGnrqqXBaDz2xUt9JOtjhnpQS2',
  y: 'YKctDVCSBdpKNazi29hGkoqQEZoK5DEQIJejfZnEG0x3_qwK9wbcMpV2lKZg0KJd',
  d: 'f6vnlwEBqGmScwWoLFCEx1zehmI-xMO9k50h7vjvR4J7fCihM_Q0HZ58rD3c_KOL',
} as const satisfies JWK;

const { d: _private, ...serverClientPublicJwk } = SERVER_CLIENT_TEST_PRIVATE_JWK;

export function smartClients(appOrigin: string): SmartClient[] {
  return [
    {
      clientId: DEV.smartClientId,
      name: '1177 för vårdpersonal (webbläsaren)',
      authMethod: 'none',
      redirectUris: [`${appOrigin}/launch/smart`],
    },
    {
      clientId: SERVER_CLIENT_ID,
      name: '1177 för vårdpersonal (server)',
      authMethod: 'private_key_jwt',
      redirectUris: [`${appOrigin}/api/launch/smart/callback`],
      jwks: [{ ...serverClientPublicJwk, use: 'sig' }],
    },
  ];
}
