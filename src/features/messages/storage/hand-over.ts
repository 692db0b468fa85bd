/**
 * What this browser keeps for a person goes to the service when it can: unsent drafts are
 * saved, then the outbox is sent. The messages screens run it after each login, when back online
 * and every little while; logout runs it once more before wiping.
 */
import type { DeviceKey } from './crypto';
import { flushOutbox, listOutbox, type FlushOutcome } from './outbox';
import { pushWaitingDrafts } from './sync';

export async function handOverWaiting(
  device: DeviceKey,
  employeeHsaId: string,
  { includeOpen = false } = {},
): Promise<{ savedDrafts: number; sent: FlushOutcome[] }> {
  const queued = await listOutbox(device, employeeHsaId);
  const skip = new Set(queued.map((i) => i.draftId));
  const savedDrafts = await pushWaitingDrafts(device, employeeHsaId, skip, { includeOpen });
  return { savedDrafts, sent: await flushOutbox(device, employeeHsaId) };
}
