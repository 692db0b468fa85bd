/**
 * The one Case model every source's adapter produces, whatever the source calls things.
 */

export const SOURCE_IDS = [
  'personalverktyg',
  'stod-och-behandling',
  'formularhantering',
  'webcert',
  'sdk',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export const CASE_TYPE_LABELS = {
  'prescription-renewal': 'Förnya recept',
  'contact-me': 'Kontakta mig',
  'cancel-appointment': 'Avboka tid',
  'rebook-appointment': 'Omboka tid',
  'appointment-request': 'Önskar tid',
  advice: 'Rådgivning',
  message: 'Meddelande från 1177',
  'treatment-message': 'Meddelande i behandlingsprogram',
  form: 'Formulär att granska',
  'certificate-question': 'Fråga om intyg',
  'organisation-message': 'Meddelande från annan organisation',
} as const;
export type CaseType = keyof typeof CASE_TYPE_LABELS;

export const CASE_STATUS_LABELS = {
  new: 'Ny',
  'in-progress': 'Pågående',
  waiting: 'Väntar på svar',
  closed: 'Avslutad',
} as const;
export type CaseStatus = keyof typeof CASE_STATUS_LABELS;

export const PRIORITY_LABELS = { high: 'Hög', normal: 'Normal', low: 'Låg' } as const;
export type Priority = keyof typeof PRIORITY_LABELS;

export type StaffRef = { hsaId: string; name: string; title?: string };

/** Who uses the inbox, for which commission: passed in from the app (features do not share state). */
export type InboxContext = {
  commissionHsaId: string;
  careUnitHsaId: string;
  careUnitName: string;
  me: StaffRef;
};

/**
 * The inbox context of a person and their commission, or null without either. Only a commission
 * for care and treatment gives access to cases: the app passes the active commission only when
 * it is one (auth's isCareCommission), else null.
 */
export function inboxContextOf(
  person: { employeeHsaId: string; fullName: string } | null,
  careCommission: {
    commissionHsaId: string;
    healthCareUnitHsaId: string;
    healthCareUnitName: string;
  } | null,
): InboxContext | null {
  if (!person || !careCommission) return null;
  return {
    commissionHsaId: careCommission.commissionHsaId,
    careUnitHsaId: careCommission.healthCareUnitHsaId,
    careUnitName: careCommission.healthCareUnitName,
    me: { hsaId: person.employeeHsaId, name: person.fullName },
  };
}

export type CasePatient = {
  /** Twelve digits. Shown in the case view only; never in an address or in storage. */
  identityNumber: string;
  name: string;
};

/** What can be done to the case here; everything else is done in the source's own service. */
export type CaseCapabilities = {
  take: boolean;
  /** Assign to a colleague at the unit. */
  assign: boolean;
  /** Statuses the case can be moved to here (besides closing and reopening). */
  statuses: CaseStatus[];
  reply: boolean;
  close: boolean;
  reopen: boolean;
  /** Swedish, e.g. "Komplettera intyget": only in the source service. */
  onlyInSource: string[];
};

export type Case = {
  /** Unique over all sources: `${source}:${id}`. */
  key: string;
  source: SourceId;
  id: string;
  /** The number people quote, as the source shows it. */
  reference: string;
  type: CaseType;
  subject: string;
  patient: CasePatient | null;
  /** Who the case is with when there is no patient, e.g. another organisation's mailbox. */
  counterpart?: string;
  careUnitHsaId: string;
  status: CaseStatus;
  /** The source's own status word, for the details. */
  sourceStatus: string;
  assignee: StaffRef | null;
  /** What the source calls the assignee ("Handläggare", "Behandlare", …). */
  assigneeLabel: string;
  receivedAt: string;
  dueAt: string | null;
  priority: Priority;
  unread: boolean;
  lastActivityAt: string;
  /** The source's concurrency token (version, etag, revision). */
  version: string;
  capabilities: CaseCapabilities;
  /** Precomputed for filtering and sorting thousands of cases within a frame. */
  index: { text: string; receivedMs: number; dueMs: number; priorityRank: number };
};

export type CaseHistoryEntry = { at: string; text: string; by: string | null; note?: string };

export type CaseMessage = {
  id: string;
  from: 'patient' | 'staff' | 'organisation';
  author: string;
  text: string;
  sentAt: string;
};

export type CaseDetail = Case & {
  history: CaseHistoryEntry[];
  messages: CaseMessage[];
  /** Source-specific facts worth showing, in order. */
  facts: { label: string; value: string }[];
};

export type CaseAction =
  | { kind: 'take' }
  | { kind: 'assign'; to: StaffRef }
  | { kind: 'status'; status: CaseStatus }
  | { kind: 'close'; note: string }
  | { kind: 'reopen' }
  | { kind: 'reply'; text: string; idempotencyKey: string };

export const caseKey = (source: SourceId, id: string): string => `${source}:${id}`;

const PRIORITY_RANK: Record<Priority, number> = { high: 0, normal: 1, low: 2 };

/** Fills in `key` and `index` from the rest. Adapters end with this. */
export function finishCase(fields: Omit<Case, 'key' | 'index'>): Case {
  const dueMs = fields.dueAt ? Date.parse(fields.dueAt) : Number.POSITIVE_INFINITY;
  return {
    ...fields,
    key: caseKey(fields.source, fields.id),
    index: {
      text: [
        fields.subject,
        fields.reference,
        fields.patient?.name,
        fields.patient?.identityNumber,
        fields.counterpart,
      ]
        .filter(Boolean)
        .join(' ')
        .toLocaleLowerCase('sv'),
      receivedMs: Date.parse(fields.receivedAt),
      dueMs,
      priorityRank: PRIORITY_RANK[fields.priority],
    },
  };
}
