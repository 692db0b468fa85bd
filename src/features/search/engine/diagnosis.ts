import type { ContentType } from '@/lib/knowledge/vocabulary';

/**
 * A query that is one ICD-10 code ("E11", "J44.1") asks for the texts about that diagnosis, not
 * for the texts that happen to mention it (docs/decisions/0017-diagnosis-code-ranking.md).
 * A document declares its codes in `icd10`, the first being its main diagnosis. The texts whose
 * main diagnosis the code is come first, the care programme before the guideline before the
 * leaflet; then those that only name it among other codes; then the plain text matches.
 */

const CODE = /^[a-z]\d{2}(?:\.\d{1,2})?$/;

/** The code a query consists of ("e11.9" → "E11.9"), or null for any other query. */
export function diagnosisCodeOf(words: readonly string[]): string | null {
  return words.length === 1 && CODE.test(words[0]!) ? words[0]!.toUpperCase() : null;
}

/** The category a code belongs to: "E11.9" → "E11". */
export const codeCategory = (code: string) => code.slice(0, 3);

/** What a text is for, most useful first to someone who has the diagnosis in front of them. */
const CONTENT_ORDER = [
  'vardprogram',
  'riktlinje',
  'metodbeskrivning',
  'checklista',
  'fakta',
  'patientinformation',
  'utbildning',
  'film',
] as const satisfies readonly ContentType[];

/** 3 the same code, 2 the document's code is the whole category, 1 one subdivision of it. */
function relation(asked: string, declared: string): number {
  if (declared === asked) return 3;
  if (asked.startsWith(`${declared}.`)) return 2;
  if (declared.startsWith(`${asked}.`)) return 1;
  return 0;
}

/**
 * How a document ranks for an asked code, higher first; 0 when it declares nothing related.
 * The tier (main diagnosis or another code, and how close) decides, the content type breaks
 * ties; relevance orders what is left equal.
 */
export function diagnosisRank(
  asked: string,
  icd10: readonly string[],
  contentType: ContentType,
): number {
  const [main, ...others] = icd10;
  const onMain = main === undefined ? 0 : relation(asked, main);
  const onOther = Math.max(0, ...others.map((code) => relation(asked, code)));
  const tier = onMain > 0 ? 3 + onMain : onOther;
  if (tier === 0) return 0;
  const order = (CONTENT_ORDER as readonly ContentType[]).indexOf(contentType);
  return tier * 10 + (CONTENT_ORDER.length - (order === -1 ? CONTENT_ORDER.length : order));
}
