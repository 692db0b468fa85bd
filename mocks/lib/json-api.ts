/**
 * The JSON:API envelope both SDK backends speak (`application/vnd.api+json`): resources as
 * `{ type, id, attributes, relationships }` in `data`, errors in `errors`.
 *
 * Errors also carry the project's common `{ error: { code, message } }` body, which is what the
 * app's one HTTP client reads (mocks/lib/api-errors.ts); a JSON:API client reads `errors`.
 */
import { HttpResponse } from 'msw';

export const JSON_API = 'application/vnd.api+json';

const HEADERS = { 'Content-Type': JSON_API, 'Cache-Control': 'no-store' };

export type Resource<A> = {
  type: string;
  id: string;
  attributes: A;
  relationships?: Record<string, { data: { type: string; id: string } | null }>;
};

export function jsonApi(body: Record<string, unknown>, status = 200): Response {
  return new HttpResponse(JSON.stringify({ jsonapi: { version: '1.1' }, ...body }), {
    status,
    headers: HEADERS,
  });
}

export function jsonApiError(
  status: number,
  code: string,
  detail: string,
  pointer?: string,
): Response {
  return new HttpResponse(
    JSON.stringify({
      jsonapi: { version: '1.1' },
      errors: [
        { status: String(status), code, detail, ...(pointer ? { source: { pointer } } : {}) },
      ],
      error: { code, message: detail },
    }),
    { status, headers: HEADERS },
  );
}

/** JSON:API servers refuse a media type with parameters; plain JSON is accepted too. */
export function acceptableContentType(request: Request): boolean {
  const type = request.headers.get('Content-Type') ?? '';
  return type === JSON_API || type.startsWith('application/json');
}
