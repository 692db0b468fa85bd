import DOMPurify from 'dompurify';

export type ArticleHeading = { id: string; text: string; level: 2 | 3 };

/** A heading's text as a stable, readable id: "Val av kateter" → "avsnitt-val-av-kateter". */
export function headingSlug(text: string): string {
  const slug = text
    .toLocaleLowerCase('sv')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'rubrik';
}

/**
 * Sanitizes a text's HTML (no scripts, event handlers, javascript: URLs, styles or forms) and
 * gives every h2/h3 a stable id for the table of contents. `shiftHeadings` moves headings down,
 * for a text shown inside another (a regional addition under its own h2).
 */
export function prepareArticleHtml(
  raw: string,
  {
    idPrefix = 'avsnitt',
    shiftHeadings = 0,
  }: { idPrefix?: string; shiftHeadings?: 0 | 1 | 2 } = {},
): { html: string; headings: ArticleHeading[] } {
  const fragment = DOMPurify.sanitize(raw, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe'],
    FORBID_ATTR: ['style', 'id', 'name'],
  });
  // Links out of a text open where people expect; never hand the opener to the other site.
  fragment
    .querySelectorAll('a[target]')
    .forEach((a) => a.setAttribute('rel', 'noopener noreferrer'));

  if (shiftHeadings) {
    fragment.querySelectorAll('h1, h2, h3, h4, h5').forEach((heading) => {
      const level = Math.min(6, Number(heading.tagName[1]) + shiftHeadings);
      const shifted = heading.ownerDocument.createElement(`h${level}`);
      shifted.append(...heading.childNodes);
      heading.replaceWith(shifted);
    });
  }

  const used = new Map<string, number>();
  const headings: ArticleHeading[] = [];
  fragment.querySelectorAll('h2, h3').forEach((heading) => {
    const text = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
    const base = `${idPrefix}-${headingSlug(text)}`;
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    const id = seen === 0 ? base : `${base}-${seen + 1}`;
    heading.id = id;
    headings.push({ id, text, level: heading.tagName === 'H2' ? 2 : 3 });
  });

  const container = fragment.ownerDocument.createElement('div');
  container.append(fragment);
  return { html: container.innerHTML, headings };
}

/**
 * Wraps every occurrence of `query` (case-insensitive, in text only – never in tags or
 * attributes) in <mark data-match="n">. Fewer than two characters finds nothing.
 */
export function highlightMatches(html: string, query: string): { html: string; count: number } {
  const needle = query.trim().toLocaleLowerCase('sv');
  if (needle.length < 2) return { html, count: 0 };
  const template = document.createElement('template');
  template.innerHTML = html;
  const walker = document.createTreeWalker(template.content, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);

  let count = 0;
  for (const node of nodes) {
    const text = node.data;
    const lower = text.toLocaleLowerCase('sv');
    let index = lower.indexOf(needle);
    if (index === -1) continue;
    const parts = document.createDocumentFragment();
    let position = 0;
    while (index !== -1) {
      parts.append(text.slice(position, index));
      const mark = document.createElement('mark');
      mark.dataset.match = String(count);
      mark.textContent = text.slice(index, index + needle.length);
      parts.append(mark);
      count += 1;
      position = index + needle.length;
      index = lower.indexOf(needle, position);
    }
    parts.append(text.slice(position));
    node.replaceWith(parts);
  }
  return { html: template.innerHTML, count };
}
