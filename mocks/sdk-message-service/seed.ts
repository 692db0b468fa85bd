/**
 * Conversations the mailboxes start with, and inbound messages that arrive over time (their
 * `availableAt` lies ahead of the moment the database was seeded). Times are relative to that
 * moment, so the seed is the same in every test. Patients are the Swedish test identities.
 */
import { stateStartedAt } from '../lib/clock';
import { findMailbox } from '../sdk-address-book/directory';

export type Party = {
  participantId: string;
  organisationName: string;
  mailboxId: string;
  mailboxName: string;
};

export type StoredAttachment = {
  fileName: string;
  contentType: string;
  size: number;
  /** base64 */
  content: string;
};

export type StoredMessage = {
  messageId: string;
  conversationId: string;
  refToMessageId: string | null;
  label: string;
  confidentiality: 'none' | 'confidential';
  sender: Party;
  recipient: Party;
  /** The member of staff who wrote it, for the reader's information (the sender is the mailbox). */
  sentBy: { name: string; title: string } | null;
  body: string;
  attachments: StoredAttachment[];
  sentAt: string;
  /** When the service delivered it to the recipient's mailbox; the recipient sees it from then. */
  deliveredAt: string;
  readAt: string | null;
};

export function partyOf(mailboxId: string): Party {
  const entry = findMailbox(mailboxId);
  if (!entry) throw new Error(`Okänd brevlåda ${mailboxId}`);
  return {
    participantId: entry.organisation.participantId,
    organisationName: entry.organisation.name,
    mailboxId: entry.mailbox.id,
    mailboxName: entry.mailbox.name,
  };
}

const MINUTE = 60_000;

type SeedMessage = Omit<StoredMessage, 'sender' | 'recipient' | 'sentAt' | 'deliveredAt'> & {
  from: string;
  to: string;
  /** Minutes from seeding; negative = in the past, positive = arrives later. */
  at: number;
};

// A tiny valid PDF ("%PDF-1.4 …"), so seeded attachments download as real files.
const SAMPLE_PDF = btoa(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

const SEED: SeedMessage[] = [
  {
    messageId: '5b1f7c0e-3d52-4f7a-9a55-0d3c2b6e9f01',
    conversationId: '0f6a8e5c-1b7d-4c52-8f0e-6a1d3b9c7e10',
    refToMessageId: null,
    label: 'Kallelse till SIP-möte – Tolvan Tolvansson',
    confidentiality: 'confidential',
    from: 'fm-hemsjukvarden-asby',
    to: 'fm-vc-norrbacka-sip',
    sentBy: { name: 'Elin Sandberg', title: 'Sjuksköterska i kommunal hemsjukvård' },
    body: 'Hej!\n\nVi kallar till SIP-möte för Tolvan Tolvansson (19121212-1212) den 14 december kl. 10.00 i Åsby kommunhus, rum Ekorren. Patienten och dottern deltar.\n\nKallelsen bifogas.\n\nVänliga hälsningar\nHemsjukvården Åsby',
    attachments: [
      {
        fileName: 'kallelse-sip.pdf',
        contentType: 'application/pdf',
        size: atob(SAMPLE_PDF).length,
        content: SAMPLE_PDF,
      },
    ],
    readAt: 'seeded',
    at: -3 * 24 * 60,
  },
  {
    messageId: '5b1f7c0e-3d52-4f7a-9a55-0d3c2b6e9f02',
    conversationId: '0f6a8e5c-1b7d-4c52-8f0e-6a1d3b9c7e10',
    refToMessageId: '5b1f7c0e-3d52-4f7a-9a55-0d3c2b6e9f01',
    label: 'Sv: Kallelse till SIP-möte – Tolvan Tolvansson',
    confidentiality: 'confidential',
    from: 'fm-vc-norrbacka-sip',
    to: 'fm-hemsjukvarden-asby',
    sentBy: { name: 'Anna Lindqvist', title: 'Läkare' },
    body: 'Tack, jag kommer. Jag tar med aktuell läkemedelslista.\n\nAnna Lindqvist, läkare',
    attachments: [],
    readAt: 'seeded',
    at: -2 * 24 * 60,
  },
  {
    messageId: '5b1f7c0e-3d52-4f7a-9a55-0d3c2b6e9f03',
    conversationId: '2c9d4b7a-6e1f-4a38-b5c2-9d7e0f1a2b30',
    refToMessageId: null,
    label: 'Utskrivningsplanering – Lilly Svensson',
    confidentiality: 'confidential',
    from: 'fm-ortopeden',
    to: 'fm-hemsjukvarden-asby',
    sentBy: { name: 'Johan Nilsson', title: 'Vårdadministratör' },
    body: 'Patienten Lilly Svensson planeras skrivas ut på fredag efter höftoperation. Hon behöver hjälp med omläggning av såret varannan dag. Kan hemsjukvården ta emot?',
    attachments: [],
    readAt: null,
    at: -90,
  },
  {
    // Arrives a while after the start, so a person who keeps the page open sees one come in.
    messageId: '5b1f7c0e-3d52-4f7a-9a55-0d3c2b6e9f04',
    conversationId: '7e3a1c9b-4d2f-4b6a-8c1e-5f9d2a7b3c40',
    refToMessageId: null,
    label: 'Läkemedelslista efter besök',
    confidentiality: 'confidential',
    from: 'fm-vc-sjostaden',
    to: 'fm-hemsjukvarden-asby',
    sentBy: { name: 'Anna Lindqvist', title: 'Läkare' },
    body: 'Uppdaterad läkemedelslista efter dagens besök. Waran utsatt, Eliquis 5 mg 1×2 insatt. Vänligen uppdatera er ordinationshandling.',
    attachments: [],
    readAt: null,
    at: 4,
  },
  {
    messageId: '5b1f7c0e-3d52-4f7a-9a55-0d3c2b6e9f05',
    conversationId: '9a2b7c4d-1e6f-4d3a-9b8c-2e5f7a1d6c50',
    refToMessageId: null,
    label: 'Fråga om remiss till fysioterapi',
    confidentiality: 'none',
    from: 'fm-norrbacka-rehab',
    to: 'fm-vc-norrbacka-remiss',
    sentBy: null,
    body: 'Vi saknar uppgift om diagnos i remissen som skickades förra veckan. Kan ni komplettera?',
    attachments: [],
    readAt: null,
    at: 6,
  },
];

export function seedMessages(): StoredMessage[] {
  const now = stateStartedAt();
  return SEED.map(({ from, to, at, readAt, ...message }) => {
    const time = new Date(now + at * MINUTE).toISOString();
    return {
      ...message,
      sender: partyOf(from),
      recipient: partyOf(to),
      sentAt: time,
      deliveredAt: time,
      readAt: readAt === null ? null : time,
    };
  });
}
