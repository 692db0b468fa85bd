// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createSearchPageRenderer,
  RENDER_TIMEOUT_MS,
  type SearchPageRenderer,
} from './search-page-server.mjs';

/**
 * The renderer with a stand-in for the build's app for Node: what it does with a page, one that
 * is declined, one that fails and one that never comes. The real app's rendering is tested in
 * src/app/prerender.test.tsx, and the whole over HTTP in e2e/search.spec.ts.
 */
const FAKE_APP = `
export async function renderSearchPage(url) {
  const q = new URL(url, 'http://x').searchParams.get('q');
  if (q === 'avböjd') return null;
  if (q === 'fel') throw new Error('söktjänsten svarar inte');
  if (q === 'dröjer') return new Promise(() => {});
  return { title: 'Sök <' + q + '>', html: '<p>$& ' + q + ' från ' + window.location.origin + '</p>', data: { q: '</script>' } };
}`;

let dir: string;
let renderer: SearchPageRenderer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'search-page-'));
  writeFileSync(join(dir, 'app.js'), FAKE_APP);
  writeFileSync(
    join(dir, 'search-page.html'),
    '<html><head><title>Sök</title></head><body><div id="root"><!--app-html--></div><!--app-data--></body></html>',
  );
  renderer = createSearchPageRenderer({ serverDir: dir, origin: 'http://localhost:5999' })!;
  await renderer.ready();
});
afterAll(async () => {
  await renderer.close();
  rmSync(dir, { recursive: true, force: true });
});

it('fills the template with the page, its escaped title and its data', async () => {
  const html = await renderer.render('/sok?q=kateter');
  expect(html).toContain('<title>Sök &lt;kateter&gt;</title>');
  expect(html).toContain('<div id="root"><p>$& kateter från http://localhost:5999</p></div>');
  expect(html).toContain(
    '<script type="application/json" id="prerendered-data">{"q":"\\u003c/script>"}</script>',
  );
});

it('gives null, for the frame to be served, when the app declines, fails or is slow', async () => {
  await expect(renderer.render('/sok?q=avböjd')).resolves.toBeNull();
  await expect(renderer.render('/sok?q=fel')).resolves.toBeNull();
  const started = performance.now();
  await expect(renderer.render('/sok?q=dröjer')).resolves.toBeNull();
  expect(performance.now() - started).toBeGreaterThanOrEqual(RENDER_TIMEOUT_MS - 50);
  // And renders the next one as before.
  await expect(renderer.render('/sok?q=trycksår')).resolves.toContain('trycksår');
});

it('is not there without a template (a build without the prerender)', () => {
  expect(
    createSearchPageRenderer({ serverDir: tmpdir(), origin: 'http://localhost:5999' }),
  ).toBeNull();
});
