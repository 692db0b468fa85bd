/**
 * How a page's HTML is put together from the build's template (scripts/prerender.mjs): at build
 * time for the prerendered pages, and on request for the search page
 * (scripts/search-page-server.mjs). One place, so both pages carry the same data the same way.
 */

// Inside <script>, "<" could end the element; JSON allows it escaped.
export const scriptJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

export const escapeText = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The data a page was rendered from, for the browser to hydrate from (src/main.tsx). */
export const prerenderedDataScript = (data) =>
  `<script type="application/json" id="prerendered-data">${scriptJson(data)}</script>`;

/**
 * The template with a page's title, markup and data in. Function replacements: the markup is
 * inserted as it is, whatever `$` signs a text holds.
 */
export function fillDocument(template, { rootHtml, data = '', head = '', title = null }) {
  const html = title
    ? template.replace(/<title>.*<\/title>/, () => `<title>${escapeText(title)}</title>`)
    : template;
  return html
    .replace('</head>', () => `${head}</head>`)
    .replace('<!--app-html-->', () => rootHtml)
    .replace('<!--app-data-->', () => data);
}
