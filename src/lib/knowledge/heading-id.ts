/**
 * The id of a section heading inside an article, used both by the article page (the `id` of
 * the <h2>/<h3>) and by search (links to matching sections). One function, so the two can
 * never disagree: "Före insättning" → "fore-insattning".
 */
export function headingId(text: string): string {
  const slug = text
    .normalize('NFKD')
    // Drop the combining marks that NFKD splits off (å → a + ring, é → e + acute).
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'avsnitt' : slug;
}
