import type { KnowledgeDocument, KnowledgeSource } from '@/lib/knowledge/schema';
import { AUDIENCE_LABELS, type Audience } from '@/lib/knowledge/vocabulary';

const dateFormat = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'UTC' });

/** "2025-03-10" → "10 mars 2025". */
export const formatDate = (isoDate: string) => dateFormat.format(new Date(`${isoDate}T12:00:00Z`));

export const audienceList = (audience: readonly Audience[]) =>
  audience.map((a) => AUDIENCE_LABELS[a]).join(', ');

/**
 * The area this source is in charge of, if the text is about it: one of the source's
 * authority domains that the text's keywords or title name.
 */
export function authorityArea(
  source: Pick<KnowledgeSource, 'authority'>,
  doc: Pick<KnowledgeDocument, 'keywords' | 'title'>,
): string | null {
  const words = [doc.title, ...doc.keywords].map((w) => w.toLocaleLowerCase('sv'));
  return (
    source.authority.find((area) => {
      const term = area.toLocaleLowerCase('sv');
      return words.some((word) => word.includes(term));
    }) ?? null
  );
}
