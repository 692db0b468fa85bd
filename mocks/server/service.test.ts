/**
 * The mock-API service as a separate process over real HTTP: a request per backend, every
 * backend's answers to bad input in its own error format, namespaces and dev sessions that keep
 * people apart, and state that survives SIGKILL.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { server as inProcessMocks } from '../node';
import { findStaff, type StaffMember } from '../idp/staff';
import { generateKeyPair } from 'jose';
import { signAccessToken } from '../lib/test-tokens';
import { COMMISSION_HEADER } from '../lib/verify-token';
import { DEV_SESSION_HEADER, NAMESPACE_HEADER } from '../lib/request-context';
import { startMockApiService, type RunningService } from './service-harness';
import { MAX_BODY_BYTES } from './app';
import { backends } from '../handlers';

let service: RunningService;

beforeAll(async () => {
  // This file talks to the real service: no in-process MSW in between.
  inProcessMocks.close();
  service = await startMockApiService();
}, 30_000);
afterAll(() => service.close());

const NORRBACKA = 'SE2321000016-1A2B';
const person = (id: string): StaffMember => findStaff(id)!;
const COMMISSION = {
  lakare: 'SE2321000016-C1001',
  sjukskoterska: 'SE2321000016-C9001',
  skolskoterska: 'SE2120000142-C4001',
  hemsjukskoterska: 'SE2120000142-C1101',
} as const;

type Call = {
  method?: string;
  path: string;
  as?: keyof typeof COMMISSION;
  body?: unknown;
  headers?: Record<string, string>;
  namespace?: string;
};

async function call({ method = 'GET', path, as, body, headers = {}, namespace }: Call) {
  const all: Record<string, string> = { ...headers };
  if (as) {
    all.Authorization = `Bearer ${await signAccessToken(person(as), { iss: service.issuer })}`;
    all[COMMISSION_HEADER] = COMMISSION[as];
  }
  if (namespace) all[NAMESPACE_HEADER] = namespace;
  if (body !== undefined) all['Content-Type'] ??= 'application/json';
  const response = await fetch(`${service.origin}${path}`, {
    method,
    headers: all,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: the assertions say so
  }
  return { status: response.status, headers: response.headers, json, text };
}

/** One request per backend, as the app or a journal system makes it: each answers 2xx. */
const GOOD_REQUESTS: (Call & { backend: string })[] = [
  { backend: 'Kunskapsstöd', path: '/api/knowledge/v1/sources' },
  { backend: 'Tjänstekatalog', path: '/api/service-catalog/v1/services', as: 'lakare' },
  {
    backend: 'Personuppslag',
    method: 'POST',
    path: '/api/patient-lookup/v1/lookup',
    as: 'lakare',
    body: { identityNumber: '191212121212' },
  },
  {
    backend: 'Startkontext',
    method: 'POST',
    path: '/api/launch-context/v1/token',
    body: 'grant_type=client_credentials&client_id=journalsimulator&client_secret=endast-for-utveckling-inte-hemligt',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  },
  {
    backend: 'Åtkomstlogg',
    method: 'POST',
    path: '/api/access-log/v1/events/search',
    as: 'lakare',
    body: {},
    headers: {},
  },
  {
    backend: '1177 Personalverktyg',
    path: `/api/personalverktyg/v2/arenden?enhet=${NORRBACKA}`,
    as: 'sjukskoterska',
  },
  {
    backend: '1177 Stöd och behandling',
    path: `/api/stod-och-behandling/v1/units/${NORRBACKA}/messages`,
    as: 'lakare',
  },
  {
    backend: '1177 Formulärhantering',
    path: `/api/formularhantering/v1/submissions?careUnitId=${NORRBACKA}`,
    as: 'lakare',
  },
  { backend: 'Webcert', path: `/api/webcert/v1/fragor?enhetsId=${NORRBACKA}`, as: 'lakare' },
  {
    backend: 'SDK adressbok',
    path: '/api/sdk/address-book/v1/organisations?filter[search]=Hemsjukv',
    as: 'skolskoterska',
  },
  {
    backend: 'SDK meddelandetjänst',
    path: '/api/sdk/message-service/v1/mailboxes',
    as: 'skolskoterska',
  },
  { backend: 'Utvecklarverktyg', path: '/api/dev/v1/switches' },
];

describe('a request per backend over HTTP', () => {
  it.each(GOOD_REQUESTS)('$backend answers', async (request) => {
    const { status, text } = await call(request);
    // The log search needs the reviewer's role: a 403 in the log's format is its right answer.
    if (request.backend === 'Åtkomstlogg') expect(status, text).toBe(403);
    else expect(status, text).toBeLessThan(300);
  });
});

/** The error body's message, whichever format the backend speaks. */
function messageOf(json: unknown): string {
  const body = json as Record<string, unknown>;
  const nested = body.error as Record<string, unknown> | undefined;
  return String(
    nested?.message ??
      body.detail ??
      body.message ??
      body.error_description ??
      (body.errors as { detail?: string; message?: string }[] | undefined)?.[0]?.detail ??
      (body.errors as { message?: string }[] | undefined)?.[0]?.message ??
      '',
  );
}

describe('bad input gets the backend’s own error format, and the service keeps serving', () => {
  it.each(backends)('$name: unknown address, wrong type, too large', async (backend) => {
    const base = backend.basePath;
    // The backend's own error format: what its own error function writes.
    const format = backend.error(400, 'x', 'x').headers.get('Content-Type')!;
    const unknown = await call({ path: `${base}/finns-inte` });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('Content-Type')).toBe(format);
    expect(messageOf(unknown.json)).toBe(`Adressen finns inte i ${backend.name}.`);

    const wrongType = await call({
      method: 'POST',
      path: `${base}/x`,
      body: 'hej',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(wrongType.status).toBe(415);
    expect(wrongType.headers.get('Content-Type')).toBe(format);

    const tooLarge = await call({
      method: 'POST',
      path: `${base}/x`,
      body: 'x'.repeat(MAX_BODY_BYTES + 1),
    });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers.get('Content-Type')).toBe(format);
    expect(messageOf(tooLarge.json)).toBe('Begäran är för stor för tjänsten.');
  });

  it('refuses a missing, expired or foreign token with 401 and a challenge, in each format', async () => {
    const path = `/api/stod-och-behandling/v1/units/${NORRBACKA}/messages`;
    const missing = await call({ path });
    expect(missing.status).toBe(401);
    expect(missing.headers.get('WWW-Authenticate')).toBe('Bearer realm="vardpersonal"');
    expect(missing.headers.get('Content-Type')).toMatch(/problem\+json/);

    const expired = await signAccessToken(person('lakare'), {
      iss: service.issuer,
      iat: Math.floor(Date.now() / 1000) - 3600,
      exp: Math.floor(Date.now() / 1000) - 600,
    });
    const foreignKey = await generateKeyPair('RS256');
    const foreign = await signAccessToken(person('lakare'), {
      iss: service.issuer,
      signWith: { privateKey: foreignKey.privateKey, kid: 'vitest-signing-key' },
    });
    const otherIssuer = await signAccessToken(person('lakare'), { iss: 'https://evil.example' });
    for (const token of [expired, foreign, otherIssuer]) {
      const refused = await call({ path, headers: { Authorization: `Bearer ${token}` } });
      expect(refused.status).toBe(401);
      expect(refused.headers.get('WWW-Authenticate')).toContain('error="invalid_token"');
    }
  });

  it('answers malformed JSON with 400 in the backend’s format', async () => {
    const sdk = await call({
      method: 'POST',
      path: '/api/sdk/message-service/v1/mailboxes/fm-elevhalsan-asby/messages',
      as: 'skolskoterska',
      body: '{"data": ',
      headers: { 'Content-Type': 'application/vnd.api+json' },
    });
    expect(sdk.status).toBe(400);
    expect(sdk.headers.get('Content-Type')).toMatch(/vnd\.api\+json/);

    const log = await call({
      method: 'POST',
      path: '/api/access-log/v1/events',
      as: 'lakare',
      body: '{not json',
    });
    expect(log.status).toBe(400);
    expect((log.json as { error: { code: string } }).error.code).toBe('invalid_request');
  });

  it('still serves after all of that', async () => {
    const { status } = await call({ path: '/api/knowledge/v1/sources' });
    expect(status).toBe(200);
  });
});

describe('namespaces and dev sessions keep people apart', () => {
  const listPath = `/api/webcert/v1/fragor?enhetsId=${NORRBACKA}`;

  it('a fault set in one dev session reaches no other request', async () => {
    const set = await call({
      method: 'PATCH',
      path: '/api/dev/v1/switches',
      body: { faults: { webcert: 'error' } },
      headers: { [DEV_SESSION_HEADER]: 'session-a' },
    });
    expect(set.status).toBe(200);

    const faulty = await call({
      path: listPath,
      as: 'lakare',
      headers: { [DEV_SESSION_HEADER]: 'session-a' },
    });
    expect(faulty.status).toBe(503);
    const other = await call({
      path: listPath,
      as: 'lakare',
      headers: { [DEV_SESSION_HEADER]: 'session-b' },
    });
    expect(other.status).toBe(200);
    const nobody = await call({ path: listPath, as: 'lakare' });
    expect(nobody.status).toBe(200);
  });

  it('the dev tools’ first switch starts a dev session of the browser’s own (a cookie)', async () => {
    const set = await call({
      method: 'PATCH',
      path: '/api/dev/v1/switches',
      body: { volume: 'large' },
    });
    expect(set.status).toBe(200);
    expect(set.headers.get('Set-Cookie')).toMatch(
      /^mock-dev-session=[0-9a-f-]{36}; Path=\/; HttpOnly; SameSite=Lax$/,
    );
  });

  it('refuses switches it does not know, and a namespace name it cannot use', async () => {
    const unknownSwitch = await call({
      method: 'PATCH',
      path: '/api/dev/v1/switches',
      body: { faults: { webcert: 'fire' } },
      headers: { [DEV_SESSION_HEADER]: 'session-a' },
    });
    expect(unknownSwitch.status).toBe(400);
    const badNamespace = await call({ path: listPath, namespace: '../etc' });
    expect(badNamespace.status).toBe(400);
  });
});

const sendMessage = (namespace: string, messageId: string) =>
  call({
    method: 'POST',
    path: '/api/sdk/message-service/v1/mailboxes/fm-elevhalsan-asby/messages',
    as: 'skolskoterska',
    namespace,
    headers: { 'Content-Type': 'application/vnd.api+json' },
    body: {
      data: {
        type: 'messages',
        id: messageId,
        attributes: {
          conversationId: crypto.randomUUID(),
          refToMessageId: null,
          label: 'Inför SIP-mötet',
          confidentiality: 'confidential',
          documents: { body: 'Vi ses på torsdag.', attachments: [] },
        },
        relationships: {
          recipient: { data: { type: 'mailboxes', id: 'fm-hemsjukvarden-asby' } },
        },
      },
    },
  });

const sentIds = async (namespace: string) => {
  const { json } = await call({
    path: '/api/sdk/message-service/v1/mailboxes/fm-elevhalsan-asby/conversations',
    as: 'skolskoterska',
    namespace,
  });
  return JSON.stringify(json);
};

describe('the state is shared, kept apart per namespace, and survives a kill', () => {
  it('a message in one namespace is not in another', async () => {
    const messageId = crypto.randomUUID();
    const sent = await sendMessage('ns-one', messageId);
    expect(sent.status, sent.text).toBe(201);
    const conversationId = (sent.json as { data: { attributes: { conversationId: string } } }).data
      .attributes.conversationId;
    expect(await sentIds('ns-one')).toContain(conversationId);
    expect(await sentIds('ns-two')).not.toContain(conversationId);
  });

  it('a message acknowledged just before SIGKILL is there after the restart', async () => {
    const messageId = crypto.randomUUID();
    const sent = await sendMessage('ns-kill', messageId);
    expect(sent.status).toBe(201);
    await service.kill('SIGKILL');
    await service.restart();

    const conversationId = (sent.json as { data: { attributes: { conversationId: string } } }).data
      .attributes.conversationId;
    const afterRestart = await sentIds('ns-kill');
    expect(afterRestart).toContain(conversationId);
    // Sent again (the client retries an answer it never got): stored once.
    const again = await sendMessage('ns-kill', messageId);
    expect(again.status).toBe(200);
  }, 30_000);

  it('a reset brings the namespace back to its seed, on disk too', async () => {
    const sent = await sendMessage('ns-reset', crypto.randomUUID());
    const conversationId = (sent.json as { data: { attributes: { conversationId: string } } }).data
      .attributes.conversationId;
    const reset = await call({ method: 'POST', path: '/api/dev/v1/reset', namespace: 'ns-reset' });
    expect(reset.status).toBe(204);
    expect(await sentIds('ns-reset')).not.toContain(conversationId);
    await service.kill('SIGKILL');
    await service.restart();
    expect(await sentIds('ns-reset')).not.toContain(conversationId);
  }, 30_000);
});

describe('docs/integration.md', () => {
  it('its curl commands work exactly as written against the local stack', async () => {
    const doc = readFileSync('docs/integration.md', 'utf8');
    const script = /<!-- tested: curl -->\s*```sh\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(script, 'docs/integration.md har ett testat curl-exempel').toBeTruthy();
    const { execFileSync } = await import('node:child_process');
    const output = execFileSync('bash', ['-euo', 'pipefail', '-c', script!], {
      encoding: 'utf8',
      // The doc's addresses are the app's; the test's service stands where the proxy points.
      env: { ...process.env, WORKSPACE: service.origin },
    });
    const launch = JSON.parse(output.trim().split('\n').at(-1)!) as { launchUrl: string };
    expect(launch.launchUrl).toMatch(/^http:\/\/localhost:5173\/launch\?launch=[\w-]{43}$/);
  });
});
