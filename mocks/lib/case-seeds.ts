/**
 * What the four case-source backends (1177 Personalverktyg, 1177 Stöd och behandling,
 * 1177 Formulärhantering, Webcert) seed: which units have cases and how many, and each case
 * generated from a seed of its own, anchored to the namespace's clock. Their APIs share nothing:
 * each folder has its own shape, paging, status words and error format. See docs/inbox-sources.md.
 */
import { CARE_UNITS } from '../idp/staff';
import { DAY, MINUTE, stateStartedAt } from './clock';
import { devSwitches, type CaseSourceId } from './dev-switches';
import { seededRandom, pick } from './seeded-random';
import {
  colleaguesAt,
  KNOWN_PATIENTS,
  seedPerson,
  type Colleague,
  type SeedPerson,
} from './test-people';

/**
 * New cases arrive in 1177 Personalverktyg this long after the session started (then no more),
 * so polling has something to find: three within the first minute and a half, then now and then.
 */
export const ARRIVAL_OFFSETS_MS = [25_000, 50_000, 75_000, 10 * MINUTE, 25 * MINUTE, 45 * MINUTE];

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
  if (devSwitches().volume === 'large' && unitHsaId === CARE_UNITS.vcNorrbacka.healthCareUnitHsaId)
    return LARGE_VOLUME[source];
  return SEEDED_UNITS.find((unit) => unit.unitHsaId === unitHsaId)?.counts[source] ?? 0;
}

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
  const start = stateStartedAt();
  const key = `${source}|${unitHsaId}|${count}|${start}`;
  const cached = seedCache.get(key);
  if (cached) return cached as T[];
  // One entry per source, unit and namespace clock: keep the latest few (tests make many).
  if (seedCache.size >= 64) seedCache.delete(seedCache.keys().next().value!);

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
