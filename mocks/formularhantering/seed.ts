/**
 * Seed data of the 1177 Formulärhantering stand-in: forms citizens have filled in and submitted
 * for the care unit to review.
 */
import { iso, seededCases } from '../lib/case-seeds';
import { DAY, HOUR } from '../lib/clock';
import { pick } from '../lib/seeded-random';

export const FORM_REVIEW_STATUSES = ['SUBMITTED', 'IN_REVIEW', 'RETURNED', 'REVIEWED'] as const;
export type FormReviewStatus = (typeof FORM_REVIEW_STATUSES)[number];

export type FormLogEntry = {
  timestamp: string;
  action: string;
  actor: string | null;
  comment?: string;
};

export type FormSubmission = {
  id: string;
  formCode: string;
  formTitle: string;
  respondent: { personalIdentityNumber: string; name: string };
  careUnitId: string;
  reviewStatus: FormReviewStatus;
  reviewer: { hsaId: string; name: string } | null;
  submittedAt: string;
  reviewDeadline: string;
  /** 1 = urgent, 3 = low. */
  priority: 1 | 2 | 3;
  viewed: boolean;
  updatedAt: string;
  revision: number;
  answers: { question: string; answer: string }[];
  log: FormLogEntry[];
};

const FORMS = [
  {
    formCode: 'HD-OP',
    formTitle: 'Hälsodeklaration inför operation',
    answers: [
      ['Tar du blodförtunnande läkemedel?', 'Nej'],
      ['Har du några allergier?', 'Penicillin'],
    ],
  },
  {
    formCode: 'PHQ-9',
    formTitle: 'Skattning av nedstämdhet (PHQ-9)',
    answers: [
      ['Lite intresse eller glädje i att göra saker', 'Flera dagar'],
      ['Känt dig nedstämd', 'Mer än hälften av dagarna'],
    ],
  },
  {
    formCode: 'AUDIT',
    formTitle: 'Alkoholvanor (AUDIT)',
    answers: [['Hur ofta dricker du alkohol?', '2–4 gånger i månaden']],
  },
  {
    formCode: 'LEV-VANOR',
    formTitle: 'Levnadsvanor inför hälsosamtal',
    answers: [
      ['Hur många dagar i veckan rör du dig minst 30 minuter?', '3'],
      ['Röker du?', 'Nej'],
    ],
  },
  {
    formCode: 'IPSS',
    formTitle: 'Symtomskattning vid vattenkastningsbesvär (IPSS)',
    answers: [
      ['Hur ofta har du behövt kissa igen inom två timmar?', 'Ungefär hälften av gångerna'],
    ],
  },
];

export function seedSubmissions(unitHsaId: string): FormSubmission[] {
  return seededCases(
    'formularhantering',
    unitHsaId,
    ({ random, index, patient, receivedAt, open, assignee }) => {
      const form = pick(random, FORMS);
      const submittedAt = iso(receivedAt);
      const name = `${patient.givenName} ${patient.familyName}`;
      const reviewer = assignee ? { hsaId: assignee.hsaId, name: assignee.name } : null;
      const reviewStatus: FormReviewStatus = !open
        ? 'REVIEWED'
        : reviewer
          ? pick(random, ['IN_REVIEW', 'RETURNED'] as const)
          : 'SUBMITTED';
      const log: FormLogEntry[] = [
        { timestamp: submittedAt, action: 'Formuläret skickades in', actor: name },
      ];
      if (reviewer)
        log.push({
          timestamp: iso(receivedAt + 2 * HOUR),
          action: `Granskare: ${reviewer.name}`,
          actor: null,
        });
      if (reviewStatus === 'REVIEWED')
        log.push({
          timestamp: iso(receivedAt + DAY),
          action: 'Granskat',
          actor: reviewer?.name ?? null,
        });
      return {
        id: `form-${unitHsaId.slice(-4).toLowerCase()}-${index}`,
        formCode: form.formCode,
        formTitle: form.formTitle,
        respondent: { personalIdentityNumber: patient.identityNumber, name },
        careUnitId: unitHsaId,
        reviewStatus,
        reviewer,
        submittedAt,
        reviewDeadline: iso(receivedAt + 5 * DAY),
        priority: pick(random, [1, 2, 2, 3] as const),
        viewed: reviewStatus !== 'SUBMITTED' || random() < 0.4,
        updatedAt: log[log.length - 1]!.timestamp,
        revision: log.length,
        answers: form.answers.map(([question, answer]) => ({
          question: question!,
          answer: answer!,
        })),
        log,
      };
    },
  );
}
