/**
 * Seed data of the 1177 Stöd och behandling stand-in: participants' messages to their therapist
 * in internet-based support and treatment programmes.
 */
import { iso, seededCases } from '../lib/case-seeds';
import { DAY, HOUR } from '../lib/clock';
import { pick } from '../lib/seeded-random';

export const SOB_STATES = ['UNREAD', 'READ', 'ANSWERED', 'ARCHIVED'] as const;
export type SobState = (typeof SOB_STATES)[number];

export type SobPost = {
  id: string;
  author: 'PARTICIPANT' | 'THERAPIST';
  authorName: string;
  body: string;
  sentAt: string;
  clientMessageId?: string;
};

export type SobEvent = { at: string; kind: string; by: string | null; note?: string };

export type SobMessage = {
  id: string;
  programme: string;
  module: string;
  subject: string;
  participant: { ssn: string; firstName: string; lastName: string };
  unitHsaId: string;
  state: SobState;
  therapist: { hsaId: string; displayName: string } | null;
  sentAt: string;
  respondBy: string;
  flagged: boolean;
  lastActivityAt: string;
  /** Changes only with If-Match semantics: a stale etag is a 409. */
  etag: string;
  thread: SobPost[];
  events: SobEvent[];
};

const PROGRAMMES = [
  {
    programme: 'KBT vid sömnproblem',
    modules: ['Sömndagbok', 'Sömnrestriktion', 'Återfallsprevention'],
  },
  { programme: 'Stöd vid oro och ångest', modules: ['Att förstå oro', 'Exponering', 'Min plan'] },
  {
    programme: 'Depression – internetbaserad KBT',
    modules: ['Beteendeaktivering', 'Tankar och känslor'],
  },
  { programme: 'Hantera långvarig smärta', modules: ['Acceptans', 'Aktivitetsplanering'] },
];

const BODIES = [
  'Jag har svårt att komma igång med övningen den här veckan. Hur ska jag tänka?',
  'Jag har gjort klart modulen. Det gick bättre än jag trodde!',
  'Jag sov sämre efter att jag började med sömnrestriktionen. Är det normalt?',
  'Kan vi prata om hur jag ska fortsätta efter programmet?',
  'Jag missade förra veckans uppgift, kan jag göra den nu?',
];

export function seedMessages(unitHsaId: string): SobMessage[] {
  return seededCases(
    'stod-och-behandling',
    unitHsaId,
    ({ random, index, patient, receivedAt, open, assignee }) => {
      const { programme, modules } = pick(random, PROGRAMMES);
      const module = pick(random, modules);
      const sentAt = iso(receivedAt);
      const name = `${patient.givenName} ${patient.familyName}`;
      const therapist = assignee ?? null;
      const state: SobState = !open
        ? 'ARCHIVED'
        : pick(random, ['UNREAD', 'UNREAD', 'READ', 'ANSWERED'] as const);
      const events: SobEvent[] = [{ at: sentAt, kind: 'Meddelande från deltagaren', by: name }];
      if (state === 'ARCHIVED')
        events.push({
          at: iso(receivedAt + 3 * HOUR),
          kind: 'Arkiverat',
          by: therapist?.name ?? null,
        });
      return {
        id: `sob-${unitHsaId.slice(-4).toLowerCase()}-${index}`,
        programme,
        module,
        subject: `${module} – fråga till behandlaren`,
        participant: {
          ssn: patient.identityNumber,
          firstName: patient.givenName,
          lastName: patient.familyName,
        },
        unitHsaId,
        state,
        therapist: therapist ? { hsaId: therapist.hsaId, displayName: therapist.name } : null,
        sentAt,
        respondBy: iso(receivedAt + 2 * DAY),
        flagged: random() < 0.15,
        lastActivityAt: events[events.length - 1]!.at,
        etag: `"${index}-1"`,
        thread: [
          {
            id: `p${index}-1`,
            author: 'PARTICIPANT',
            authorName: name,
            body: pick(random, BODIES),
            sentAt,
          },
        ],
        events,
      };
    },
  );
}
