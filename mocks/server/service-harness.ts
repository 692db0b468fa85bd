/**
 * Runs the real mock-API service (mocks/server/main.ts) as a child process for its tests and its
 * benchmark: its own port, its own state folder, and the test signing key as its identity
 * provider (a small JWKS server), so tokens from mocks/lib/test-tokens.ts are accepted over HTTP.
 * It can be killed with any signal and started again on the same state.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getTestJwks } from '../lib/test-tokens';

export type RunningService = {
  origin: string;
  /** The issuer the service trusts: sign tokens with `{ iss: issuer }`. */
  issuer: string;
  stateDir: string;
  /** The service process's id (for its memory). */
  pid: () => number;
  /** Kills the process (SIGKILL by default) and waits until it is gone. */
  kill: (signal?: NodeJS.Signals) => Promise<void>;
  /** Starts it again on the same port and state. */
  restart: () => Promise<void>;
  /** Stops everything and removes the state. */
  close: () => Promise<void>;
};

async function serveJwks(): Promise<{ server: Server; issuer: string }> {
  const jwks = JSON.stringify(await getTestJwks());
  const server = createServer((request, response) => {
    response.writeHead(request.url === '/jwks' ? 200 : 404, {
      'Content-Type': 'application/json',
    });
    response.end(request.url === '/jwks' ? jwks : '{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, issuer: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function startProcess(
  entry: string,
  env: Record<string, string>,
): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/localhost:(\d+)\/api/.exec(output);
      if (match) {
        child.stdout!.off('data', onData);
        resolve({ child, port: Number(match[1]) });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`Mock-API-tjänsten avslutades (${code}) innan den svarade:\n${output}`)),
    );
  });
}

/**
 * `env`: more of the service's settings, e.g. `{ KNOWLEDGE_DIR }` for a corpus of its own;
 * `entry`: another service to run the same way (the search service, mocks/search/main.ts).
 */
export async function startMockApiService(
  env: Record<string, string> = {},
  entry = 'mocks/server/main.ts',
): Promise<RunningService> {
  const jwks = await serveJwks();
  const stateDir = mkdtempSync(join(tmpdir(), 'mock-api-'));
  let port = 0;
  let child: ChildProcess;
  const start = async () => {
    const started = await startProcess(entry, {
      ...env,
      MOCK_API_PORT: String(port),
      SEARCH_PORT: String(port),
      MOCK_STATE_DIR: stateDir,
      OIDC_ISSUER: jwks.issuer,
    });
    child = started.child;
    port = started.port;
  };
  await start();

  const kill = async (signal: NodeJS.Signals = 'SIGKILL') => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await gone;
  };
  return {
    origin: `http://127.0.0.1:${port}`,
    issuer: jwks.issuer,
    stateDir,
    pid: () => child.pid!,
    kill,
    restart: start,
    close: async () => {
      await kill('SIGTERM');
      await new Promise((resolve) => jwks.server.close(resolve));
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}
