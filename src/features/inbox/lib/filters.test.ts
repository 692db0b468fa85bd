import { finishCase, type Case } from '../model';
import { countCases } from './counts';
import { applyFilters, DEFAULT_FILTERS, readFilters, sortCases, writeFilters } from './filters';

const ME = 'SE2321000016-E1001';
const NOW = Date.parse('2026-03-10T12:00:00Z');

function make(id: string, fields: Partial<Omit<Case, 'key' | 'index'>> = {}): Case {
  return finishCase({
    source: 'personalverktyg',
    id,
    reference: id,
    type: 'contact-me',
    subject: `Ärende ${id}`,
    patient: { identityNumber: '191212121212', name: 'Tolvan Tolvansson' },
    careUnitHsaId: 'SE2321000016-1A2B',
    status: 'new',
    sourceStatus: 'NY',
    assignee: null,
    assigneeLabel: 'Handläggare',
    receivedAt: '2026-03-10T08:00:00Z',
    dueAt: null,
    priority: 'normal',
    unread: true,
    lastActivityAt: '2026-03-10T08:00:00Z',
    version: '1',
    capabilities: {
      take: true,
      assign: false,
      statuses: [],
      reply: false,
      close: true,
      reopen: false,
      onlyInSource: [],
    },
    ...fields,
  });
}

const context = { myHsaId: ME, now: NOW, patientIdentityNumber: null };

describe('inbox filters', () => {
  it('reads what it writes, and leaves defaults out of the address', () => {
    const filters = {
      ...DEFAULT_FILTERS,
      source: 'webcert' as const,
      status: 'all' as const,
      overdue: true,
      text: 'recept',
      sort: 'due' as const,
    };
    const params = writeFilters(filters);
    expect(params.toString()).toBe('kalla=webcert&status=all&forsenade=ja&q=recept&sortering=due');
    expect(readFilters(params)).toEqual(filters);
    expect(writeFilters(DEFAULT_FILTERS).toString()).toBe('');
  });

  it('never writes free text that looks like an identity number into the address', () => {
    for (const text of [
      '19121212-1212',
      '121212',
      'Tolvan 191212121212',
      '19121212–1212',
      '1912.12.12',
      '19 12 12-12 12',
    ]) {
      expect(writeFilters({ ...DEFAULT_FILTERS, text }).has('q')).toBe(false);
    }
  });

  it('ignores values it does not know', () => {
    expect(readFilters(new URLSearchParams('kalla=okand&status=x&sortering=y'))).toEqual(
      DEFAULT_FILTERS,
    );
  });

  it('filters on assignment, overdue, patient and text, and counts each facet without its own filter', () => {
    const cases = [
      make('a', { assignee: { hsaId: ME, name: 'Anna' }, status: 'in-progress' }),
      make('b', { dueAt: '2026-03-09T00:00:00Z', source: 'webcert', type: 'certificate-question' }),
      make('c', {
        status: 'closed',
        patient: { identityNumber: '198007623450', name: 'Jonas Vik' },
      }),
    ];
    const ids = (
      partial: Partial<typeof DEFAULT_FILTERS>,
      patientIdentityNumber: string | null = null,
    ) =>
      applyFilters(
        cases,
        { ...DEFAULT_FILTERS, ...partial },
        { ...context, patientIdentityNumber },
      ).cases.map((c) => c.id);

    expect(ids({})).toEqual(['a', 'b']);
    expect(ids({ assignment: 'mine' })).toEqual(['a']);
    expect(ids({ assignment: 'unassigned', status: 'all' }).sort()).toEqual(['b', 'c']);
    expect(ids({ overdue: true })).toEqual(['b']);
    expect(ids({ status: 'all', patient: 'personalverktyg:c' }, '198007623450')).toEqual(['c']);
    expect(ids({ status: 'all', text: 'jonas' })).toEqual(['c']);
    expect(ids({ status: 'all', text: '19800762' })).toEqual(['c']);

    const { counts } = applyFilters(cases, { ...DEFAULT_FILTERS, source: 'webcert' }, context);
    expect(counts.source).toEqual({ personalverktyg: 1, webcert: 1 });
    expect(counts.status).toEqual({ new: 1, open: 1, all: 1 });
  });

  it('sorts by received, due date and priority', () => {
    const cases = [
      make('old', { receivedAt: '2026-03-01T00:00:00Z', dueAt: '2026-03-11T00:00:00Z' }),
      make('new', { receivedAt: '2026-03-09T00:00:00Z' }),
      make('urgent', {
        receivedAt: '2026-03-05T00:00:00Z',
        priority: 'high',
        dueAt: '2026-03-12T00:00:00Z',
      }),
    ];
    expect(sortCases(cases, 'received').map((c) => c.id)).toEqual(['new', 'urgent', 'old']);
    expect(sortCases(cases, 'due').map((c) => c.id)).toEqual(['old', 'urgent', 'new']);
    expect(sortCases(cases, 'priority').map((c) => c.id)).toEqual(['urgent', 'old', 'new']);
  });

  it('counts what the header, the summary, each source and the filters show the same way: open cases', () => {
    const cases = [
      make('new-unread'),
      make('new-read', { unread: false }),
      make('waiting', { status: 'waiting', source: 'webcert', type: 'certificate-question' }),
      // Closed cases count nowhere but in "Alla, även avslutade", even when never read.
      make('closed-unread', { status: 'closed', source: 'webcert' }),
      make('closed', { status: 'closed', unread: false, source: 'sdk' }),
    ];
    const total = countCases(cases);
    expect(total).toEqual({ open: 3, unread: 2 });

    const { counts } = applyFilters(cases, DEFAULT_FILTERS, context);
    expect(counts.status.open).toBe(total.open);
    expect(Object.values(counts.source).reduce((a, b) => a + b, 0)).toBe(total.open);
    for (const source of ['personalverktyg', 'webcert', 'sdk'] as const) {
      expect(counts.source[source] ?? 0).toBe(
        countCases(cases.filter((c) => c.source === source)).open,
      );
    }
    expect(counts.status.all).toBe(cases.length);
  });
});
