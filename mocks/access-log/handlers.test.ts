import { updateDevSwitches } from '../lib/dev-switches';
import { describe, expect, it } from 'vitest';
import { DEV } from '../dev-config';
import { findStaff, type StaffMember } from '../idp/staff';
import { authHeaders, type AccessTokenOverrides } from '../lib/test-tokens';
import {
  allAccessEvents,
  LOG_REVIEW_ACTION,
  LOG_REVIEWER_ROLE,
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

async function search(
  person: StaffMember,
  filter: Record<string, string> = {},
  token?: AccessTokenOverrides,
) {
  return fetch(`${BASE}/events/search`, {
    method: 'POST',
    headers: {
      ...(await authHeaders(person, {
        commissionHsaId: person.commissions[0]!.commissionHsaId,
        token,
      })),
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
    // Her own first search named Tolvan too: a review is written to the log like any read.
    expect(tolvan.events.map((e) => [e.userName, e.action])).toEqual([
      ['Karin Holm', LOG_REVIEW_ACTION],
      ['Erik Bergström', 'Läsning'],
    ]);

    const byUser = (await (
      await search(chef, { user: 'SE2321000016-E5001' })
    ).json()) as SearchResponse;
    expect(byUser.events.map((e) => e.patient)).toEqual(['194608153211']);

    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(
      new Date(),
    );
    // Today's events are the review's own: the searches above.
    const recent = (await (
      await search(chef, { from: today, to: today })
    ).json()) as SearchResponse;
    expect(recent.events.length).toBeGreaterThan(0);
    expect(
      recent.events.every(
        (e) => e.action === LOG_REVIEW_ACTION && e.userHsaId === chef.employeeHsaId,
      ),
    ).toBe(true);
  });

  it('is done in a commission for administration or care, never for statistics', async () => {
    const analyst = staff('statistiker');
    const response = await search(analyst, {}, { claims: { systemRole: [LOG_REVIEWER_ROLE] } });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      error: {
        code: 'purpose_not_review',
        message:
          'Loggranskning görs i ett medarbetaruppdrag för administration eller för vård och behandling.',
      },
    });
    const doctor = staff('lakare');
    const inCare = await search(doctor, {}, { claims: { systemRole: [LOG_REVIEWER_ROLE] } });
    expect(inCare.status).toBe(200);
  });

  it('writes the review to the log: each search for a patient, and a hit list’s patients once a day', async () => {
    const chef = staff('verksamhetschef');
    const reviews = () =>
      allAccessEvents().filter(
        (e) => e.action === LOG_REVIEW_ACTION && e.userHsaId === chef.employeeHsaId,
      );
    await search(chef, { patient: '191212121212' });
    await search(chef, { patient: '191212121212' });
    expect(reviews()).toHaveLength(2);
    expect(reviews()[0]).toMatchObject({
      patient: '191212121212',
      commissionHsaId: chef.commissions[0]!.commissionHsaId,
      shown: 'Åtkomstlogg: sökning på patienten',
      recordedBy: 'Åtkomstloggen',
    });

    const all = (await (await search(chef)).json()) as SearchResponse;
    const listed = reviews().filter((e) => e.shown === 'Åtkomstlogg: träfflista');
    expect(new Set(listed.map((e) => e.patient))).toEqual(
      new Set(all.events.map((e) => e.patient)),
    );
    await search(chef);
    expect(reviews().filter((e) => e.shown === 'Åtkomstlogg: träfflista')).toEqual(listed);
  });
});
