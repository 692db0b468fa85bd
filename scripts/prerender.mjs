/**
 * npm run build, after `vite build`: prerenders the start page and every text's page into dist/
 * (src/app/prerender.tsx), each with the data it was rendered from, and writes dist/spa.html:
 * the app's frame, served for every address that has no page of its own. A host serves
 * `<path>/index.html` when it exists and spa.html otherwise (vite.config.ts does so for
 * `vite preview`). See docs/decisions/0009-prerendered-pages.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { build, loadEnv } from 'vite';

const DIST = 'dist';
const SERVER_OUT = 'node_modules/.cache/prerender';

// Built for Node from the same sources; node_modules stay external.
await build({
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: SERVER_OUT,
    emptyOutDir: true,
    rollupOptions: {
      input: { app: 'src/app/prerender.tsx', backend: 'mocks/prerender-backend.ts' },
    },
  },
});

// The texts' HTML is sanitized with DOMPurify, which needs a DOM: the same one the tests use.
const { window } = new JSDOM('', { url: 'http://localhost/' });
Object.assign(globalThis, {
  window,
  document: window.document,
  Node: window.Node,
  NodeFilter: window.NodeFilter,
  DocumentFragment: window.DocumentFragment,
  localStorage: window.localStorage,
  sessionStorage: window.sessionStorage,
});

const load = (name) => import(pathToFileURL(join(SERVER_OUT, `${name}.js`)).href);
const { listPrerenderedUrls, prerenderPage, prerenderShell } = await load('app');

const mode = process.env.NODE_ENV === 'development' ? 'development' : 'production';
const apiMocking = (process.env.VITE_API_MOCKING ?? loadEnv(mode, '.').VITE_API_MOCKING) !== 'off';
if (apiMocking) {
  const { prerenderBackend } = await load('backend');
  prerenderBackend.listen({ onUnhandledRequest: 'error' });
}

const builtIndex = readFileSync(join(DIST, 'index.html'), 'utf8');
if (!builtIndex.includes('<!--app-html-->')) {
  throw new Error('dist/index.html är redan förrenderad: kör hela npm run build.');
}

/**
 * The stylesheets go into the page itself (about 8 KB compressed): on a slow network the text
 * paints as soon as the HTML has arrived, without a round trip for CSS first.
 */
const inlineStyle = (href) =>
  `<style>${readFileSync(join(DIST, href), 'utf8').replace(/<\/style/gi, '<\\/style')}</style>`;
/**
 * On a prerendered page the app's code is requested once the page has painted: the text on the
 * screen never waits for the JavaScript, not even for its download to start competing with the
 * HTML for a slow connection. The frame (spa.html) has no text to protect, and a tab opened in
 * the background (which does not paint) has no paint to wait for: both load it at once.
 */
function loadScriptsAfterPaint(html) {
  const entry = html.match(/<script type="module" crossorigin src="([^"]+)"><\/script>/);
  if (!entry) throw new Error('dist/index.html saknar appens script');
  const preloads = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)];
  const loader = `<script>
      (function () {
        // Until the app runs, a form must not submit on its own: the browser would put what
        // was typed (perhaps an identity number) in the address. The app submits it once it
        // runs (src/lib/early-input.ts).
        document.addEventListener('submit', function (event) {
          if (document.documentElement.dataset.app === 'ready') return;
          event.preventDefault();
          event.target.submitHeld = true;
        }, true);
        function load() {
          ${JSON.stringify(preloads.map((m) => m[1]))}.forEach(function (href) {
            var link = document.createElement('link');
            link.rel = 'modulepreload';
            link.href = href;
            link.crossOrigin = '';
            document.head.append(link);
          });
          var script = document.createElement('script');
          script.type = 'module';
          script.crossOrigin = '';
          script.src = ${JSON.stringify(entry[1])};
          document.head.append(script);
        }
        var loaded = false;
        function loadOnce() {
          if (!loaded) load();
          loaded = true;
        }
        var prerendered = document.getElementById('prerendered-data');
        if (!prerendered || document.visibilityState === 'hidden') return loadOnce();
        // The browser's own first contentful paint: a frame callback may still run before the
        // frame is painted. In case the paint is never reported, the code comes anyway.
        new PerformanceObserver(function (list, observer) {
          if (!list.getEntriesByName('first-contentful-paint').length) return;
          observer.disconnect();
          setTimeout(loadOnce);
        }).observe({ type: 'paint', buffered: true });
        setTimeout(loadOnce, 3000);
      })();
    </script>
  </body>`;
  return html
    .replace(entry[0], '')
    .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
    .replace('</body>', loader);
}

const template = loadScriptsAfterPaint(
  builtIndex.replace(/<link rel="stylesheet"[^>]* href="\/([^"]+\.css)">/g, (_link, href) =>
    inlineStyle(href),
  ),
);
const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8'));

/** The stylesheets of a lazily loaded module and of everything it imports. */
function stylesheetsOf(module, seen = new Set()) {
  const chunk = manifest[module];
  if (!chunk || seen.has(module)) return [];
  seen.add(module);
  return [...(chunk.css ?? []), ...(chunk.imports ?? []).flatMap((m) => stylesheetsOf(m, seen))];
}

// Inside <script>, "<" could end the element; JSON allows it escaped.
const scriptJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

const escapeText = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function page({ rootHtml, data = '', head = '', title = null }) {
  const html = title
    ? template.replace(/<title>.*<\/title>/, `<title>${escapeText(title)}</title>`)
    : template;
  return html
    .replace('</head>', `${head}</head>`)
    .replace('<!--app-html-->', rootHtml)
    .replace('<!--app-data-->', data);
}

function write(urlPath, html) {
  const file = join(DIST, urlPath, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
}

// The frame for every other address. Stamped in by a small script so that nothing at all
// paints on a journal system's launch (/launch?patient=…) while the identity number is still in
// the address bar; main.tsx moves it out first.
const shell = await prerenderShell();
writeFileSync(
  join(DIST, 'spa.html'),
  page({
    rootHtml: '',
    data: `<template id="app-frame">${shell}</template>
    <script>
      if (location.pathname !== '/launch') {
        document.getElementById('root').append(document.getElementById('app-frame').content);
      }
    </script>`,
  }),
);

if (!apiMocking) {
  console.info('Förrendering: inga sidor (VITE_API_MOCKING=off, ingen kunskapstjänst i bygget).');
  write('/', readFileSync(join(DIST, 'spa.html'), 'utf8'));
  process.exit(0);
}

const started = performance.now();
const urls = await listPrerenderedUrls();
for (const url of urls) {
  const { title, html, data, module } = await prerenderPage(url);
  // The entry's own stylesheets are in the template already.
  const stylesheets = (module ? stylesheetsOf(module) : []).filter(
    (href) => !builtIndex.includes(`/${href}"`),
  );
  write(
    url,
    page({
      title,
      rootHtml: html,
      data: `<script type="application/json" id="prerendered-data">${scriptJson(data)}</script>`,
      head: stylesheets.map(inlineStyle).join(''),
    }),
  );
}
console.info(
  `Förrendering: ${urls.length} sidor och spa.html på ${Math.round(performance.now() - started)} ms.`,
);
process.exit(0);
