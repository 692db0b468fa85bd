import { z } from 'zod';
import { paths } from '@/config/paths';
import { finishCase, type Case, type CaseDetail, type CaseStatus } from '../model';
import { sourceRequest, SourceError, type CaseSource, type SourceContext } from './case-source';

/**
 * Säker digital kommunikation (SDK): conversations in the care unit's functional mailboxes, one
 * case per mailbox and conversation. JSON:API resources (`data: [{ type, id, attributes }]`,
 * paging by `links.next`). Replies and attachments are written in the messages client
 * (/meddelanden), which keeps drafts and an outbox; the inbox shows the thread and links there.
 */

const BASE = '/api/sdk/message-service/v1';
const SOURCE = { id: 'sdk', name: 'Säkra meddelanden (SDK)' } as const;

/**
 * SDK has no case status: a conversation is unread (new inbound messages) or read. These are
 * the adapter's words for the two, and what they mean in the inbox.
 */
export const SDK_STATUS = { OLAST: 'new', LAST: 'in-progress' } as const satisfies Record<
  string,
  CaseStatus
>;
const SDK_STATUS_WORDS: Record<keyof typeof SDK_STATUS, string> = { OLAST: 'Oläst', LAST: 'Läst' };

const party = z.object({
  organisationName: z.string(),
  mailboxId: z.string(),
  mailboxName: z.string(),
});

/** JSON:API paging: the next page's address, absent or null on the last page. */
const links = z.object({ next: z.string().nullish() }).optional();

const mailboxesSchema = z.object({
  data: z.array(z.object({ id: z.string(), attributes: z.object({ name: z.string() }) })),
  links,
});

const conversationsSchema = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      attributes: z.object({
        label: z.string(),
        // An unknown marking is refused rather than shown as not confidential.
        confidentiality: z.enum(['none', 'confidential']),
        counterpart: party,
        messageCount: z.number().int().positive(),
        unreadCount: z.number().int().nonnegative(),
        lastMessageAt: z.iso.datetime({ offset: true }),
      }),
    }),
  ),
  links,
});

const messagesSchema = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      attributes: z.object({
        label: z.string(),
        sender: party,
        sentBy: z.object({ name: z.string(), title: z.string() }).nullable(),
        documents: z.object({
          body: z.string(),
          attachments: z.array(z.object({ fileName: z.string() })),
        }),
        sentAt: z.string(),
        direction: z.enum(['inbound', 'outbound']),
        deliveryStatus: z.enum(['sent', 'delivered']),
      }),
    }),
  ),
  links,
});

type Conversation = z.infer<typeof conversationsSchema>['data'][number];
type Mailbox = { id: string; name: string };

// A case id names the mailbox and the conversation; "~" occurs in neither.
const caseId = (mailboxId: string, conversationId: string) => `${mailboxId}~${conversationId}`;

/** The mailbox and conversation of a case id. */
export function splitSdkCaseId(id: string): { mailboxId: string; conversationId: string } {
  const [mailboxId, conversationId, extra] = id.split('~');
  if (!mailboxId || !conversationId || extra !== undefined)
    throw new SourceError(SOURCE.id, 'not-found', 'Konversationen finns inte.', 404);
  return { mailboxId, conversationId };
}

const mailboxPath = (id: string) => `${BASE}/mailboxes/${encodeURIComponent(id)}`;
const conversationsPath = (mailboxId: string) => `${mailboxPath(mailboxId)}/conversations`;

/**
 * Every page of a JSON:API collection. A next link is followed only within the same collection
 * of this origin: the token never goes anywhere else.
 */
async function allPages<T>(
  context: SourceContext,
  path: string,
  schema: z.ZodType<{ data: T[]; links?: { next?: string | null } }>,
  onPage?: (items: T[]) => void,
): Promise<T[]> {
  const items: T[] = [];
  let next: string | null = path;
  for (let page = 0; next; page += 1) {
    if (page >= 1000) throw invalid('tar aldrig slut');
    const answer: { data: T[]; links?: { next?: string | null } } = await sourceRequest(
      SOURCE,
      context,
      next,
      schema,
    );
    items.push(...answer.data);
    onPage?.(answer.data);
    next = answer.links?.next ? sameCollection(answer.links.next, path) : null;
  }
  return items;
}

function sameCollection(link: string, path: string): string {
  const url = new URL(link, window.location.origin);
  if (url.origin !== window.location.origin || url.pathname !== path)
    throw invalid('pekar ut en annan adress som nästa sida');
  return `${url.pathname}${url.search}`;
}

const invalid = (what: string) =>
  new SourceError(
    SOURCE.id,
    'invalid-response',
    `${SOURCE.name} svarade med uppgifter som inte gick att läsa (listan ${what}).`,
  );

const describeParty = (p: z.infer<typeof party>) => `${p.mailboxName} (${p.organisationName})`;

function toCase(mailbox: Mailbox, c: Conversation, careUnitHsaId: string): Case {
  const { attributes: a } = c;
  const word = a.unreadCount > 0 ? 'OLAST' : 'LAST';
  return finishCase({
    source: SOURCE.id,
    id: caseId(mailbox.id, c.id),
    reference: c.id,
    type: 'organisation-message',
    subject: a.label,
    patient: null,
    counterpart: describeParty(a.counterpart),
    careUnitHsaId,
    status: SDK_STATUS[word],
    sourceStatus:
      a.unreadCount > 1 ? `${a.unreadCount} olästa meddelanden` : SDK_STATUS_WORDS[word],
    // The conversation belongs to the unit's functional mailbox, never to one person.
    assignee: { hsaId: mailbox.id, name: mailbox.name },
    assigneeLabel: 'Funktionsbrevlåda',
    receivedAt: a.lastMessageAt,
    dueAt: null,
    priority: 'normal',
    unread: a.unreadCount > 0,
    lastActivityAt: a.lastMessageAt,
    version: `${a.lastMessageAt}|${a.messageCount}|${a.unreadCount}`,
    capabilities: {
      take: false,
      assign: false,
      statuses: [],
      reply: false,
      close: false,
      reopen: false,
      onlyInSource: ['Svara i konversationen', 'Bifoga och ladda ner filer', 'Se leveransstatus'],
    },
  });
}

const listMailboxes = async (context: SourceContext): Promise<Mailbox[]> =>
  (await allPages(context, `${BASE}/mailboxes`, mailboxesSchema)).map((m) => ({
    id: m.id,
    name: m.attributes.name,
  }));

export const sdk: CaseSource = {
  ...SOURCE,
  openIn: {
    kind: 'app',
    name: 'Meddelanden',
    href: (id) => {
      const { mailboxId, conversationId } = splitSdkCaseId(id);
      return paths.messages.getHref(mailboxId, conversationId);
    },
  },

  async listCases(context, onProgress) {
    const cases: Case[] = [];
    // The service answers with the mailboxes of the commission's care unit only.
    for (const mailbox of await listMailboxes(context)) {
      await allPages(context, conversationsPath(mailbox.id), conversationsSchema, (page) => {
        for (const c of page) cases.push(toCase(mailbox, c, context.careUnitHsaId));
        onProgress?.({ loaded: cases.length, total: null });
      });
    }
    return cases;
  },

  async getCase(context, id) {
    const { mailboxId, conversationId } = splitSdkCaseId(id);
    // Another unit's mailbox is refused by the service (403) here, before anything is shown.
    const [conversations, mailboxes] = await Promise.all([
      allPages(context, conversationsPath(mailboxId), conversationsSchema),
      listMailboxes(context),
    ]);
    const mailbox = mailboxes.find((m) => m.id === mailboxId);
    const conversation = conversations.find((c) => c.id === conversationId);
    if (!mailbox || !conversation)
      throw new SourceError(SOURCE.id, 'not-found', 'Konversationen finns inte i brevlådan.', 404);
    const found = toCase(mailbox, conversation, context.careUnitHsaId);
    const thread = await allPages(
      context,
      `${conversationsPath(mailboxId)}/${encodeURIComponent(conversationId)}/messages`,
      messagesSchema,
    );
    const { attributes: a } = conversation;
    return {
      ...found,
      history: thread.map(({ attributes: m }) => ({
        at: m.sentAt,
        text: m.direction === 'inbound' ? 'Meddelande kom in' : 'Meddelande skickat',
        by: m.sentBy?.name ?? m.sender.mailboxName,
      })),
      messages: thread.map(({ id: messageId, attributes: m }) => ({
        id: messageId,
        from: m.direction === 'inbound' ? 'organisation' : 'staff',
        author: m.sentBy ? `${m.sentBy.name}, ${describeParty(m.sender)}` : describeParty(m.sender),
        // Plain text, rendered as text: attachments are only named here.
        text:
          m.documents.attachments.length > 0
            ? `${m.documents.body}\n\nBilagor: ${m.documents.attachments.map((f) => f.fileName).join(', ')}`
            : m.documents.body,
        sentAt: m.sentAt,
      })),
      facts: [
        { label: 'Motpart', value: describeParty(a.counterpart) },
        {
          label: 'Sekretess',
          value: a.confidentiality === 'confidential' ? 'Sekretessmarkerat' : 'Ingen markering',
        },
        { label: 'Antal meddelanden', value: String(thread.length) },
      ],
    } satisfies CaseDetail;
  },

  async perform() {
    throw new SourceError(SOURCE.id, 'rejected', 'Svara under Meddelanden.');
  },
};
