/**
 * Development only: the mock-API service's switches (mocks/dev/handlers.ts) for this browser's
 * dev session. The service starts the session with a cookie on the first call, so a switch set
 * here never reaches another person's browser.
 */
import { z } from 'zod';
import { apiRequest } from '@/lib/http-client';

const DEV_API = '/api/dev/v1';

export const CASE_SOURCES = [
  { id: 'personalverktyg', name: '1177 Personalverktyg' },
  { id: 'stod-och-behandling', name: '1177 Stöd och behandling' },
  { id: 'formularhantering', name: '1177 Formulärhantering' },
  { id: 'webcert', name: 'Webcert' },
] as const;
export type CaseSourceId = (typeof CASE_SOURCES)[number]['id'];

export const SOURCE_FAULTS = [
  { value: '', label: 'Svarar som vanligt' },
  { value: 'error', label: 'Fel (503 i tjänstens eget format)' },
  { value: 'network', label: 'Nätverksfel (anslutningen bryts)' },
  { value: 'slow', label: 'Långsam (svarar efter 2,5 s)' },
  { value: 'timeout', label: 'Svarar aldrig' },
] as const;
export type SourceFault = Exclude<(typeof SOURCE_FAULTS)[number]['value'], ''>;

const countedFailure = z
  .object({ mode: z.enum(['reject', 'lose-response']), count: z.number().nullable() })
  .nullable();
const switchesSchema = z.object({
  faults: z.partialRecord(
    z.enum(['personalverktyg', 'stod-och-behandling', 'formularhantering', 'webcert']),
    z.enum(['error', 'network', 'slow', 'timeout']),
  ),
  volume: z.enum(['normal', 'large']),
  accessLogFailures: countedFailure,
  messageSendFailures: countedFailure,
});
export type DevSwitches = z.infer<typeof switchesSchema>;
export type DevSwitchesPatch = Partial<
  Omit<DevSwitches, 'faults'> & { faults: Partial<Record<CaseSourceId, SourceFault>> }
>;

export const readDevSwitches = () => apiRequest(`${DEV_API}/switches`, switchesSchema);

export const updateDevSwitches = (patch: DevSwitchesPatch) =>
  apiRequest(`${DEV_API}/switches`, switchesSchema, { method: 'PATCH', body: patch });

const deliveredSchema = z.object({ delivered: z.object({ label: z.string() }).nullable() });

/** The next inbound message that was to arrive later arrives now. */
export const deliverNextInbound = () =>
  apiRequest(`${DEV_API}/messages/deliver-next`, deliveredSchema, { method: 'POST' });

/** Every backend's data back to its seed, for everyone on this local stack. */
export const resetMockData = () =>
  apiRequest(
    `${DEV_API}/reset`,
    { safeParse: () => ({ success: true, data: null }) },
    {
      method: 'POST',
    },
  );
