/**
 * What the journal publishes about itself: SMART's discovery document per FHIR base, the FHIR
 * CapabilityStatement with the SMART security extension, and the OpenID Connect discovery of
 * its authorization server (the ID token's issuer).
 */
import { ASSERTION_ALGORITHMS } from './client-auth';
import type { Installation } from './installations';

/** What a token for one patient may read; AuditEvent: who has read the patient's records. */
const RESOURCE_TYPES = ['Patient', 'Condition', 'Encounter', 'AuditEvent'] as const;

export const SCOPES_SUPPORTED: readonly string[] = [
  'launch',
  'openid',
  'fhirUser',
  ...RESOURCE_TYPES.map((type) => `patient/${type}.rs`),
  ...RESOURCE_TYPES.map((type) => `patient/${type}.read`),
];

/** Where the authorization server lives on the journal's origin. */
export const authServer = (origin: string) => ({
  issuer: `${origin}/smart`,
  jwks: `${origin}/smart/jwks`,
  authorize: `${origin}/smart/authorize`,
  token: `${origin}/smart/token`,
});

/** What SMART's and OpenID Connect's discovery documents say alike. */
function serverMetadata(origin: string) {
  const server = authServer(origin);
  return {
    issuer: server.issuer,
    jwks_uri: server.jwks,
    authorization_endpoint: server.authorize,
    token_endpoint: server.token,
    token_endpoint_auth_methods_supported: ['none', 'private_key_jwt'],
    token_endpoint_auth_signing_alg_values_supported: ASSERTION_ALGORITHMS,
    scopes_supported: SCOPES_SUPPORTED,
    response_types_supported: ['code'],
  };
}

export function smartConfiguration(origin: string, installation: Installation) {
  return {
    ...serverMetadata(origin),
    grant_types_supported: ['authorization_code'],
    capabilities: [
      'launch-ehr',
      'context-ehr-patient',
      'context-ehr-encounter',
      'client-public',
      'client-confidential-asymmetric',
      'sso-openid-connect',
      'permission-v2',
      'permission-patient',
    ],
    // The broken installation offers only "plain": an app must refuse it.
    code_challenge_methods_supported:
      installation.discovery === 'without-s256' ? ['plain'] : ['S256'],
  };
}

export function capabilityStatement(origin: string, base: string) {
  const server = authServer(origin);
  const search = (...names: string[]) => names.map((name) => ({ name, type: 'token' }));
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: '2026-01-01',
    kind: 'instance',
    software: { name: 'Journalsystemet (simulator)' },
    implementation: { description: 'Journalsystemets FHIR-server för utveckling', url: base },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json'],
    rest: [
      {
        mode: 'server',
        security: {
          cors: true,
          service: [
            {
              coding: [
                {
                  system: 'http://terminology.hl7.org/CodeSystem/restful-security-service',
                  code: 'SMART-on-FHIR',
                },
              ],
            },
          ],
          extension: [
            {
              url: 'http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris',
              extension: [
                { url: 'authorize', valueUri: server.authorize },
                { url: 'token', valueUri: server.token },
              ],
            },
          ],
        },
        resource: [
          {
            type: 'Patient',
            interaction: [{ code: 'read' }, { code: 'search-type' }],
            searchParam: search('identifier', '_id'),
          },
          {
            type: 'Condition',
            interaction: [{ code: 'search-type' }],
            searchParam: [
              { name: 'patient', type: 'reference' },
              { name: 'subject', type: 'reference' },
              ...search('clinical-status'),
            ],
          },
          {
            type: 'Encounter',
            interaction: [{ code: 'read' }, { code: 'search-type' }],
            searchParam: [
              { name: 'patient', type: 'reference' },
              { name: 'subject', type: 'reference' },
            ],
          },
          {
            type: 'AuditEvent',
            interaction: [{ code: 'search-type' }],
            searchParam: [{ name: 'patient', type: 'reference' }],
          },
          { type: 'Practitioner', interaction: [{ code: 'read' }] },
        ],
      },
    ],
  };
}

export function openidConfiguration(origin: string) {
  return {
    ...serverMetadata(origin),
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    code_challenge_methods_supported: ['S256'],
    claims_supported: [
      'sub',
      'iss',
      'aud',
      'exp',
      'iat',
      'nonce',
      'fhirUser',
      'employeeHsaId',
      'name',
    ],
  };
}
