/**
 * The organisations and functional mailboxes of the SDK address book (Säker digital
 * kommunikation). Messages go to an organisation's functional mailbox, never to a person.
 *
 * Participant identifiers are ISO 6523: `0007:<organisation number>` (the Swedish organisation
 * number scheme) or `0203:<id>` (an identifier issued for the SDK federation). Organisation
 * numbers of the region and the municipality are the made-up ones the test staff's HSA-ids use.
 * A mailbox that belongs to one of our care units names it, so the message service can tell
 * whose mailboxes a commission may read.
 */
import { CARE_UNITS } from '../idp/staff';
import { table } from '../lib/store';

export type FunctionalMailbox = {
  /** Stable id of the mailbox in the address book. */
  id: string;
  name: string;
  description: string;
  /** The care unit whose staff read the mailbox; null for other organisations' mailboxes. */
  careUnitHsaId: string | null;
  /** A removed mailbox stays known (old conversations name it) but takes no new messages. */
  status: 'active' | 'removed';
};

export type Organisation = {
  participantId: string;
  organisationNumber: string;
  name: string;
  description: string;
  mailboxes: FunctionalMailbox[];
};

export const REGION_NORRBACKA = '0007:2321000016';
export const ASBY_KOMMUN = '0007:2120000142';

export const ORGANISATIONS: readonly Organisation[] = [
  {
    participantId: REGION_NORRBACKA,
    organisationNumber: '232100-0016',
    name: 'Region Norrbacka',
    description: 'Hälso- och sjukvård i Region Norrbacka: vårdcentraler och Norrbacka sjukhus.',
    mailboxes: [
      {
        id: 'fm-vc-norrbacka-sip',
        name: 'Vårdcentralen Norrbacka – SIP',
        description: 'Samordnad individuell plan (SIP): kallelser och planer.',
        careUnitHsaId: CARE_UNITS.vcNorrbacka.healthCareUnitHsaId,
        status: 'active',
      },
      {
        id: 'fm-vc-norrbacka-remiss',
        name: 'Vårdcentralen Norrbacka – Remisser och vårdplaner',
        description: 'Remisser, vårdplaner och epikriser till vårdcentralen.',
        careUnitHsaId: CARE_UNITS.vcNorrbacka.healthCareUnitHsaId,
        status: 'active',
      },
      {
        id: 'fm-vc-norrbacka-lakemedel',
        name: 'Vårdcentralen Norrbacka – Läkemedelsfrågor',
        description: 'Ersatt av brevlådan för remisser och vårdplaner.',
        careUnitHsaId: CARE_UNITS.vcNorrbacka.healthCareUnitHsaId,
        status: 'removed',
      },
      {
        id: 'fm-vc-sjostaden',
        name: 'Vårdcentralen Sjöstaden',
        description: 'Vårdcentralens gemensamma brevlåda.',
        careUnitHsaId: CARE_UNITS.vcSjostaden.healthCareUnitHsaId,
        status: 'active',
      },
      {
        id: 'fm-ortopeden',
        name: 'Ortopedkliniken, Norrbacka sjukhus',
        description: 'Utskrivningsplanering och frågor om inneliggande patienter.',
        careUnitHsaId: CARE_UNITS.ortopedKlinik.healthCareUnitHsaId,
        status: 'active',
      },
    ],
  },
  {
    participantId: ASBY_KOMMUN,
    organisationNumber: '212000-0142',
    name: 'Åsby kommun',
    description: 'Kommunal hälso- och sjukvård, hemtjänst och elevhälsa i Åsby kommun.',
    mailboxes: [
      {
        id: 'fm-hemsjukvarden-asby',
        name: 'Hemsjukvården Åsby',
        description: 'Kommunal hemsjukvård: SIP, vårdplaner och läkemedelslistor.',
        careUnitHsaId: CARE_UNITS.hemsjukvard.healthCareUnitHsaId,
        status: 'active',
      },
      {
        id: 'fm-elevhalsan-asby',
        name: 'Elevhälsan Åsby skolor',
        description: 'Elevhälsans medicinska insats.',
        careUnitHsaId: CARE_UNITS.elevhalsan.healthCareUnitHsaId,
        status: 'active',
      },
      {
        id: 'fm-hemtjansten-asby',
        name: 'Hemtjänsten Åsby centrum',
        description: 'Hemtjänstens samordnare.',
        careUnitHsaId: CARE_UNITS.hemtjanst.healthCareUnitHsaId,
        status: 'active',
      },
    ],
  },
  {
    participantId: '0007:2120000175',
    organisationNumber: '212000-0175',
    name: 'Sjövik kommun',
    description: 'Grannkommun till Åsby med egen hemsjukvård.',
    mailboxes: [
      {
        id: 'fm-sjovik-hemsjukvard',
        name: 'Hemsjukvården Sjövik',
        description: 'Kommunal hemsjukvård i Sjövik.',
        careUnitHsaId: null,
        status: 'active',
      },
    ],
  },
  {
    participantId: '0203:5560001234',
    organisationNumber: '556000-1234',
    name: 'Norrbacka Rehab AB',
    description: 'Privat vårdgivare med avtal om rehabilitering i Region Norrbacka.',
    mailboxes: [
      {
        id: 'fm-norrbacka-rehab',
        name: 'Norrbacka Rehab – Remisser',
        description: 'Remisser till fysioterapi och arbetsterapi.',
        careUnitHsaId: null,
        status: 'active',
      },
    ],
  },
];

// Tests and the dev tools can remove a mailbox while a draft still points at it.
const removals = table<string>('sdkAddressBook.removed', { key: (mailboxId) => mailboxId });

export function removeMailbox(mailboxId: string): void {
  removals.save([...new Set([...removals.all(), mailboxId])]);
}

export type MailboxEntry = { organisation: Organisation; mailbox: FunctionalMailbox };

/** A mailbox with its organisation, as it is now (removed ones included). */
export function findMailbox(mailboxId: string): MailboxEntry | null {
  const removed = removals.all();
  for (const organisation of ORGANISATIONS) {
    const mailbox = organisation.mailboxes.find((m) => m.id === mailboxId);
    if (mailbox) {
      return {
        organisation,
        mailbox: removed.includes(mailbox.id) ? { ...mailbox, status: 'removed' } : mailbox,
      };
    }
  }
  return null;
}

/** Every mailbox a care unit's staff read, active ones only. */
export function mailboxesOfUnit(careUnitHsaId: string): MailboxEntry[] {
  return ORGANISATIONS.flatMap((organisation) =>
    organisation.mailboxes
      .filter((m) => m.careUnitHsaId === careUnitHsaId)
      .map((m) => findMailbox(m.id)!)
      .filter((entry) => entry.mailbox.status === 'active'),
  );
}

const digits = (text: string) => text.replace(/\D/g, '');
const fold = (text: string) => text.toLocaleLowerCase('sv').normalize('NFC');

/**
 * Organisations whose name, a mailbox name or organisation number matches every word of the
 * query; only active mailboxes are listed (an organisation without any is left out).
 */
export function searchOrganisations(query: string): Organisation[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const removed = removals.all();
  return ORGANISATIONS.map((organisation) => ({
    ...organisation,
    mailboxes: organisation.mailboxes.filter(
      (m) => m.status === 'active' && !removed.includes(m.id),
    ),
  })).filter((organisation) => {
    if (organisation.mailboxes.length === 0) return false;
    const text = fold([organisation.name, ...organisation.mailboxes.map((m) => m.name)].join(' '));
    const number = digits(organisation.organisationNumber);
    return words.every((word) => {
      const wordDigits = digits(word);
      if (wordDigits.length >= 4 && wordDigits.length === word.replace(/[-\s]/g, '').length)
        return number.includes(wordDigits);
      return text.includes(word);
    });
  });
}
