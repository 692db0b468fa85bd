import { TermMatcher, escapeHtml, highlight, makeSnippet } from './snippet';

describe('snippets', () => {
  const matcher = () => new TermMatcher(new Set(['trycksår']));

  it('escapes everything from the document', () => {
    expect(escapeHtml(`<b onclick="x">'&'</b>`)).toBe(
      '&lt;b onclick=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;',
    );
  });

  it('marks matched words, including inflected forms, and nothing else', () => {
    expect(highlight('Trycksåren <i>och</i> trycksår.', matcher())).toBe(
      '<mark>Trycksåren</mark> &lt;i&gt;och&lt;/i&gt; <mark>trycksår</mark>.',
    );
  });

  it('cuts a window around the first match with ellipses', () => {
    const text = `${'ord '.repeat(50)}trycksår ${'mer '.repeat(50)}`.trim();
    const snippet = makeSnippet(text, matcher(), 10);
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.endsWith(' …')).toBe(true);
    expect(snippet).toContain('<mark>trycksår</mark>');
  });
});
