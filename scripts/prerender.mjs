/**
 * npm run build, after `vite build`: prerenders the start page and every text's page into dist/
 * (src/app/prerender.tsx, which runs the pages' own route loaders), each with the data it was
 * rendered from, and writes dist/spa.html:
 * the app's frame, served for every address that has no page of its own. A host serves
 * `<path>/index.html` when it exists and spa.html otherwise (vite.config.ts does so for
 * `vite preview`). See docs/decisions/0009-prerendered-pages.md. Also writes the search page's
 * template, dist-server/search-page.html, which the host fills on request
 * (scripts/search-page-server.mjs, docs/decisions/0025-search-page-rendered-on-request.md).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { writeSecurityHeaders } from './csp.mjs';
import { installRenderDom } from './render-dom.mjs';
import { fillDocument, prerenderedDataScript, scriptJson } from './page-document.mjs';

const DIST = 'dist';
// The build's server side: the app for Node and the search page's template
// (scripts/search-page-server.mjs renders it on request). Never served as files.
const SERVER_OUT = 'dist-server';
const SEARCH_TEMPLATE = join(SERVER_OUT, 'search-page.html');

// Built for Node from the same sources; node_modules stay external.
await build({
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: SERVER_OUT,
    emptyOutDir: true,
    copyPublicDir: false,
    rollupOptions: {
      input: { app: 'src/app/prerender.tsx', backend: 'mocks/prerender-backend.ts' },
    },
  },
});

// The address guard (src/app/address-guard.ts) as one classic script, inlined at the top of
// every page's <head>: it runs before anything paints. The CSP names it by its hash.
const guardBuild = await build({
  configFile: false,
  logLevel: 'warn',
  resolve: { alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) } },
  build: {
    write: false,
    minify: true,
    lib: { entry: 'src/app/address-guard.ts', formats: ['iife'], name: 'addressGuard' },
  },
});
const addressGuardScript = `<script>${guardBuild[0].output[0].code.trim()}addressGuard.guardAddress();</script>`;

installRenderDom('http://localhost/');

const load = (name) => import(pathToFileURL(join(SERVER_OUT, `${name}.js`)).href);
// The configuration comes checked from the same build (src/config/env-schema.ts).
const {
  FRAME_PAGES,
  SEARCH_PAGE_MODULES,
  apiMocking,
  listPrerenderedUrls,
  prerenderPage,
  prerenderShell,
  securityOrigins,
} = await load('app');

/**
 * Last: the security headers, with the hashes of every inline script and style the pages hold
 * (dist/csp.json; scripts/csp.mjs). A host serves them, as `vite preview` does.
 */
function writeHeaders() {
  const { pages } = writeSecurityHeaders(DIST, securityOrigins, [SEARCH_TEMPLATE]);
  console.info(`Säkerhetshuvuden: dist/csp.json, inline-skript och -stilar ur ${pages} sidor.`);
}
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
 * paints as soon as the HTML has arrived, without a round trip for CSS first. The disabled
 * link is never fetched; it tells Vite's loader of lazy pages that the stylesheet is there, so
 * a page's code does not wait for the same CSS to be fetched again.
 */
const inlineStyle = (href) =>
  `<style>${readFileSync(join(DIST, href), 'utf8').replace(/<\/style/gi, '<\\/style')}</style>` +
  `<link rel="stylesheet" href="/${href}" disabled>`;
/**
 * The app's code is requested once the page has painted: the text (or the frame) on the screen
 * never waits for the JavaScript, not even for its download to start competing with the HTML
 * for a slow connection. A page that paints nothing yet (a launch, until the identity number
 * is out of the address) or a tab opened in the background loads it at once. A page may list
 * its own code and stylesheets in #page-code; they are requested together with the app's.
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
          var pageCode = document.getElementById('page-code');
          ${JSON.stringify(preloads.map((m) => m[1]))}
            .concat(pageCode ? JSON.parse(pageCode.textContent) : [])
            .forEach(function (href) {
              var link = document.createElement('link');
              // Anonymous CORS, as Vite's loader asks for them: the two requests must match.
              link.crossOrigin = '';
              if (/\\.css$/.test(href)) {
                link.rel = 'preload';
                link.as = 'style';
              } else {
                link.rel = 'modulepreload';
              }
              link.href = href;
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
        var nothingToPaint = !document.getElementById('root').hasChildNodes();
        if (nothingToPaint || document.visibilityState === 'hidden') return loadOnce();
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

/** The files of a lazily loaded module and of everything it imports: 'file' or 'css'. */
function filesOf(module, kind, seen = new Set()) {
  const chunk = manifest[module];
  if (!chunk || seen.has(module)) return [];
  seen.add(module);
  const own = kind === 'css' ? (chunk.css ?? []) : [chunk.file];
  return [...own, ...(chunk.imports ?? []).flatMap((m) => filesOf(m, kind, seen))];
}
/**
 * What a page's modules (its route module and its loader, src/app/router.tsx) need beyond what
 * the app's entry brings (index.html). A page has a module of its own; a loader is optional.
 */
function beyondEntry([pageModule, ...others], kind) {
  if (!manifest[pageModule]) throw new Error(`${pageModule} saknas i byggets manifest`);
  const seen = new Set();
  const files = [pageModule, ...others].flatMap((module) => filesOf(module, kind, seen));
  return files.filter((href) => !builtIndex.includes(`/${href}"`));
}

/** A page of the build: the template with the address guard first in its <head>. */
const page = (parts) =>
  fillDocument(
    template.replace('<head>', () => `<head>${addressGuardScript}`),
    parts,
  );

/**
 * The page's own code (and stylesheets not in the page), for the loader to request together
 * with the app's: not after the app has run and asked for it.
 */
const pageCode = (files) =>
  `<script type="application/json" id="page-code">${scriptJson(files.map((href) => `/${href}`))}</script>`;

function write(urlPath, html) {
  const file = join(DIST, urlPath, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
}

// The frame for every other address. Stamped in by a small script so that nothing at all
// paints on a journal system's launch (/launch?patient=…, however the path is written) while
// the identity number is still in the address bar; main.tsx moves it out first.
const shell = await prerenderShell();
const frame = (code = '') =>
  page({
    rootHtml: '',
    data: `<template id="app-frame">${shell}</template>
    <script>
      if (!/^\\/launch\\/*$/i.test(location.pathname)) {
        document.getElementById('root').append(document.getElementById('app-frame').content);
      }
    </script>${code}`,
  });
writeFileSync(join(DIST, 'spa.html'), frame());
for (const { path, modules } of FRAME_PAGES) {
  write(path, frame(pageCode([...beyondEntry(modules, 'file'), ...beyondEntry(modules, 'css')])));
}

// The search page rendered on request (scripts/search-page-server.mjs): this build's page with
// the search page's code and stylesheets, its markup and data left to fill in.
writeFileSync(
  SEARCH_TEMPLATE,
  page({
    rootHtml: '<!--app-html-->',
    data: `<!--app-data-->${pageCode(beyondEntry(SEARCH_PAGE_MODULES, 'file'))}`,
    head: beyondEntry(SEARCH_PAGE_MODULES, 'css').map(inlineStyle).join(''),
  }),
);

if (!apiMocking) {
  console.info('Förrendering: inga sidor (VITE_API_MOCKING=off, ingen kunskapstjänst i bygget).');
  write('/', readFileSync(join(DIST, 'spa.html'), 'utf8'));
  writeHeaders();
  process.exit(0);
}

const started = performance.now();
const urls = await listPrerenderedUrls();
for (const url of urls) {
  const { title, html, data, modules } = await prerenderPage(url);
  write(
    url,
    page({
      title,
      rootHtml: html,
      data: prerenderedDataScript(data) + pageCode(beyondEntry(modules, 'file')),
      // The entry's own stylesheets are in the template already.
      head: beyondEntry(modules, 'css').map(inlineStyle).join(''),
    }),
  );
}
console.info(
  `Förrendering: ${urls.length} sidor, spa.html och ${FRAME_PAGES.length} ram på ${Math.round(performance.now() - started)} ms.`,
);
writeHeaders();
process.exit(0);
