/**
 * What a journal system does to open the workspace with a patient, the recommended way: get a
 * system token (OAuth 2.0 client credentials), register the context, open the returned
 * `launchUrl`. The mock journal system (mocks/journal) calls it from its server, the
 * development page /dev/journal from the browser; docs/integration.md shows the same calls as
 * HTTP. This is the journal system's code, not the workspace's – it talks HTTP directly, as any
 * vendor's system would.
 */
import type { JournalSystem } from './systems';

export type LaunchRequest = {
  patient: string;
  careUnit?: string;
  user?: string;
  to?: string;
  icd10?: string[];
};

export type RegisteredLaunch = { handle: string; expiresAt: string; launchUrl: string };

async function failure(response: Response, what: string): Promise<Error> {
  const body = (await response.json().catch(() => null)) as {
    error?: { message?: string } | string;
    error_description?: string;
  } | null;
  const detail =
    typeof body?.error === 'object' ? body.error.message : (body?.error_description ?? body?.error);
  return new Error(`${what} (${response.status})${detail ? `: ${detail}` : ''}`);
}

export async function registerLaunch(
  system: JournalSystem,
  launch: LaunchRequest,
  origin: string = window.location.origin,
  /** Sent with both calls, e.g. the mock-API service's X-Mock-Namespace. */
  headers: Record<string, string> = {},
): Promise<RegisteredLaunch> {
  const tokenResponse = await fetch(`${origin}/api/launch-context/v1/token`, {
    method: 'POST',
    headers: {
      ...headers,
      Authorization: `Basic ${btoa(`${encodeURIComponent(system.clientId)}:${encodeURIComponent(system.clientSecret)}`)}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  if (!tokenResponse.ok) throw await failure(tokenResponse, 'Systemtoken kunde inte hämtas');
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };

  const response = await fetch(`${origin}/api/launch-context/v1/launches`, {
    method: 'POST',
    headers: { ...headers, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(launch),
  });
  if (!response.ok) throw await failure(response, 'Patienten kunde inte registreras');
  return (await response.json()) as RegisteredLaunch;
}
