/**
 * The one HTTP client. It adds the access token and the commission it is given, turns every
 * failure into an ApiError with a Swedish message a person can act on, and reports 401 to
 * the auth feature (which the app wires in with configureHttpClient).
 */

export type HttpClientAuth = {
  getAccessToken: () => Promise<string | null>;
  onUnauthorized: () => void;
};

/** Any zod schema (classic or mini): the client only needs to validate what came back. */
export type ResponseSchema<T> = {
  safeParse: (data: unknown) => { success: true; data: T } | { success: false };
};

let auth: HttpClientAuth | null = null;

export function configureHttpClient(config: HttpClientAuth | null): void {
  auth = config;
}

/**
 * Who wrote an error's message. 'server': the answer's error body named the error (a code) and
 * said it in words (a message), the service's own words for it. 'client': this client's Swedish
 * fallback, for an answer without both (a proxy's page, a bare status, a network failure) or
 * one it could not read.
 */
export type MessageFrom = 'server' | 'client';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageFrom: MessageFrom;

  constructor(status: number, code: string, message: string, messageFrom: MessageFrom = 'client') {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.messageFrom = messageFrom;
  }
}

const DEFAULT_MESSAGES: Record<number, string> = {
  0: 'Tjänsten gick inte att nå. Kontrollera din uppkoppling och försök igen.',
  401: 'Din inloggning har gått ut. Logga in igen.',
  403: 'Du har inte behörighet till det här med ditt valda medarbetaruppdrag.',
  404: 'Det du söker finns inte.',
};

function defaultMessage(status: number): string {
  return (
    DEFAULT_MESSAGES[status] ??
    (status >= 500
      ? 'Tjänsten har tekniska problem just nu. Försök igen om en stund.'
      : 'Något gick fel i anropet till tjänsten.')
  );
}

/** Backends report errors in their own shapes; pick the code and message whatever it is. */
function readErrorBody(body: unknown): { code?: string; message?: string } {
  if (typeof body !== 'object' || body === null) return {};
  const record = body as Record<string, unknown>;
  const nested = record.error;
  if (typeof nested === 'object' && nested !== null) return readErrorBody(nested);
  const text = (key: string) =>
    typeof record[key] === 'string' ? (record[key] as string) : undefined;
  return {
    code: text('code') ?? (typeof nested === 'string' ? nested : undefined),
    message: text('message') ?? text('detail') ?? text('title'),
  };
}

type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** The commission the request acts under. Passed explicitly so it is part of the query key. */
  commissionHsaId?: string | null;
};

export async function apiRequest<T>(
  path: string,
  schema: ResponseSchema<T>,
  { method = 'GET', body, signal, commissionHsaId }: RequestOptions = {},
): Promise<T> {
  const headers = new Headers({ Accept: 'application/json' });
  const token = await auth?.getAccessToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  if (commissionHsaId) headers.set('X-Commission-HsaId', commissionHsaId);
  if (body !== undefined) headers.set('Content-Type', 'application/json');

  let response: Response;
  try {
    response = await fetch(new URL(path, window.location.origin), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      referrerPolicy: 'no-referrer',
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network_error', defaultMessage(0));
  }

  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    if (response.status === 401) auth?.onUnauthorized();
    const { code, message } = readErrorBody(payload);
    throw new ApiError(
      response.status,
      code ?? `http_${response.status}`,
      message ?? defaultMessage(response.status),
      code !== undefined && message !== undefined ? 'server' : 'client',
    );
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiError(
      response.status,
      'invalid_response',
      'Tjänsten svarade med data som inte gick att läsa.',
    );
  }
  return parsed.data;
}

/**
 * A public JSON document from another origin (a journal system's SMART configuration): no
 * token, no cookies, no referrer, so nothing of the workspace or the page reaches that server.
 * Rejects with an Error in Swedish that says what went wrong.
 */
export async function getPublicJson(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: 'application/json' },
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network_error', defaultMessage(0));
  }
  if (!response.ok) {
    throw new ApiError(response.status, `http_${response.status}`, `svaret var ${response.status}`);
  }
  return response.json().catch(() => {
    throw new ApiError(response.status, 'invalid_response', 'svaret var inte JSON');
  });
}
