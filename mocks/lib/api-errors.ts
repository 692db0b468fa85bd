import { HttpResponse } from 'msw';

/** The one error body of every mock backend: a stable code for code, a Swedish message for people. */
export type ApiErrorBody = { error: { code: string; message: string } };

export function errorResponse(
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
): HttpResponse<ApiErrorBody> {
  return HttpResponse.json<ApiErrorBody>(
    { error: { code, message } },
    // Errors depend on who asks: never let a cache keep them.
    { status, headers: { 'Cache-Control': 'no-store', ...headers } },
  );
}
