/**
 * Development only: the mock-API service's switches (mocks/dev/handlers.ts) for this browser's
 * dev session. The service starts the session with a cookie on the first call, so a switch set
 * here never reaches another person's browser.
 */
import { z } from 'zod';
import { apiRequest } from '@/lib/http-client';

const DEV_API = '/api/dev/v1';

const countedFailure = z.object({ mode: z.enum(['reject', 'lose-response']) }).nullable();
const switchesSchema = z.object({
  accessLogFailures: countedFailure,
  messageSendFailures: countedFailure,
});

export type CountedFailurePatch = {
  mode: 'reject' | 'lose-response';
  count: number | null;
} | null;

export type DevSwitchesPatch = {
  accessLogFailures?: CountedFailurePatch;
  messageSendFailures?: CountedFailurePatch;
};

export const readDevSwitches = () => apiRequest(`${DEV_API}/switches`, switchesSchema);

export const updateDevSwitches = (patch: DevSwitchesPatch) =>
  apiRequest(`${DEV_API}/switches`, switchesSchema, { method: 'PATCH', body: patch });

const deliveredSchema = z.object({ delivered: z.object({ label: z.string() }).nullable() });

/** The next inbound message that was to arrive later arrives now. */
export const deliverNextInbound = () =>
  apiRequest(`${DEV_API}/messages/deliver-next`, deliveredSchema, { method: 'POST' });
