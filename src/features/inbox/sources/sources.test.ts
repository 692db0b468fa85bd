import { http, HttpResponse } from 'msw';
import { server } from '../../../../mocks/node';
import { CARE_UNITS, findStaff } from '../../../../mocks/idp/staff';
import { signAccessToken } from '../../../../mocks/lib/test-tokens';
import { LARGE_VOLUME } from '../../../../mocks/lib/case-seeds';
import { setInboxVolume } from '../../../../mocks/lib/dev-switches';
import { PV_STATUSES } from '../../../../mocks/personalverktyg/seed';
import { SOB_STATES } from '../../../../mocks/stod-och-behandling/seed';
import { FORM_REVIEW_STATUSES } from '../../../../mocks/formularhantering/seed';
import { WC_STATUSES } from '../../../../mocks/webcert/seed';
import { pvError } from '../../../../mocks/personalverktyg/handlers';
import { sobProblem } from '../../../../mocks/stod-och-behandling/handlers';
import { formError } from '../../../../mocks/formularhantering/handlers';
import { wcError } from '../../../../mocks/webcert/handlers';
import { jsonApiError } from '../../../../mocks/lib/json-api';
import { mailboxesOfUnit } from '../../../../mocks/sdk-address-book/directory';
import { configureHttpClient } from '@/lib/http-client';
import { SourceError, type CaseSource, type SourceContext } from './case-source';
import { personalverktyg, PV_STATUS } from './personalverktyg';
import { stodOchBehandling, SOB_STATUS } from './stod-och-behandling';
import { formularhantering, FORM_STATUS } from './formularhantering';
import { webcert, WC_STATUS } from './webcert';
import { sdk, SDK_STATUS } from './sdk';
import { CASE_SOURCES } from './registry';

const doctor = findStaff('lakare')!;
const context: SourceContext = {
  commissionHsaId: 'SE2321000016-C1001',
  careUnitHsaId: CARE_UNITS.vcNorrbacka.healthCareUnitHsaId,
  me: { hsaId: doctor.employeeHsaId, name: 'Anna Lindqvist' },
};

beforeEach(async () => {
  const token = await signAccessToken(doctor);
  configureHttpClient({ getAccessToken: async () => token, onUnauthorized: () => {} });
});
afterEach(() => configureHttpClient(null));

type Contract = {
  source: CaseSource;
  /** The source's status words and the adapter's mapping of them. */
  statuses: readonly string[];
  mapping: Record<string, string>;
  /** The list address (an MSW pattern). */
  list: string;
  error: (status: number, code: string, message: string) => Response;
  /** One page in the source's own shape with one item the adapter must refuse. */
  malformed: () => Response;
  /** Makes the unit large; how many cases the doctor should then see (null: what her role allows). */
  large: () => number | null;
};

/** A source of the case-source kit: the volume switch, and a status word it does not know. */
const kitSource = (
  source: CaseSource,
  statusField: string,
  rest: Pick<Contract, 'statuses' | 'mapping' | 'list' | 'error'>,
): Contract => ({
  source,
  ...rest,
  malformed: () => passthroughWithStatus(source.id, statusField, 'PÅ_VÄG'),
  large: () => {
    setInboxVolume('large');
    // The doctor handles her own and unassigned cases in Personalverktyg; the others show all.
    return source.id === 'personalverktyg'
      ? null
      : LARGE_VOLUME[source.id as keyof typeof LARGE_VOLUME];
  },
});

const SDK_CONVERSATIONS = '*/api/sdk/message-service/v1/mailboxes/:mailboxId/conversations';

/** Each source: its status words, its list address and its own error body. */
const CONTRACTS: Contract[] = [
  kitSource(personalverktyg, 'status', {
    statuses: PV_STATUSES,
    mapping: PV_STATUS,
    list: '*/api/personalverktyg/v2/arenden',
    error: pvError,
  }),
  kitSource(stodOchBehandling, 'state', {
    statuses: SOB_STATES,
    mapping: SOB_STATUS,
    list: '*/api/stod-och-behandling/v1/units/:unit/messages',
    error: sobProblem,
  }),
  kitSource(formularhantering, 'reviewStatus', {
    statuses: FORM_REVIEW_STATUSES,
    mapping: FORM_STATUS,
    list: '*/api/formularhantering/v1/submissions',
    error: formError,
  }),
  kitSource(webcert, 'status', {
    statuses: WC_STATUSES,
    mapping: WC_STATUS,
    list: '*/api/webcert/v1/fragor',
    error: wcError,
  }),
  {
    source: sdk,
    // SDK has no status words: a conversation has unread messages or not (see sdk.test.ts).
    statuses: ['OLAST', 'LAST'],
    mapping: SDK_STATUS,
    list: SDK_CONVERSATIONS,
    error: jsonApiError,
    // An unknown confidentiality marking must not be shown as "none".
    malformed: () =>
      HttpResponse.json({
        data: [sdkConversation('x', { confidentiality: 'hemlig' })],
        links: { next: null },
      }),
    large: () => {
      // The mock service does not page; a real one pages with JSON:API links.next.
      const perMailbox = 175;
      server.use(
        http.get(SDK_CONVERSATIONS, ({ request, params }) => {
          const url = new URL(request.url);
          const from = Number(url.searchParams.get('page[offset]') ?? 0);
          const to = Math.min(from + 50, perMailbox);
          const data = Array.from({ length: to - from }, (_, i) =>
            sdkConversation(`${String(params.mailboxId)}-${from + i}`),
          );
          const next = to < perMailbox ? `${url.pathname}?page%5Boffset%5D=${to}` : null;
          return HttpResponse.json({ data, links: { next } });
        }),
      );
      return mailboxesOfUnit(context.careUnitHsaId).length * perMailbox;
    },
  },
];

/** A conversation resource as the SDK message service sends it. */
function sdkConversation(id: string, attributes: Record<string, unknown> = {}) {
  return {
    type: 'conversations',
    id,
    attributes: {
      label: `Konversation ${id}`,
      confidentiality: 'none',
      counterpart: {
        organisationName: 'Åsby kommun',
        mailboxId: 'fm-hemsjukvarden-asby',
        mailboxName: 'Hemsjukvården Åsby',
      },
      messageCount: 1,
      unreadCount: 1,
      lastMessageAt: '2026-01-01T00:00:00.000Z',
      ...attributes,
    },
  };
}

/** Whether a request's path is the list address (its parameters stand for any one segment). */
const isListRequest = (list: string, request: Request) =>
  new RegExp(
    `^${new URL(list.replace('*', 'http://x')).pathname.replace(/:[^/]+/g, '[^/]+')}$`,
  ).test(new URL(request.url).pathname);

describe.each(CONTRACTS)(
  'the $source.name adapter',
  ({ source, statuses, mapping, list, error, malformed, large }) => {
    it('maps every status of the source, and nothing else', () => {
      expect(Object.keys(mapping).sort()).toEqual([...statuses].sort());
    });

    it('pages to the end of a large unit and reports progress', async () => {
      const expected = large();
      let pages = 0;
      server.events.on('request:start', ({ request }) => {
        if (isListRequest(list, request)) pages += 1;
      });
      const progress: number[] = [];
      const cases = await source.listCases(context, (p) => progress.push(p.loaded));
      server.events.removeAllListeners();
      if (expected !== null) expect(cases).toHaveLength(expected);
      expect(cases.length).toBeGreaterThan(300);
      expect(pages).toBeGreaterThan(1);
      expect(progress.at(-1)).toBe(cases.length);
      expect(new Set(cases.map((c) => c.key)).size).toBe(cases.length);
      expect(
        cases.every((c) => c.careUnitHsaId === context.careUnitHsaId && c.source === source.id),
      ).toBe(true);
    }, 30_000);

    it('refuses a value it does not know instead of guessing', async () => {
      const [first] = await source.listCases(context);
      expect(first).toBeDefined();
      server.use(http.get(list, malformed));
      await expect(source.listCases(context)).rejects.toMatchObject({
        kind: 'invalid-response',
        source: source.id,
      });
    });

    it.each([
      [503, 'unavailable'],
      [403, 'forbidden'],
      [409, 'conflict'],
      [422, 'rejected'],
    ] as const)(
      'turns its own error body with %i into a "%s" error naming the source',
      async (status, kind) => {
        server.use(http.get(list, () => error(status, 'some_code', 'Tjänstens eget meddelande.')));
        const failure = await source.listCases(context).catch((e: unknown) => e);
        expect(failure).toBeInstanceOf(SourceError);
        expect(failure).toMatchObject({ kind, source: source.id, status });
        if (kind === 'unavailable') expect((failure as Error).message).toContain(source.name);
      },
    );

    it('names the source when the network fails', async () => {
      server.use(http.get(list, () => HttpResponse.error()));
      await expect(source.listCases(context)).rejects.toMatchObject({
        kind: 'network',
        message: `${source.name} gick inte att nå.`,
      });
    });

    it('gives up after the timeout and says so', async () => {
      server.use(http.get(list, () => new Promise<Response>(() => {})));
      await expect(source.listCases({ ...context, timeoutMs: 50 })).rejects.toMatchObject({
        kind: 'timeout',
        message: `${source.name} svarade inte i tid.`,
      });
    });
  },
);

/** A one-item page in the source's own shape, with the given status word. */
function passthroughWithStatus(source: string, field: string, value: string): Response {
  const base = {
    personalverktyg: {
      arenden: [
        {
          id: 'x',
          arendenummer: '1',
          typ: 'BOKA_TID',
          rubrik: 'r',
          invanare: { personnummer: '191212121212', namn: 'T' },
          enhetHsaId: context.careUnitHsaId,
          handlaggare: null,
          inkom: '2026-01-01T00:00:00Z',
          besvarasSenast: null,
          prioritet: 'NORMAL',
          oppnad: false,
          senastAndrad: '2026-01-01T00:00:00Z',
          version: 1,
        },
      ],
      nastaSida: null,
      totaltAntal: 1,
      roll: 'ARENDEHANTERARE',
    },
    'stod-och-behandling': {
      items: [
        {
          id: 'x',
          programme: 'p',
          module: 'm',
          subject: 's',
          participant: { ssn: '191212121212', firstName: 'T', lastName: 'T' },
          unitHsaId: context.careUnitHsaId,
          therapist: null,
          sentAt: '2026-01-01T00:00:00Z',
          respondBy: null,
          flagged: false,
          lastActivityAt: '2026-01-01T00:00:00Z',
          etag: '"1"',
        },
      ],
      offset: 0,
      limit: 200,
      total: 1,
    },
    formularhantering: {
      submissions: [
        {
          id: 'x',
          formCode: 'F',
          formTitle: 'f',
          respondent: { personalIdentityNumber: '191212121212', name: 'T' },
          careUnitId: context.careUnitHsaId,
          reviewer: null,
          submittedAt: '2026-01-01T00:00:00Z',
          reviewDeadline: null,
          priority: 2,
          viewed: false,
          updatedAt: '2026-01-01T00:00:00Z',
          revision: 1,
        },
      ],
    },
    webcert: {
      fragor: [
        {
          id: 'x',
          amne: 'OVRIGT',
          rubrik: 'r',
          intyg: { intygsId: 'i', intygsTyp: 'LISJP', intygsNamn: 'n' },
          patient: { personId: '191212121212', fornamn: 'T', efternamn: 'T' },
          enhetsId: context.careUnitHsaId,
          lakare: null,
          skickatTidpunkt: '2026-01-01T00:00:00Z',
          sistaDatumForSvar: null,
          olast: true,
          senasteHandelse: '2026-01-01T00:00:00Z',
        },
      ],
      sida: 1,
      antalSidor: 1,
      totaltAntal: 1,
    },
  }[source] as Record<string, unknown>;
  const listKey = Object.keys(base).find((key) => Array.isArray(base[key]))!;
  const items = (base[listKey] as Record<string, unknown>[]).map((item) => ({
    ...item,
    [field]: value,
  }));
  return HttpResponse.json({ ...base, [listKey]: items });
}

describe('the registry', () => {
  it('has each source once, each opening in its service in the catalog or in the app', () => {
    expect(CASE_SOURCES.map((s) => s.id)).toEqual([
      'personalverktyg',
      'stod-och-behandling',
      'formularhantering',
      'webcert',
      'sdk',
    ]);
    const services = CASE_SOURCES.filter((s) => s.openIn.kind === 'service');
    expect(services.map((s) => s.openIn)).toEqual(
      services.map((s) => ({ kind: 'service', serviceId: s.id })),
    );
    // Secure messages are answered in this app's messages client, at the conversation.
    expect(sdk.openIn).toMatchObject({ kind: 'app', name: 'Meddelanden' });
    expect(sdk.openIn.kind === 'app' && sdk.openIn.href('fm-vc-norrbacka-sip~c-1')).toBe(
      '/meddelanden/fm-vc-norrbacka-sip/c-1',
    );
  });
});
