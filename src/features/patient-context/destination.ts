/**
 * Where a launch may take the person: only the workspace's own destinations. The parser builds
 * the path itself from what it recognised, so nothing the journal system sent is ever used as
 * an address: no absolute URL, no "//host", no "javascript:", nothing unknown, and nothing that
 * looks like an identity number (the app's one rule, src/lib/identity-number-like.ts).
 */
import { paths } from '@/config/paths';
import { containsIdentityNumber } from '@/lib/identity-number-like';

export type Destination =
  | { kind: 'landing' }
  | { kind: 'inbox' }
  | { kind: 'search'; query: string }
  | { kind: 'article'; articleId: string }
  | { kind: 'service'; serviceId: string };

export type DestinationResult =
  { ok: true; destination: Destination } | { ok: false; message: string };

export const DESTINATION_MESSAGE =
  'Målet (to) är inte en sida i arbetsytan. Ange start, inkorg, sok, kunskap/<id> eller tjanst/<id>.';
const SEARCH_WITH_IDENTITY_NUMBER_MESSAGE =
  'Sökningen i målet (to) ser ut att innehålla ett personnummer. Personnummer får inte stå i en sökning.';
const IDENTITY_NUMBER_MESSAGE =
  'Målet (to) ser ut att innehålla ett personnummer. Personnummer får inte stå i en adress.';

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;
const MAX_LENGTH = 300;
const MAX_QUERY_LENGTH = 200;

const refuse = (message = DESTINATION_MESSAGE): DestinationResult => ({ ok: false, message });

/**
 * Parses `to`. Missing or empty means the landing page. Accepted, with or without a leading "/":
 * `start` or `tjanster` (landing page), `inkorg`, `sok` or `sok?q=<text>`, `kunskap/<id>`,
 * `tjanst/<id>` (a service from the catalog; whether it exists is the catalog's call).
 */
export function parseDestination(input: unknown): DestinationResult {
  if (input === undefined || input === null) return { ok: true, destination: { kind: 'landing' } };
  if (typeof input !== 'string' || input.length > MAX_LENGTH) return refuse();
  const value = input.trim();
  if (value === '' || value === '/') return { ok: true, destination: { kind: 'landing' } };
  // A single leading slash is allowed; "//host", backslashes and schemes never are.
  if (value.startsWith('//') || value.includes('\\') || value.includes(':')) return refuse();
  if (containsIdentityNumber(value)) {
    return refuse(
      /^\/?sok\?/.test(value) ? SEARCH_WITH_IDENTITY_NUMBER_MESSAGE : IDENTITY_NUMBER_MESSAGE,
    );
  }

  const [rawPath = '', rawQuery, ...more] = value.replace(/^\//, '').split('?');
  if (more.length > 0 || rawPath.includes('#')) return refuse();
  const segments = rawPath.split('/');
  const [first, second, ...rest] = segments;
  if (rest.length > 0) return refuse();

  if (second === undefined && rawQuery === undefined) {
    if (first === 'start' || first === 'tjanster') return ok({ kind: 'landing' });
    if (first === 'inkorg') return ok({ kind: 'inbox' });
  }
  if (first === 'sok' && second === undefined) {
    const query = new URLSearchParams(rawQuery ?? '').get('q')?.trim() ?? '';
    if (query.length > MAX_QUERY_LENGTH) return refuse();
    // Decoded as well: `%E2%80%93` is an en dash, `+` a space.
    if (containsIdentityNumber(query)) return refuse(SEARCH_WITH_IDENTITY_NUMBER_MESSAGE);
    return ok({ kind: 'search', query });
  }
  if (rawQuery !== undefined || second === undefined || !SLUG.test(second)) return refuse();
  if (first === 'kunskap') return ok({ kind: 'article', articleId: second });
  if (first === 'tjanst' || first === 'tjanster') return ok({ kind: 'service', serviceId: second });
  return refuse();
}

const ok = (destination: Destination): DestinationResult => ({ ok: true, destination });

/**
 * The path inside the app for a destination. A service has no page of its own: the launch
 * lands on "Mina tjänster", where the service is opened with the patient (a new window needs a
 * click).
 */
export function destinationPath(destination: Destination): string {
  switch (destination.kind) {
    case 'landing':
    case 'service':
      return paths.services.getHref();
    case 'inbox':
      return paths.inbox.getHref();
    case 'search':
      return paths.search.getHref({ q: destination.query });
    case 'article':
      return paths.article.getHref(destination.articleId);
  }
}
