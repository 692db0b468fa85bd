import type { z } from 'zod';
import { RequestTimeoutError, withTimeout } from '@/lib/with-timeout';
import { ApiError, apiRequest } from '@/lib/http-client';
import type { Case, CaseAction, CaseDetail, SourceId, StaffRef } from '../model';

/** Who is asking, for which commission. */
export type SourceContext = {
  commissionHsaId: string;
  careUnitHsaId: string;
  me: StaffRef;
  signal?: AbortSignal;
  /** Each request gives up after this long (the source then counts as timed out). */
  timeoutMs?: number;
};

export type ListProgress = { loaded: number; total: number | null };

/**
 * Where "Öppna i …" leads: a service in the service catalog (launched in a new tab with single
 * sign-on), or a page of this app (e.g. the secure messages client).
 */
export type OpenIn =
  | { kind: 'service'; serviceId: string }
  | { kind: 'app'; name: string; href: (caseId: string) => string };

/** The name staff see in "Öppna i …" and "Görs i …". */
export const openInName = (source: CaseSource): string =>
  source.openIn.kind === 'app' ? source.openIn.name : source.name;

/**
 * One case source: a national service with its own API. Adding a source is one of these plus
 * one line in registry.ts (docs/inbox-sources.md).
 */
export type CaseSource = {
  id: SourceId;
  /** The service's name as staff know it, e.g. "1177 Personalverktyg". */
  name: string;
  /** Where the case is handled beyond the inbox ("Öppna i …"). */
  openIn: OpenIn;
  /** Every case of the unit the caller may see, all pages. */
  listCases: (
    context: SourceContext,
    onProgress?: (progress: ListProgress) => void,
  ) => Promise<Case[]>;
  getCase: (context: SourceContext, id: string) => Promise<CaseDetail>;
  /** Performs an action the case's capabilities allow; resolves to the case as it is now. */
  perform: (context: SourceContext, target: Case, action: CaseAction) => Promise<CaseDetail>;
  /** Sources that take replies keep the reply draft server-side, per user. */
  drafts?: {
    get: (context: SourceContext, id: string) => Promise<string>;
    save: (context: SourceContext, id: string, text: string) => Promise<void>;
  };
  /** Colleagues at the unit a case can be assigned to. */
  listColleagues?: (context: SourceContext) => Promise<StaffRef[]>;
};

export type SourceErrorKind =
  | 'unavailable'
  | 'network'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'rejected'
  | 'invalid-response';

/** Any failure of a source, in words that name it. */
export class SourceError extends Error {
  constructor(
    readonly source: SourceId,
    readonly kind: SourceErrorKind,
    message: string,
    readonly status = 0,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}

/** The source refuses this commission: asking again will not change that. */
export const isForbidden = (error: unknown): boolean =>
  error instanceof SourceError && error.kind === 'forbidden';

export const DEFAULT_TIMEOUT_MS = 10_000;

function messageFor(
  kind: SourceErrorKind,
  sourceName: string,
  serverMessage: string | null,
): string {
  switch (kind) {
    case 'timeout':
      return `${sourceName} svarade inte i tid.`;
    case 'network':
      return `${sourceName} gick inte att nå.`;
    case 'unavailable':
      return `${sourceName} har tekniska problem just nu.`;
    case 'unauthorized':
      return 'Din inloggning har gått ut. Logga in igen.';
    case 'invalid-response':
      return `${sourceName} svarade med uppgifter som inte gick att läsa.`;
    case 'conflict':
      return serverMessage ?? `Någon annan hann ändra ärendet i ${sourceName} före dig.`;
    default:
      return serverMessage ?? `${sourceName} kunde inte utföra det.`;
  }
}

function kindOf(error: ApiError): SourceErrorKind {
  if (error.code === 'invalid_response') return 'invalid-response';
  if (error.status === 0) return 'network';
  if (error.status === 401) return 'unauthorized';
  if (error.status === 403) return 'forbidden';
  if (error.status === 404) return 'not-found';
  if (error.status === 409) return 'conflict';
  if (error.status >= 500) return 'unavailable';
  return 'rejected';
}

/** Turns whatever a request threw into a SourceError (an abort by the caller stays an abort). */
export function toSourceError(
  source: CaseSource | { id: SourceId; name: string },
  error: unknown,
): unknown {
  if (error instanceof SourceError) return error;
  if (error instanceof ApiError) {
    const kind = kindOf(error);
    // The source's own words when it named the error and said it; the client's fallback words
    // do not name the source, so the source's name goes into words of our own instead.
    const generic = error.messageFrom === 'client';
    return new SourceError(
      source.id,
      kind,
      messageFor(kind, source.name, generic ? null : error.message),
      error.status,
    );
  }
  return error;
}

/**
 * The one way adapters call their source: through the app's HTTP client, with the commission,
 * a per-request timeout, and errors turned into SourceErrors naming the source.
 */
export async function sourceRequest<T>(
  source: { id: SourceId; name: string },
  context: SourceContext,
  path: string,
  schema: z.ZodType<T>,
  options: { method?: 'GET' | 'POST' | 'PUT' | 'PATCH'; body?: unknown } = {},
): Promise<T> {
  try {
    return await withTimeout(context.timeoutMs ?? DEFAULT_TIMEOUT_MS, context.signal, (signal) =>
      apiRequest(path, schema, { ...options, commissionHsaId: context.commissionHsaId, signal }),
    );
  } catch (error) {
    if (error instanceof RequestTimeoutError)
      throw new SourceError(source.id, 'timeout', messageFor('timeout', source.name, null));
    throw toSourceError(source, error);
  }
}

/** Query string from the defined entries. */
export const query = (params: Record<string, string | number | null | undefined>): string =>
  new URLSearchParams(
    Object.entries(params)
      .filter(
        (entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined,
      )
      .map(([key, value]) => [key, String(value)]),
  ).toString();
