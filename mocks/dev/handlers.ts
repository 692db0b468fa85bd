/**
 * The mock-API service's development endpoints, used by the dev tools pages and the tests:
 * the caller's development switches (they apply to the caller's dev session only), a reset of
 * the caller's namespace to its seed, and "deliver the next inbound message now". A real
 * deployment has none of this; it exists because every backend here is a stand-in.
 */
import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { errorResponse } from '../lib/api-errors';
import { devSwitches, devSwitchesSchema, updateDevSwitches } from '../lib/dev-switches';
import { advanceClock } from '../lib/clock';
import { resetNamespace } from '../lib/store';
import { deliverNextInbound } from '../sdk-message-service/handlers';

export const DEV_API_BASE = '/api/dev/v1';
const BASE = `*${DEV_API_BASE}`;
const NO_STORE = { 'Cache-Control': 'no-store' };

export const devHandlers = [
  // Which process answers: the restart test kills it by this pid.
  http.get(`${BASE}/service`, () => HttpResponse.json({ pid: process.pid }, { headers: NO_STORE })),

  http.get(`${BASE}/switches`, () => HttpResponse.json(devSwitches(), { headers: NO_STORE })),

  http.patch(`${BASE}/switches`, async ({ request }) => {
    const patch = devSwitchesSchema
      .partial()
      .strict()
      .safeParse(await request.json().catch(() => null));
    if (!patch.success) {
      return errorResponse(400, 'invalid_switches', z.prettifyError(patch.error));
    }
    return HttpResponse.json(updateDevSwitches(patch.data), { headers: NO_STORE });
  }),

  http.post(`${BASE}/reset`, () => {
    resetNamespace();
    return new HttpResponse(null, { status: 204 });
  }),

  // The namespace's time moves on: what was due later (new cases) is due now. For everyone in
  // the namespace – in a test, that test's people.
  http.post(`${BASE}/clock`, async ({ request }) => {
    const body = z
      .object({
        advanceMs: z
          .number()
          .int()
          .min(1)
          .max(7 * 24 * 3_600_000),
      })
      .safeParse(await request.json().catch(() => null));
    if (!body.success) return errorResponse(400, 'invalid_clock', z.prettifyError(body.error));
    advanceClock(body.data.advanceMs);
    return new HttpResponse(null, { status: 204 });
  }),

  http.post(`${BASE}/messages/deliver-next`, () => {
    const message = deliverNextInbound();
    return HttpResponse.json(
      { delivered: message ? { label: message.label } : null },
      { headers: NO_STORE },
    );
  }),
];
