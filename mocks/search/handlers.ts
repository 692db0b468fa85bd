/**
 * The search API through MSW, for Vitest and the build's tools; the search service
 * (mocks/search/main.ts) serves the same answers over HTTP. See mocks/search/search-api.ts.
 */
import { http, HttpResponse } from 'msw';
import { answerSearch, SEARCH_PATH } from './search-api';

export const searchHandlers = [
  http.get(`*${SEARCH_PATH}`, async ({ request }) => {
    const answer = await answerSearch(
      new URL(request.url).searchParams,
      request.headers.get('If-None-Match'),
    );
    return new HttpResponse(answer.body, { status: answer.status, headers: answer.headers });
  }),
];
