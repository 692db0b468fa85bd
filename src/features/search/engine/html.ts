import { headingId } from '@/lib/knowledge/heading-id';

/**
 * Plain text and section headings from a document's HTML body, without a DOM: the engine runs
 * in Node and in a Web Worker. The text is only ever indexed and shown escaped, never as HTML.
 */

export type Section = { id: string; heading: string; level: 2 | 3; text: string };
export type ParsedBody = { intro: string; sections: Section[] };

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  deg: '°',
  micro: 'µ',
  plusmn: '±',
  aring: 'å',
  auml: 'ä',
  ouml: 'ö',
  Aring: 'Å',
  Auml: 'Ä',
  Ouml: 'Ö',
  eacute: 'é',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

const BLOCK_TAG =
  /<\/?(?:p|div|li|ul|ol|br|tr|td|th|table|thead|tbody|section|article|blockquote|h[1-6]|dl|dt|dd|figure|figcaption|hr)\b[^>]*>/gi;

/** Visible text of an HTML fragment: blocks become spaces, inline tags vanish. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(BLOCK_TAG, ' ')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

const HEADING = /<h([23])\b[^>]*>([\s\S]*?)<\/h\1>/gi;

/** Split a body into the text before the first heading and one section per h2/h3. */
export function parseBody(html: string): ParsedBody {
  const sections: Section[] = [];
  let intro = '';
  let last = 0;
  let current: { heading: string; level: 2 | 3 } | null = null;
  const flush = (end: number) => {
    const text = htmlToText(html.slice(last, end));
    if (current) {
      sections.push({ id: headingId(current.heading), ...current, text });
    } else {
      intro = text;
    }
  };
  for (const match of html.matchAll(HEADING)) {
    const start = match.index ?? 0;
    flush(start);
    current = { heading: htmlToText(match[2] ?? ''), level: match[1] === '3' ? 3 : 2 };
    last = start + match[0].length;
  }
  flush(html.length);
  return { intro, sections };
}
