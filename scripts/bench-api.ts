/**
 * npm run bench:api – the shared mock-API service under load, a benchmark, not a test. Starts the
 * real service (mocks/server) as its own process on loopback and drives it with autocannon, 50
 * concurrent connections for 10 s per scenario: the inbox's first page of each source for
 * Vårdcentralen Norrbacka at the 5,000-case volume, and a secure message sent (each stored and
 * fsynced before its 201). Beside each, the same handlers called in this process without HTTP
 * (MSW's getResponse, one request at a time), so the cost of the service itself shows.
 */
import { getResponse } from 'msw';
import { findStaff, type StaffMember } from '../mocks/idp/staff';
import { handlers } from '../mocks/handlers';
import { setInboxVolume } from '../mocks/lib/dev-switches';
import { signAccessToken } from '../mocks/lib/test-tokens';
import { COMMISSION_HEADER } from '../mocks/lib/verify-token';
import { DEV_SESSION_HEADER, NAMESPACE_HEADER } from '../mocks/lib/request-context';
import { startMockApiService } from '../mocks/server/service-harness';
import { percentile, runLoad, type LoadFigures } from './load';

const CONNECTIONS = 50;
const DURATION_S = 10;
const IN_PROCESS_REQUESTS = 200;
const NORRBACKA = 'SE2321000016-1A2B';

type Scenario = {
  name: string;
  person: string;
  commission: string;
  method: 'GET' | 'POST';
  path: string;
  contentType?: string;
  /** A new body for each request (a message has an id of its own). */
  body?: () => string;
};

const messageBody = () =>
  JSON.stringify({
    data: {
      type: 'messages',
      id: crypto.randomUUID(),
      attributes: {
        conversationId: crypto.randomUUID(),
        refToMessageId: null,
        label: 'Inför SIP-mötet',
        confidentiality: 'confidential',
        documents: { body: 'Välkommen till SIP-möte på torsdag kl. 10.', attachments: [] },
      },
      relationships: { recipient: { data: { type: 'mailboxes', id: 'fm-hemsjukvarden-asby' } } },
    },
  });

const SCENARIOS: Scenario[] = [
  {
    name: 'Inkorg: 1177 Personalverktyg, första sidan (250 av 3 500)',
    person: 'sjukskoterska',
    commission: 'SE2321000016-C9001',
    method: 'GET',
    path: `/api/personalverktyg/v2/arenden?enhet=${NORRBACKA}&antal=250`,
  },
  {
    name: 'Inkorg: Stöd och behandling, första sidan (200 av 500)',
    person: 'lakare',
    commission: 'SE2321000016-C1001',
    method: 'GET',
    path: `/api/stod-och-behandling/v1/units/${NORRBACKA}/messages?offset=0&limit=200`,
  },
  {
    name: 'Inkorg: Formulärhantering, första sidan (250 av 600)',
    person: 'lakare',
    commission: 'SE2321000016-C1001',
    method: 'GET',
    path: `/api/formularhantering/v1/submissions?careUnitId=${NORRBACKA}&pageSize=250`,
  },
  {
    name: 'Inkorg: Webcert, första sidan (100 av 400)',
    person: 'lakare',
    commission: 'SE2321000016-C1001',
    method: 'GET',
    path: `/api/webcert/v1/fragor?enhetsId=${NORRBACKA}&sida=1&antalPerSida=100`,
  },
  {
    name: 'Skicka säkert meddelande',
    person: 'skolskoterska',
    commission: 'SE2120000142-C4001',
    method: 'POST',
    path: '/api/sdk/message-service/v1/mailboxes/fm-elevhalsan-asby/messages',
    contentType: 'application/vnd.api+json',
    body: messageBody,
  },
];

const person = (id: string): StaffMember => findStaff(id)!;

async function overHttp(origin: string, issuer: string, scenario: Scenario): Promise<LoadFigures> {
  const token = await signAccessToken(person(scenario.person), { iss: issuer });
  const headers: Record<string, string> = {
    Authorization: `Bearer ${token}`,
    [COMMISSION_HEADER]: scenario.commission,
    [NAMESPACE_HEADER]: 'bench',
    [DEV_SESSION_HEADER]: 'bench',
  };
  if (scenario.contentType) headers['Content-Type'] = scenario.contentType;
  return runLoad({
    url: `${origin}${scenario.path}`,
    method: scenario.method,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers,
    requests: [
      {
        setupRequest: (request) =>
          scenario.body ? { ...request, body: scenario.body() } : request,
      },
    ],
  });
}

async function inProcess(scenario: Scenario): Promise<{ p50: number; p95: number; p99: number }> {
  const token = await signAccessToken(person(scenario.person));
  const durations: number[] = [];
  for (let i = 0; i < IN_PROCESS_REQUESTS; i += 1) {
    const headers = new Headers({
      Authorization: `Bearer ${token}`,
      [COMMISSION_HEADER]: scenario.commission,
    });
    if (scenario.contentType) headers.set('Content-Type', scenario.contentType);
    const request = new Request(`http://localhost${scenario.path}`, {
      method: scenario.method,
      headers,
      body: scenario.body?.(),
    });
    const started = performance.now();
    const response = await getResponse(handlers, request);
    await response?.arrayBuffer();
    durations.push(performance.now() - started);
    if (!response || response.status >= 300)
      throw new Error(`${scenario.name}: ${response?.status}`);
  }
  durations.sort((a, b) => a - b);
  return {
    p50: percentile(durations, 0.5),
    p95: percentile(durations, 0.95),
    p99: percentile(durations, 0.99),
  };
}

const service = await startMockApiService();
try {
  const volume = await fetch(`${service.origin}/api/dev/v1/switches`, {
    method: 'PATCH',
    headers: {
      'Content-Type': 'application/json',
      [NAMESPACE_HEADER]: 'bench',
      [DEV_SESSION_HEADER]: 'bench',
    },
    body: JSON.stringify({ volume: 'large' }),
  });
  if (!volume.ok) throw new Error(`Volymbrytaren: ${volume.status}`);
  setInboxVolume('large');

  const rows = [];
  for (const scenario of SCENARIOS) {
    const http = await overHttp(service.origin, service.issuer, scenario);
    const { result } = http;
    const failures = result.non2xx + result.errors + result.timeouts;
    const local = await inProcess(scenario);
    rows.push({
      Scenario: scenario.name,
      'HTTP req/s': Math.round(result.requests.average),
      'HTTP p50 (ms)': http.p50.toFixed(1),
      'HTTP p95 (ms)': http.p95.toFixed(1),
      'HTTP p99 (ms)': http.p99.toFixed(1),
      Fel: failures,
      'KB/svar': (result.throughput.total / Math.max(1, result.requests.total) / 1024).toFixed(1),
      'I processen p50 (ms)': local.p50.toFixed(2),
      'I processen p95 (ms)': local.p95.toFixed(2),
      'I processen p99 (ms)': local.p99.toFixed(2),
    });
  }
  console.info(
    `\nMock-API-tjänsten under last: ${CONNECTIONS} samtidiga anslutningar, ${DURATION_S} s per scenario, loopback, 2 kärnor. "I processen": samma hanterare utan HTTP, ${IN_PROCESS_REQUESTS} anrop i följd.`,
  );
  // eslint-disable-next-line no-console -- a benchmark prints its table
  console.table(rows);
} finally {
  await service.close();
}
