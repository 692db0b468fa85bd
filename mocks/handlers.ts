import type { RequestHandler } from 'msw';
import { errorResponse } from './lib/api-errors';
import { knowledgeHandlers } from './knowledge/handlers';
import { serviceCatalogHandlers } from './service-catalog/handlers';
import { patientLookupHandlers } from './patient-lookup/handlers';
import { launchContextHandlers } from './launch-context/handlers';
import { accessLogHandlers } from './access-log/handlers';
import { personalverktygHandlers, pvError } from './personalverktyg/handlers';
import { sobProblem, stodOchBehandlingHandlers } from './stod-och-behandling/handlers';
import { formError, formularhanteringHandlers } from './formularhantering/handlers';
import { wcError, webcertHandlers } from './webcert/handlers';
import { sdkAddressBookHandlers } from './sdk-address-book/handlers';
import { jsonApiError, JSON_API } from './lib/json-api';
import { resetDeliveryDelay, sdkMessageServiceHandlers } from './sdk-message-service/handlers';
import { devHandlers } from './dev/handlers';
import { searchHandlers } from './search/handlers';
import { resetAllNamespaces } from './lib/store';

/** One backend we stand in for: where it lives, its handlers, and how it says what went wrong. */
export type Backend = {
  name: string;
  basePath: string;
  handlers: RequestHandler[];
  /** The backend's own error body; the service answers bad requests it refuses with it. */
  error: (status: number, code: string, message: string) => Response;
  /** The request bodies it takes (media types without parameters). */
  accepts: string[];
};

const JSON_BODY = ['application/json'];

/** Every backend we stand in for, one folder each. */
export const backends: Backend[] = [
  {
    name: 'Kunskapsstöd',
    basePath: '/api/knowledge/v1',
    handlers: knowledgeHandlers,
    error: errorResponse,
    accepts: JSON_BODY,
  },
  {
    name: 'Tjänstekatalog',
    basePath: '/api/service-catalog/v1',
    handlers: serviceCatalogHandlers,
    error: errorResponse,
    accepts: JSON_BODY,
  },
  {
    name: 'Personuppslag',
    basePath: '/api/patient-lookup/v1',
    handlers: patientLookupHandlers,
    error: errorResponse,
    accepts: JSON_BODY,
  },
  {
    name: 'Startkontext',
    basePath: '/api/launch-context/v1',
    handlers: launchContextHandlers,
    error: errorResponse,
    // The token endpoint is OAuth 2.0: form-encoded.
    accepts: [...JSON_BODY, 'application/x-www-form-urlencoded'],
  },
  {
    name: 'Åtkomstlogg',
    basePath: '/api/access-log/v1',
    handlers: accessLogHandlers,
    error: errorResponse,
    accepts: JSON_BODY,
  },
  {
    name: '1177 Personalverktyg',
    basePath: '/api/personalverktyg/v2',
    handlers: personalverktygHandlers,
    error: pvError,
    accepts: JSON_BODY,
  },
  {
    name: '1177 Stöd och behandling',
    basePath: '/api/stod-och-behandling/v1',
    handlers: stodOchBehandlingHandlers,
    error: sobProblem,
    accepts: JSON_BODY,
  },
  {
    name: '1177 Formulärhantering',
    basePath: '/api/formularhantering/v1',
    handlers: formularhanteringHandlers,
    error: formError,
    accepts: JSON_BODY,
  },
  {
    name: 'Webcert',
    basePath: '/api/webcert/v1',
    handlers: webcertHandlers,
    error: wcError,
    accepts: JSON_BODY,
  },
  {
    name: 'SDK adressbok',
    basePath: '/api/sdk/address-book/v1',
    handlers: sdkAddressBookHandlers,
    error: jsonApiError,
    accepts: [JSON_API, ...JSON_BODY],
  },
  {
    name: 'SDK meddelandetjänst',
    basePath: '/api/sdk/message-service/v1',
    handlers: sdkMessageServiceHandlers,
    error: jsonApiError,
    accepts: [JSON_API, ...JSON_BODY],
  },
  {
    name: 'Utvecklarverktyg',
    basePath: '/api/dev/v1',
    handlers: devHandlers,
    error: errorResponse,
    accepts: JSON_BODY,
  },
];

/**
 * Every handler, for Vitest's msw/node: the mock-API service's backends and the search API
 * (served over HTTP by a process of its own, mocks/search/main.ts).
 */
export const handlers = [...backends.flatMap((backend) => backend.handlers), ...searchHandlers];

/** Vitest: every mock database back to its seed state (between tests). */
export function resetMockDatabases(): void {
  resetAllNamespaces();
  resetDeliveryDelay();
}
