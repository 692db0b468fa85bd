import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEV } from '../dev-config';
import { findStaff, type StaffMember } from '../idp/staff';
import { allAccessEvents } from '../access-log/events';
import { authHeaders } from '../lib/test-tokens';
import {
  LAUNCH_MESSAGES,
  LAUNCH_RECORDER,
  type LaunchCreatedResponse,
  type RedemptionResponse,
} from './handlers';
import { JOURNAL_SYSTEMS } from './systems';

const BASE = `${DEV.appOrigin}/api/launch-context/v1`;
const staff = (id: string): StaffMember => findStaff(id)!;
const system = JOURNAL_SYSTEMS[0]!;

async function systemToken(secret = system.clientSecret): Promise<Response> {
  return fetch(`${BASE}/token`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${btoa(`${system.clientId}:${secret}`)}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
}

async function register(body: Record<string, unknown>): Promise<LaunchCreatedResponse> {
  const { access_token } = (await (await systemToken()).json()) as { access_token: string };
  const response = await fetch(`${BASE}/launches`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${access_token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as LaunchCreatedResponse;
}

/** Redeems as the person, under their first commission unless told another (or `null`: none). */
async function redeem(
  person: StaffMember,
  handle: string,
  commissionHsaId: string | null = person.commissions[0]?.commissionHsaId ?? null,
): Promise<Response> {
  const headers = await authHeaders(person, commissionHsaId ? { commissionHsaId } : {});
  return fetch(`${BASE}/redemptions`, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify({ handle }),
  });
}

const NORRBACKA = 'SE2321000016-1A2B';
const SJOSTADEN = 'SE2321000016-1A2C';

afterEach(() => vi.useRealTimers());

describe('registering a launch (as a system)', () => {
  it('refuses a wrong client secret', async () => {
    const response = await systemToken('fel');
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('refuses a launch without a system token, or with a made-up one', async () => {
    const body = JSON.stringify({ patient: '191212121212' });
    const headers = { 'Content-Type': 'application/json' };
    expect((await fetch(`${BASE}/launches`, { method: 'POST', headers, body })).status).toBe(401);
    const forged = await fetch(`${BASE}/launches`, {
      method: 'POST',
      headers: { ...headers, Authorization: 'Bearer sys_made-up' },
      body,
    });
    expect(forged.status).toBe(401);
  });

  it('returns an opaque handle and a launch URL without the identity number', async () => {
    const created = await register({ patient: '19121212-1212', careUnit: 'SE2321000016-1A2B' });
    expect(created.handle).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(created.launchUrl).toBe(`${DEV.appOrigin}/launch?launch=${created.handle}`);
    expect(created.launchUrl).not.toContain('1212');
  });
});

describe('redeeming a handle', () => {
  it('gives the context once, with the care unit named', async () => {
    const { handle } = await register({
      patient: '19121212-1212',
      careUnit: 'SE2321000016-1A2B',
      to: 'inkorg',
      icd10: ['E11'],
    });
    const response = await redeem(staff('lakare'), handle);
    expect(response.status).toBe(200);
    expect(((await response.json()) as RedemptionResponse).launch).toEqual({
      patient: '19121212-1212',
      careUnit: { hsaId: 'SE2321000016-1A2B', name: 'Vårdcentralen Norrbacka' },
      user: null,
      to: 'inkorg',
      icd10: ['E11'],
    });
  });

  it('refuses a handle used before', async () => {
    const { handle } = await register({ patient: '191212121212' });
    expect((await redeem(staff('lakare'), handle)).status).toBe(200);
    const again = await redeem(staff('lakare'), handle);
    expect(again.status).toBe(409);
    expect(await again.json()).toEqual({
      error: { code: 'launch_used', message: LAUNCH_MESSAGES.used },
    });
  });

  it('refuses a handle bound to another user, and leaves it for the right one', async () => {
    const { handle } = await register({ patient: '191212121212', user: 'SE2321000016-E1001' });
    const wrong = await redeem(staff('radgivningssjukskoterska'), handle);
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toEqual({
      error: { code: 'launch_other_user', message: LAUNCH_MESSAGES.otherUser },
    });
    expect((await redeem(staff('lakare'), handle)).status).toBe(200);
  });

  it('refuses a handle after five minutes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { handle } = await register({ patient: '191212121212' });
    vi.setSystemTime(Date.now() + 5 * 60_000 + 1000);
    const late = await redeem(staff('lakare'), handle);
    expect(late.status).toBe(410);
    expect(await late.json()).toEqual({
      error: { code: 'launch_expired', message: LAUNCH_MESSAGES.expired },
    });
  });

  it('still works just before five minutes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { handle } = await register({ patient: '191212121212' });
    vi.setSystemTime(Date.now() + 4 * 60_000 + 50_000);
    expect((await redeem(staff('lakare'), handle)).status).toBe(200);
  });

  it('refuses an unknown handle, and a caller without a login', async () => {
    const unknown = await redeem(staff('lakare'), 'x'.repeat(43));
    expect(unknown.status).toBe(404);
    const anonymous = await fetch(`${BASE}/redemptions`, {
      method: 'POST',
      body: JSON.stringify({ handle: 'x' }),
    });
    expect(anonymous.status).toBe(401);
  });
});

describe('the commission a handle is redeemed under', () => {
  it('opens a handle for a care unit, with no user named, only with a care commission there', async () => {
    const { handle } = await register({ patient: '191212121212', careUnit: SJOSTADEN });
    for (const person of [staff('radgivningssjukskoterska'), staff('verksamhetschef')]) {
      const refused = await redeem(person, handle);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toEqual({
        error: {
          code: 'launch_other_unit',
          message: LAUNCH_MESSAGES.otherUnit('Vårdcentralen Sjöstaden'),
        },
      });
    }
    // Refused, not spent: Anna works at Sjöstaden, whichever commission is active now.
    expect((await redeem(staff('lakare'), handle, 'SE2321000016-C1001')).status).toBe(200);
  });

  it('asks which commission when the handle names no unit and the person has several', async () => {
    const { handle } = await register({ patient: '191212121212' });
    const lakare = staff('lakare');
    const unchosen = await redeem(lakare, handle, null);
    expect(unchosen.status).toBe(403);
    expect(await unchosen.json()).toMatchObject({ error: { code: 'commission_required' } });
    expect((await redeem(lakare, handle, 'SE2321000016-C1002')).status).toBe(200);
    expect(allAccessEvents().at(-1)).toMatchObject({ commissionHsaId: 'SE2321000016-C1002' });
  });

  it('refuses a commission that is not for care and treatment', async () => {
    const { handle } = await register({ patient: '191212121212' });
    const refused = await redeem(staff('statistiker'), handle);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({
      error: { code: 'purpose_not_care', message: LAUNCH_MESSAGES.purpose },
    });
  });

  it('writes the release of the patient to the access log, with the server’s time', async () => {
    const before = Date.now();
    const { handle } = await register({ patient: '19121212-1212', careUnit: NORRBACKA });
    const lakare = staff('lakare');
    expect((await redeem(lakare, handle, null)).status).toBe(200);
    const event = allAccessEvents().at(-1)!;
    expect(event).toMatchObject({
      action: 'Läsning',
      userHsaId: lakare.employeeHsaId,
      commissionHsaId: 'SE2321000016-C1001',
      careUnitHsaId: NORRBACKA,
      patient: '191212121212',
      recordedBy: LAUNCH_RECORDER,
    });
    expect(Date.parse(event.occurredAt)).toBeGreaterThanOrEqual(before);
    // A refused redemption released nothing.
    const count = allAccessEvents().length;
    expect((await redeem(lakare, handle)).status).toBe(409);
    expect(allAccessEvents()).toHaveLength(count);
  });
});

describe('a launch the workspace registers for a service', () => {
  it('is bound to the caller and the active commission’s unit', async () => {
    const lakare = staff('lakare');
    const response = await fetch(`${BASE}/launches`, {
      method: 'POST',
      headers: {
        ...(await authHeaders(lakare, { commissionHsaId: 'SE2321000016-C1002' })),
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ patient: '191212121212', serviceId: 'webcert', user: 'someone-else' }),
    });
    expect(response.status).toBe(201);
    const { handle } = (await response.json()) as LaunchCreatedResponse;
    expect((await redeem(staff('radgivningssjukskoterska'), handle)).status).toBe(403);
    const redeemed = (await (await redeem(lakare, handle)).json()) as RedemptionResponse;
    expect(redeemed.launch).toMatchObject({
      user: lakare.employeeHsaId,
      careUnit: { hsaId: 'SE2321000016-1A2C' },
    });
  });
});
