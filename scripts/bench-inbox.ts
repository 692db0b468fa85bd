/**
 * `npm run bench:inbox`: how long the inbox takes to normalise, filter and sort 5,000 and 50,000
 * cases on this machine – median and p95 of repeated runs per operation. The sources' answers are
 * the mock backends' own seed records (the volume switch's 5,000 open cases, repeated for 50,000).
 */
import { performance } from 'node:perf_hooks';
import { CARE_UNITS } from '../mocks/idp/staff';
import { setInboxVolume } from '../mocks/lib/dev-switches';
import { seedArenden } from '../mocks/personalverktyg/seed';
import { seedMessages } from '../mocks/stod-och-behandling/seed';
import { seedSubmissions } from '../mocks/formularhantering/seed';
import { seedFragor } from '../mocks/webcert/seed';
import { pvListSchema, pvToCase } from '../src/features/inbox/sources/personalverktyg';
import { sobListSchema, sobToCase } from '../src/features/inbox/sources/stod-och-behandling';
import { formListSchema, formToCase } from '../src/features/inbox/sources/formularhantering';
import { wcListSchema, wcToCase } from '../src/features/inbox/sources/webcert';
import {
  applyFilters,
  DEFAULT_FILTERS,
  sortCases,
  type InboxFilters,
} from '../src/features/inbox/lib/filters';
import type { Case } from '../src/features/inbox/model';

const UNIT = CARE_UNITS.vcNorrbacka.healthCareUnitHsaId;
const ME = { hsaId: 'SE2321000016-E1001', name: 'Anna Lindqvist' };
const context = { commissionHsaId: 'SE2321000016-C1001', careUnitHsaId: UNIT, me: ME };

setInboxVolume('large');
const strip = <T extends object>(rows: T[], ...keys: string[]) =>
  rows.map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => !keys.includes(k))));

/** The four sources' list answers, `copies` times over (ids made unique). */
function answers(copies: number) {
  const times = <T extends { id: string }>(rows: T[]) =>
    Array.from({ length: copies }, (_, copy) =>
      rows.map((row) => ({ ...row, id: `${row.id}-${copy}` })),
    ).flat();
  return {
    pv: {
      arenden: strip(times(seedArenden(UNIT)), 'historik', 'meddelanden'),
      nastaSida: null,
      totaltAntal: 0,
      roll: 'ARENDEMOTTAGARE',
    },
    sob: {
      items: strip(times(seedMessages(UNIT)), 'thread', 'events'),
      offset: 0,
      limit: 0,
      total: 0,
    },
    form: { submissions: strip(times(seedSubmissions(UNIT)), 'answers', 'log') },
    wc: {
      fragor: strip(times(seedFragor(UNIT)), 'meddelanden', 'handelser'),
      sida: 1,
      antalSidor: 1,
      totaltAntal: 0,
    },
  };
}

function normalise(raw: ReturnType<typeof answers>): Case[] {
  const pv = pvListSchema.parse(raw.pv);
  const sob = sobListSchema.parse(raw.sob);
  const form = formListSchema.parse(raw.form);
  const wc = wcListSchema.parse(raw.wc);
  return [
    ...pv.arenden.map((a) => pvToCase(a, pv.roll, context)),
    ...sob.items.map((m) => sobToCase(m, context)),
    ...form.submissions.map((s) => formToCase(s, context)),
    ...wc.fragor.map((f) => wcToCase(f)),
  ];
}

function measure(runs: number, work: () => unknown): { median: number; p95: number } {
  for (let i = 0; i < 3; i += 1) work(); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95) };
}

const filterContext = { myHsaId: ME.hsaId, now: Date.now(), patientIdentityNumber: null };
const withFilters = (partial: Partial<InboxFilters>): InboxFilters => ({
  ...DEFAULT_FILTERS,
  ...partial,
});

const rows: string[][] = [];
for (const copies of [1, 10]) {
  const raw = answers(copies);
  const cases = normalise(raw);
  const n = cases.length.toLocaleString('sv-SE');
  const runs = copies === 1 ? 50 : 15;
  const operations: [string, () => unknown][] = [
    ['normalisera (zod + mappning)', () => normalise(raw)],
    [
      'filtrera: standard (öppna) + räkna',
      () => applyFilters(cases, DEFAULT_FILTERS, filterContext),
    ],
    [
      'filtrera: fritext "berg"',
      () => applyFilters(cases, withFilters({ text: 'berg' }), filterContext),
    ],
    [
      'filtrera: tjänst + status + mina',
      () =>
        applyFilters(
          cases,
          withFilters({ source: 'personalverktyg', status: 'in-progress', assignment: 'mine' }),
          filterContext,
        ),
    ],
    [
      'filtrera: försenade',
      () => applyFilters(cases, withFilters({ overdue: true }), filterContext),
    ],
    ['sortera: inkommet', () => sortCases([...cases], 'received')],
    ['sortera: svarsdatum', () => sortCases([...cases], 'due')],
    ['sortera: prioritet', () => sortCases([...cases], 'priority')],
  ];
  for (const [name, work] of operations) {
    const { median, p95 } = measure(runs, work);
    rows.push([n, name, median.toFixed(2), p95.toFixed(2)]);
  }
}

const header = ['ärenden', 'operation', 'median (ms)', 'p95 (ms)'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.info(line(header));
console.info(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
for (const row of rows) console.info(line(row));
console.info(
  `\nNode ${process.version}, ${new Date().toISOString().slice(0, 10)}. En bildruta vid 60 Hz är 16,7 ms.`,
);
