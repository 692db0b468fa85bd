/**
 * What the four case-source backends (1177 Personalverktyg, 1177 Stöd och behandling,
 * 1177 Formulärhantering, Webcert) share as *mocks*: the development switches (fault per source,
 * volume), a seeded random generator and Swedish test people, the session clock the seed data is
 * anchored to, and a table of changed records. Their APIs share nothing: each folder has its own
 * shape, paging, status words and error format. See docs/inbox-sources.md.
 */
import { delay, HttpResponse } from 'msw';
import { CARE_UNITS, STAFF, type Commission } from '../idp/staff';
import { sessionTable } from '../launch-context/session-table';
import { authenticate, type Caller } from './verify-token';
import { TEST_PATIENTS } from '../patient-lookup/patients';

export const CASE_SOURCE_IDS = [
  'personalverktyg',
  'stod-och-behandling',
  'formularhantering',
  'webcert',
] as const;
export type CaseSourceId = (typeof CASE_SOURCE_IDS)[number];

/** error: the source's own 503 body; network: the connection fails; slow: answers after SLOW_MS; timeout: never answers. */
export const SOURCE_FAULTS = ['error', 'network', 'slow', 'timeout'] as const;
export type SourceFault = (typeof SOURCE_FAULTS)[number];
export const SLOW_MS = 2_500;

export type InboxDevSwitches = {
  faults: Partial<Record<CaseSourceId, SourceFault>>;
  /** 'large': Vårdcentralen Norrbacka gets 5,000 open cases over the four sources. */
  volume: 'normal' | 'large';
};

/** The development switch, in this tab's sessionStorage so it survives the login's redirects. */
export const DEV_SWITCH_KEY = 'mock.inbox.dev';
const NO_SWITCHES: InboxDevSwitches = { faults: {}, volume: 'normal' };
let memorySwitches: InboxDevSwitches = NO_SWITCHES;

export function getInboxDevSwitches(): InboxDevSwitches {
  if (typeof sessionStorage === 'undefined') return memorySwitches;
  try {
    const raw = sessionStorage.getItem(DEV_SWITCH_KEY);
    return raw
      ? { ...NO_SWITCHES, ...(JSON.parse(raw) as Partial<InboxDevSwitches>) }
      : NO_SWITCHES;
  } catch {
    return NO_SWITCHES;
  }
}

function saveSwitches(next: InboxDevSwitches): void {
  if (typeof sessionStorage === 'undefined') memorySwitches = next;
  else sessionStorage.setItem(DEV_SWITCH_KEY, JSON.stringify(next));
}

export function setSourceFault(source: CaseSourceId, fault: SourceFault | null): void {
  const current = getInboxDevSwitches();
  const faults = { ...current.faults };
  if (fault) faults[source] = fault;
  else delete faults[source];
  saveSwitches({ ...current, faults });
}

export function setInboxVolume(volume: InboxDevSwitches['volume']): void {
  saveSwitches({ ...getInboxDevSwitches(), volume });
}

export function resetInboxDevSwitches(): void {
  memorySwitches = NO_SWITCHES;
  if (typeof sessionStorage !== 'undefined') sessionStorage.removeItem(DEV_SWITCH_KEY);
}

/**
 * Applies the source's development fault, if any: returns the response to send instead, or
 * undefined to carry on (after the delay of 'slow'). 'timeout' never resolves: the request hangs
 * until the client gives up.
 */
export async function injectedFault(
  source: CaseSourceId,
  sourceError: () => Response,
): Promise<Response | undefined> {
  const fault = getInboxDevSwitches().faults[source];
  switch (fault) {
    case 'error':
      return sourceError();
    case 'network':
      return HttpResponse.error();
    case 'slow':
      await delay(SLOW_MS);
      return undefined;
    case 'timeout':
      await delay('infinite');
      return undefined;
    default:
      return undefined;
  }
}

// --- The session clock ---------------------------------------------------------------------

const clock = sessionTable<{ startedAt: number }>('mock.inbox.clock');

/** When this tab's mock "server" started: seed times lie before it, arrivals after it. */
export function sessionStart(): number {
  const [row] = clock.all();
  if (row) return row.startedAt;
  const startedAt = Date.now();
  clock.save([{ startedAt }]);
  return startedAt;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * New cases arrive in 1177 Personalverktyg this long after the session started (then no more),
 * so polling has something to find: three within the first minute and a half, then now and then.
 */
export const ARRIVAL_OFFSETS_MS = [25_000, 50_000, 75_000, 10 * MINUTE, 25 * MINUTE, 45 * MINUTE];

// --- Seeded data ---------------------------------------------------------------------------

/** A small deterministic generator (mulberry32): the same seed gives the same cases. */
export function seededRandom(seed: string): () => number {
  let state = 0;
  for (const char of seed) state = (Math.imul(state, 31) + char.charCodeAt(0)) | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;

const GIVEN_NAMES = [
  'Astrid',
  'Bengt',
  'Cecilia',
  'David',
  'Elin',
  'Fredrik',
  'Gunilla',
  'Hassan',
  'Ingrid',
  'Johan',
  'Karin',
  'Lars',
  'Maja',
  'Nils',
  'Olivia',
  'Per',
  'Rut',
  'Stefan',
  'Tove',
  'Ulf',
  'Vera',
  'William',
  'Yasmin',
  'Åke',
  'Ebba',
  'Mohammed',
  'Leila',
  'Oskar',
  'Siv',
  'Linnea',
];
const FAMILY_NAMES = [
  'Andersson',
  'Berg',
  'Carlsson',
  'Dahl',
  'Eriksson',
  'Forsberg',
  'Gustafsson',
  'Hedlund',
  'Isaksson',
  'Jonsson',
  'Karlsson',
  'Lindberg',
  'Magnusson',
  'Nyström',
  'Olsson',
  'Persson',
  'Sandberg',
  'Törnqvist',
  'Wallin',
  'Öberg',
  'Ali',
  'Hussein',
  'Nordin',
  'Sjöberg',
  'Ek',
];

export type SeedPerson = { identityNumber: string; givenName: string; familyName: string };

/** Luhn check digit over the ten digits YYMMDDNNN. */
function checkDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i += 1) {
    let digit = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (digit > 9) digit -= 9;
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** A made-up citizen with a well-formed (checksummed) twelve-digit personnummer. */
export function seedPerson(random: () => number): SeedPerson {
  const year = 1935 + Math.floor(random() * 80);
  const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
  const serial = String(Math.floor(random() * 1000)).padStart(3, '0');
  const nine = `${String(year).slice(2)}${month}${day}${serial}`;
  return {
    identityNumber: `${year}${month}${day}${serial}${checkDigit(nine)}`,
    givenName: pick(random, GIVEN_NAMES),
    familyName: pick(random, FAMILY_NAMES),
  };
}

/** The population register's test patients: each has cases at Vårdcentralen Norrbacka. */
export const KNOWN_PATIENTS: readonly SeedPerson[] = TEST_PATIENTS.filter(
  (patient) => !patient.protectedIdentity && !patient.deceasedDate,
).map(({ identityNumber, givenName, familyName }) => ({ identityNumber, givenName, familyName }));

export type Colleague = { hsaId: string; name: string; title: string };

/** Staff at each unit who handle cases: the test staff with a commission there, and made-up ones. */
const MADE_UP_COLLEAGUES: Record<string, Colleague[]> = {
  [CARE_UNITS.vcNorrbacka.healthCareUnitHsaId]: [
    { hsaId: 'SE2321000016-E1101', name: 'Per Sandberg', title: 'Läkare' },
    { hsaId: 'SE2321000016-E1102', name: 'Eva Strand', title: 'Sjuksköterska' },
    { hsaId: 'SE2321000016-E1103', name: 'Mikael Öst', title: 'Psykolog' },
  ],
  [CARE_UNITS.vcSjostaden.healthCareUnitHsaId]: [
    { hsaId: 'SE2321000016-E1201', name: 'Hanna Lund', title: 'Sjuksköterska' },
    { hsaId: 'SE2321000016-E1202', name: 'Jonas Fors', title: 'Läkare' },
  ],
};

export function colleaguesAt(unitHsaId: string): Colleague[] {
  const staff = STAFF.filter(
    (person) =>
      person.commissions.some(
        (c) => c.healthCareUnitHsaId === unitHsaId && c.commissionPurpose === 'Vård och behandling',
      ) && person.accountId !== 'lakare-utan-uppdrag',
  ).map((person) => ({
    hsaId: person.employeeHsaId,
    name: `${person.given_name} ${person.family_name}`,
    title: person.title,
  }));
  return [...staff, ...(MADE_UP_COLLEAGUES[unitHsaId] ?? [])];
}

/** Which units have cases, and how many per source at normal volume (index = source order). */
export const SEEDED_UNITS: { unitHsaId: string; counts: Record<CaseSourceId, number> }[] = [
  {
    unitHsaId: CARE_UNITS.vcNorrbacka.healthCareUnitHsaId,
    counts: { personalverktyg: 36, 'stod-och-behandling': 12, formularhantering: 14, webcert: 8 },
  },
  {
    unitHsaId: CARE_UNITS.vcSjostaden.healthCareUnitHsaId,
    counts: { personalverktyg: 18, 'stod-och-behandling': 5, formularhantering: 6, webcert: 4 },
  },
  {
    unitHsaId: CARE_UNITS.radgivning.healthCareUnitHsaId,
    counts: { personalverktyg: 10, 'stod-och-behandling': 0, formularhantering: 0, webcert: 0 },
  },
  {
    unitHsaId: CARE_UNITS.elevhalsan.healthCareUnitHsaId,
    counts: { personalverktyg: 4, 'stod-och-behandling': 3, formularhantering: 6, webcert: 0 },
  },
  {
    unitHsaId: CARE_UNITS.ortopedKlinik.healthCareUnitHsaId,
    counts: { personalverktyg: 6, 'stod-och-behandling': 0, formularhantering: 8, webcert: 5 },
  },
];

/** With the volume switch on: Norrbacka's open cases per source, 5,000 in all. */
export const LARGE_VOLUME: Record<CaseSourceId, number> = {
  personalverktyg: 3_500,
  'stod-och-behandling': 500,
  formularhantering: 600,
  webcert: 400,
};

/** How many cases a unit has in a source with the current switches. */
export function seedCount(source: CaseSourceId, unitHsaId: string): number {
  if (
    getInboxDevSwitches().volume === 'large' &&
    unitHsaId === CARE_UNITS.vcNorrbacka.healthCareUnitHsaId
  )
    return LARGE_VOLUME[source];
  return SEEDED_UNITS.find((unit) => unit.unitHsaId === unitHsaId)?.counts[source] ?? 0;
}

// --- Changed records -------------------------------------------------------------------------

/**
 * A source's records as seeded, with the changes made since (stored whole, by id) and per-user
 * drafts. Seeds are generated, never stored: 5,000 cases would not fit in sessionStorage.
 */
export function changeTable<T extends { id: string }>(source: CaseSourceId) {
  const changed = sessionTable<T>(`mock.inbox.${source}.changed`);
  const drafts = sessionTable<{ key: string; text: string; savedAt: string }>(
    `mock.inbox.${source}.drafts`,
  );
  return {
    /** The seed with every changed record in its place (and new ones appended). */
    merge(seed: T[]): T[] {
      const rows = changed.all();
      if (rows.length === 0) return seed;
      const byId = new Map(rows.map((row) => [row.id, row]));
      const merged = seed.map((row) => byId.get(row.id) ?? row);
      const seedIds = new Set(seed.map((row) => row.id));
      return merged.concat(rows.filter((row) => !seedIds.has(row.id)));
    },
    save(row: T): void {
      changed.save([...changed.all().filter((r) => r.id !== row.id), row]);
    },
    draft(key: string) {
      return drafts.all().find((d) => d.key === key) ?? null;
    },
    saveDraft(key: string, text: string): { savedAt: string } {
      const savedAt = new Date().toISOString();
      drafts.save([...drafts.all().filter((d) => d.key !== key), { key, text, savedAt }]);
      return { savedAt };
    },
    deleteDraft(key: string): void {
      drafts.save(drafts.all().filter((d) => d.key !== key));
    },
    reset(): void {
      changed.reset();
      drafts.reset();
    },
  };
}

export function resetCaseSourceSession(): void {
  clock.reset();
  resetInboxDevSwitches();
}

// --- Seeding -----------------------------------------------------------------------------------

export type SeedContext = {
  random: () => number;
  index: number;
  unitHsaId: string;
  patient: SeedPerson;
  /** Epoch ms, before the session started. */
  receivedAt: number;
  /** Most seeded cases are open; at normal volume about one in five is closed. */
  open: boolean;
  /** Null: not yet assigned. */
  assignee: Colleague | null;
};

const seedCache = new Map<string, unknown[]>();

/**
 * A unit's seeded records in one source, generated from a per-case seed (the same case every
 * time, whatever the volume) and cached. The first cases at Vårdcentralen Norrbacka belong to the
 * population register's test patients, so "patient in context" finds them.
 */
export function seededCases<T>(
  source: CaseSourceId,
  unitHsaId: string,
  build: (context: SeedContext) => T,
): T[] {
  const count = seedCount(source, unitHsaId);
  const start = sessionStart();
  const key = `${source}|${unitHsaId}|${count}|${start}`;
  const cached = seedCache.get(key);
  if (cached) return cached as T[];

  const colleagues = colleaguesAt(unitHsaId);
  const large = count > 100;
  const known = unitHsaId === CARE_UNITS.vcNorrbacka.healthCareUnitHsaId ? KNOWN_PATIENTS : [];
  const rows: T[] = [];
  for (let index = 0; index < count; index += 1) {
    const random = seededRandom(`${source}:${unitHsaId}:${index}`);
    rows.push(
      build({
        random,
        index,
        unitHsaId,
        patient: known[index] ?? seedPerson(random),
        receivedAt:
          start - (index < 3 ? (index + 1) * 17 * MINUTE : Math.floor(random() * 14 * DAY)),
        open: large || index < 3 || random() > 0.2,
        assignee:
          index >= 3 && colleagues.length > 0 && random() < 0.45 ? pick(random, colleagues) : null,
      }),
    );
  }
  seedCache.set(key, rows);
  return rows;
}

/** A timestamp as the sources write them. */
export const iso = (epochMs: number): string => new Date(epochMs).toISOString();

export type SourceCall =
  | { ok: true; caller: Caller; commission: Commission; callerName: string }
  | { ok: false; response: Response };

/**
 * The start of every case-source request: the token (401), the development fault, then an
 * active commission (403 in the source's own error format).
 */
export async function sourceCall(
  request: Request,
  source: CaseSourceId,
  sourceError: (status: number, code: string, message: string) => Response,
): Promise<SourceCall> {
  const auth = await authenticate(request);
  if (!auth.ok) return auth;
  const fault = await injectedFault(source, () =>
    sourceError(503, 'unavailable', 'Tjänsten är tillfälligt otillgänglig.'),
  );
  if (fault) return { ok: false, response: fault };
  if (!auth.activeCommission) {
    return {
      ok: false,
      response: sourceError(403, 'commission_required', 'Ange ett medarbetaruppdrag.'),
    };
  }
  // Citizens' cases are patient data: only a commission for care and treatment may read them.
  if (auth.activeCommission.commissionPurpose !== 'Vård och behandling') {
    return {
      ok: false,
      response: sourceError(403, 'purpose_not_care', 'Uppdraget ger inte åtkomst till ärenden.'),
    };
  }
  const { caller } = auth;
  return {
    ok: true,
    caller,
    commission: auth.activeCommission,
    callerName: `${caller.givenName} ${caller.familyName}`,
  };
}

/** Answers that depend on who asks: no cache may keep them. */
export const NO_STORE = { 'Cache-Control': 'no-store' } as const;
