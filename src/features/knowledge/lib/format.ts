import type { KnowledgeDocument, KnowledgeSource } from '@/lib/knowledge/schema';
import { AUDIENCE_LABELS, type Audience } from '@/lib/knowledge/vocabulary';

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
