/**
 * The search page's renderer, in a thread of its own (scripts/search-page-server.mjs): the
 * build's app for Node (dist-server/app.js) in the DOM it renders in, apart from the web
 * server's globals and event loop. Answers `{ id, url }` with `{ id, page }`; `page` is null when
 * the page is not to be rendered (see renderSearchPage in src/app/prerender.tsx). Says
 * `{ ready: true }` once it can render.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { installRenderDom } from './render-dom.mjs';

const { serverDir, origin } = workerData;
installRenderDom(`${origin}/`);
const { renderSearchPage } = await import(pathToFileURL(join(serverDir, 'app.js')).href);

parentPort.on('message', async ({ id, url }) => {
  const page = await renderSearchPage(url).catch(() => null);
  parentPort.postMessage({ id, page });
});
parentPort.postMessage({ ready: true });
