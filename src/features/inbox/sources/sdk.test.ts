import { http, HttpResponse } from 'msw';
import { server } from '../../../../mocks/node';
import { CARE_UNITS, findStaff, type StaffMember } from '../../../../mocks/idp/staff';
import { authHeaders, signAccessToken } from '../../../../mocks/lib/test-tokens';
import { deliverNextInbound } from '../../../../mocks/sdk-message-service/handlers';
import { configureHttpClient } from '@/lib/http-client';
import type { SourceContext } from './case-source';
import { sdk, splitSdkCaseId } from './sdk';

const SIP_CONVERSATION = '0f6a8e5c-1b7d-4c52-8f0e-6a1d3b9c7e10';
const CONVERSATIONS = '*/api/sdk/message-service/v1/mailboxes/:mailboxId/conversations';

const doctor = findStaff('lakare')!;
const homeCareNurse = findStaff('hemsjukskoterska')!;

const contextOf = (person: StaffMember, careUnitHsaId: string): SourceContext => ({
  commissionHsaId: person.commissions.find((c) => c.healthCareUnitHsaId === careUnitHsaId)!
    .commissionHsaId,
  careUnitHsaId,
  me: { hsaId: person.employeeHsaId, name: `${person.given_name} ${person.family_name}` },
});
const norrbacka = contextOf(doctor, CARE_UNITS.vcNorrbacka.healthCareUnitHsaId);
const homeCare = contextOf(homeCareNurse, CARE_UNITS.hemsjukvard.healthCareUnitHsaId);

/** The http client signs in as this person (each context's commission is sent per request). */
async function signInAs(person: StaffMember) {
  const token = await signAccessToken(person);
  configureHttpClient({ getAccessToken: async () => token, onUnauthorized: () => {} });
}

beforeEach(() => signInAs(doctor));
afterEach(() => configureHttpClient(null));

/** Delivers the seed's messages that were to arrive later, all of them, now. */
function deliverEverything() {
  while (deliverNextInbound()) {
    // next
  }
}

describe('the SDK adapter', () => {
  it('makes each conversation of the unit’s mailboxes a case with no patient', async () => {
    const cases = await sdk.listCases(norrbacka);
    const sip = cases.find((c) => c.id === `fm-vc-norrbacka-sip~${SIP_CONVERSATION}`);
    expect(sip).toMatchObject({
      key: `sdk:fm-vc-norrbacka-sip~${SIP_CONVERSATION}`,
      source: 'sdk',
      type: 'organisation-message',
      subject: 'Kallelse till SIP-möte – Tolvan Tolvansson',
      patient: null,
      counterpart: 'Hemsjukvården Åsby (Åsby kommun)',
      assignee: { hsaId: 'fm-vc-norrbacka-sip', name: 'Vårdcentralen Norrbacka – SIP' },
      assigneeLabel: 'Funktionsbrevlåda',
      careUnitHsaId: norrbacka.careUnitHsaId,
      // Both messages are read: the conversation goes on, nothing new in it.
      status: 'in-progress',
      unread: false,
    });
    expect(sip!.capabilities).toMatchObject({ take: false, assign: false, reply: false });
    // Found by the other organisation's name.
    expect(sip!.index.text).toContain('åsby');
  });

  it('shows a conversation with unread messages as new, and read as ongoing', async () => {
    deliverEverything();
    const cases = await sdk.listCases(norrbacka);
    const question = cases.find((c) => c.subject === 'Fråga om remiss till fysioterapi');
    expect(question).toMatchObject({ status: 'new', unread: true, sourceStatus: 'Oläst' });

    const { mailboxId, conversationId } = splitSdkCaseId(question!.id);
    await fetch(
      `http://localhost/api/sdk/message-service/v1/mailboxes/${mailboxId}/conversations/${conversationId}/read`,
      {
        method: 'POST',
        headers: await authHeaders(doctor, { commissionHsaId: norrbacka.commissionHsaId }),
      },
    );
    const after = (await sdk.listCases(norrbacka)).find((c) => c.id === question!.id);
    expect(after).toMatchObject({ status: 'in-progress', unread: false, sourceStatus: 'Läst' });
  });

  it('never shows another unit’s conversations, and refuses to open one', async () => {
    deliverEverything();
    const ours = await sdk.listCases(norrbacka);
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.every((c) => /^fm-vc-norrbacka-/.test(c.id))).toBe(true);
    const subjects = ours.map((c) => c.subject);
    // Between Åsby's home care and others: not Norrbacka's business.
    expect(subjects).not.toContain('Utskrivningsplanering – Lilly Svensson');
    expect(subjects).not.toContain('Läkemedelslista efter besök');

    // The same conversation from the home care's side is theirs alone.
    await expect(
      sdk.getCase(norrbacka, `fm-hemsjukvarden-asby~${SIP_CONVERSATION}`),
    ).rejects.toMatchObject({ kind: 'forbidden', source: 'sdk', status: 403 });

    await signInAs(homeCareNurse);
    const theirs = await sdk.listCases(homeCare);
    expect(theirs.every((c) => c.id.startsWith('fm-hemsjukvarden-asby~'))).toBe(true);
    expect(theirs.map((c) => c.subject)).toEqual(
      expect.arrayContaining([
        'Kallelse till SIP-möte – Tolvan Tolvansson',
        'Utskrivningsplanering – Lilly Svensson',
        'Läkemedelslista efter besök',
      ]),
    );
  });

  it('opens a conversation as a case with its thread, as text', async () => {
    const detail = await sdk.getCase(norrbacka, `fm-vc-norrbacka-sip~${SIP_CONVERSATION}`);
    expect(detail.patient).toBeNull();
    expect(detail.messages).toHaveLength(2);
    expect(detail.messages[0]).toMatchObject({
      from: 'organisation',
      author: 'Elin Sandberg, Hemsjukvården Åsby (Åsby kommun)',
    });
    expect(detail.messages[0]!.text).toMatch(/Bilagor: kallelse-sip\.pdf$/);
    expect(detail.messages[1]).toMatchObject({ from: 'staff' });
    expect(detail.history.map((h) => h.text)).toEqual(['Meddelande kom in', 'Meddelande skickat']);
    expect(detail.facts).toEqual([
      { label: 'Motpart', value: 'Hemsjukvården Åsby (Åsby kommun)' },
      { label: 'Sekretess', value: 'Sekretessmarkerat' },
      { label: 'Antal meddelanden', value: '2' },
    ]);
  });

  it('says a conversation that is not in the mailbox is not found', async () => {
    await expect(
      sdk.getCase(norrbacka, 'fm-vc-norrbacka-sip~00000000-0000-0000-0000-000000000000'),
    ).rejects.toMatchObject({ kind: 'not-found', source: 'sdk' });
    await expect(sdk.getCase(norrbacka, 'inte-ett-id')).rejects.toMatchObject({
      kind: 'not-found',
    });
  });

  it('follows a next page only within the same list of this origin', async () => {
    server.use(
      http.get(CONVERSATIONS, () =>
        HttpResponse.json({ data: [], links: { next: 'https://annan.example/samla-in' } }),
      ),
    );
    let foreign = 0;
    server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).hostname === 'annan.example') foreign += 1;
    });
    await expect(sdk.listCases(norrbacka)).rejects.toMatchObject({
      kind: 'invalid-response',
      source: 'sdk',
    });
    server.events.removeAllListeners();
    expect(foreign).toBe(0);
  });

  it('does nothing to a conversation itself: replies are written under Meddelanden', async () => {
    const [first] = await sdk.listCases(norrbacka);
    await expect(sdk.perform(norrbacka, first!, { kind: 'take' })).rejects.toMatchObject({
      kind: 'rejected',
      message: 'Svara under Meddelanden.',
    });
  });
});
