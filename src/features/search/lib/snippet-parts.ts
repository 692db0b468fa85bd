const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

const unescape = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);

/**
 * The engine's snippet (escaped text with our own <mark> tags) as plain text parts, so React
 * renders it as text: no HTML from a document, and no dangerouslySetInnerHTML, ever. Odd
 * parts are the highlighted ones.
 */
export function snippetParts(snippet: string): { text: string; marked: boolean }[] {
  return snippet
    .split(/<\/?mark>/)
    .map((part, i) => ({ text: unescape(part), marked: i % 2 === 1 }))
    .filter((part) => part.text !== '');
}
