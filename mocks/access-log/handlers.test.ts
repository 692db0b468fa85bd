import { updateDevSwitches } from '../lib/dev-switches';
import { describe, expect, it } from 'vitest';
import { DEV } from '../dev-config';
import { findStaff, type StaffMember } from '../idp/staff';
import { authHeaders } from '../lib/test-tokens';
import {
  allAccessEvents,
  type AccessEventInput,
  type SearchResponse,
  type WriteResponse,
} from './handlers';

const BASE = `${DEV.appOrigin}/api/access-log/v1`;
const staff = (id: string): StaffMember => findStaff(id)!;

const eventOf = (person: StaffMember, key: string, patient = '191212121212'): AccessEventInput => {
  const c = person.commissions[0]!;
  return {
    idempotencyKey: key,
    action: 'Läsning',
    userHsaId: person.employeeHsaId,
    commissionHsaId: c.commissionHsaId,
    careUnitHsaId: c.healthCareUnitHsaId,
    careProviderHsaId: c.healthCareProviderHsaId,
    patient,
    shown: 'Patientbanner: namn, personnummer, ålder, kön',
    occurredAt: new Date().toISOString(),
  };
};

async function write(person: StaffMember, events: AccessEventInput[], commissionHsaId?: string) {
  return fetch(`${BASE}/events`, {
    method: 'POST',
    headers: {
      ...(await authHeaders(person, {
        commissionHsaId: commissionHsaId ?? person.commissions[0]!.commissionHsaId,
      })),
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ events }),
  });
}

async function search(person: StaffMember, filter: Record<string, string> = {}) {
  return fetch(`${BASE}/events/search`, {
    method: 'POST',
    headers: {
      ...(await authHeaders(person, { commissionHsaId: person.commissions[0]!.commissionHsaId })),
      'Content-Type': 'application/json',
    },
    body: JSON.stringify(filter),
  });
}

describe('writing access events', () => {
  it('stores an event once however often it is sent', async () => {
    const lakare = staff('lakare');
    const before = allAccessEvents().length;
    const first = (await (
      await write(lakare, [eventOf(lakare, 'key-0001')])
    ).json()) as WriteResponse;
    const second = (await (
      await write(lakare, [eventOf(lakare, 'key-0001'), eventOf(lakare, 'key-0002')])
    ).json()) as WriteResponse;
    expect(first.results).toEqual([{ idempotencyKey: 'key-0001', status: 'created' }]);
    expect(second.results).toEqual([
      { idempotencyKey: 'key-0001', status: 'duplicate' },
      { idempotencyKey: 'key-0002', status: 'created' },
    ]);
    expect(allAccessEvents().length).toBe(before + 2);
    expect(allAccessEvents().at(-1)).toMatchObject({
      userName: 'Anna Lindqvist',
      careUnitName: 'Vårdcentralen Norrbacka',
      careProviderName: 'Region Norrbacka',
    });
  });

  it('refuses an event that claims another user or another commission', async () => {
    const lakare = staff('lakare');
    const erik = staff('radgivningssjukskoterska');
    expect((await write(lakare, [eventOf(erik, 'key-0003')])).status).toBe(403);
    // Sent under the Sjöstaden commission but claiming Norrbacka's unit.
    expect((await write(lakare, [eventOf(lakare, 'key-0004')], 'SE2321000016-C1002')).status).toBe(
      403,
    );
  });

  it('keeps the events when only the answer is lost, so the retry is a duplicate', async () => {
    const lakare = staff('lakare');
    updateDevSwitches({ accessLogFailures: { mode: 'lose-response', count: 1 } });
    expect((await write(lakare, [eventOf(lakare, 'key-0005')])).status).toBe(503);
    const retry = (await (
      await write(lakare, [eventOf(lakare, 'key-0005')])
    ).json()) as WriteResponse;
    expect(retry.results).toEqual([{ idempotencyKey: 'key-0005', status: 'duplicate' }]);
    expect(allAccessEvents().filter((e) => e.idempotencyKey === 'key-0005')).toHaveLength(1);
  });
});

describe('reviewing the log', () => {
  it('needs the log reviewer role', async () => {
    const response = await search(staff('lakare'));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'log_reviewer_required' } });
  });

  it('shows only the reviewer’s own care provider, filtered by patient and user', async () => {
    const skolskoterska = staff('skolskoterska');
    await write(skolskoterska, [eventOf(skolskoterska, 'key-0006')]);
    const chef = staff('verksamhetschef');

    const all = (await (await search(chef)).json()) as SearchResponse;
    expect(all.careProvider).toEqual({ hsaId: 'SE2321000016-0001', name: 'Region Norrbacka' });
    expect(all.events.length).toBeGreaterThan(0);
    expect(all.events.every((e) => e.careProviderHsaId === 'SE2321000016-0001')).toBe(true);

    const tolvan = (await (
      await search(chef, { patient: '191212121212' })
    ).json()) as SearchResponse;
    expect(tolvan.events.map((e) => e.userName)).toEqual(['Erik Bergström']);

    const byUser = (await (
      await search(chef, { user: 'SE2321000016-E5001' })
    ).json()) as SearchResponse;
    expect(byUser.events.map((e) => e.patient)).toEqual(['194608153211']);

    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(
      new Date(),
    );
    const recent = (await (
      await search(chef, { from: today, to: today })
    ).json()) as SearchResponse;
    expect(recent.events).toEqual([]);
  });
});
