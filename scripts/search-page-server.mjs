/**
 * The search page rendered on request (docs/decisions/0025-search-page-rendered-on-request.md):
 * `/sok?q=…` comes with its first page of hits in the HTML, so a phone paints them without
 * waiting for the app's code and then its question. The build's template
 * (dist-server/search-page.html) is filled with what the app for Node renders, in a worker
 * thread. When that declines (an identity number in the address), fails or takes longer than
 * RENDER_TIMEOUT_MS, the host serves the page's frame as before, and the browser asks itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { brotliCompress, constants } from 'node:zlib';
import { fillDocument, prerenderedDataScript } from './page-document.mjs';

/** Past this the frame goes out at once: the browser shows that it searches, and asks itself. */
export const RENDER_TIMEOUT_MS = 1_000;

const compress = promisify(brotliCompress);
// A page a request: fast compression beats the last few per cent.
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } };

/** Whether the browser takes a Brotli-compressed answer. */
export const acceptsBrotli = (request) =>
  /\bbr\b/.test(String(request.headers['accept-encoding'] ?? ''));

/**
 * Renders search pages against the app's own origin (its `/api` answers the app for Node as it
 * answers the browser). Null when the build has no template (a `vite build` alone).
 */
export function createSearchPageRenderer({ serverDir = 'dist-server', origin, onFailure }) {
  const templateFile = join(serverDir, 'search-page.html');
  if (!existsSync(templateFile)) return null;
  const template = readFileSync(templateFile, 'utf8');
  const pending = new Map();
  let nextId = 0;
  let worker = null;
  let ready;

  function start() {
    worker = new Worker(new URL('./search-page-worker.mjs', import.meta.url), {
      workerData: { serverDir: resolve(serverDir), origin },
    });
    worker.unref();
    let isReady;
    ready = new Promise((resolve) => (isReady = resolve));
    worker.on('message', (message) => {
      if (message.ready) isReady();
      else pending.get(message.id)?.(message.page);
    });
    worker.on('error', (error) => {
      onFailure?.(error);
      for (const settle of pending.values()) settle(null);
      worker = null;
    });
  }
  start();

  /** The page's HTML for `url` (path and query), or null: then the frame is served. */
  async function render(url) {
    if (!worker) start();
    const id = nextId++;
    const page = await new Promise((settle) => {
      const timer = setTimeout(() => settle(null), RENDER_TIMEOUT_MS);
      pending.set(id, (result) => {
        clearTimeout(timer);
        settle(result);
      });
      worker.postMessage({ id, url });
    }).finally(() => pending.delete(id));
    if (!page) return null;
    return fillDocument(template, {
      title: page.title,
      rootHtml: page.html,
      data: prerenderedDataScript(page.data),
    });
  }

  /** Sends a rendered page; compressed for a browser that takes Brotli. */
  async function send(request, response, html) {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    // Each address its own page, the newest texts: the browser asks again each time.
    response.setHeader('Cache-Control', 'no-cache');
    response.setHeader('Vary', 'Accept-Encoding');
    if (acceptsBrotli(request)) {
      response.setHeader('Content-Encoding', 'br');
      response.end(await compress(Buffer.from(html), BROTLI));
    } else {
      response.end(html);
    }
  }

  return {
    render,
    send,
    /** Settles once the renderer has loaded the app (until then a request gets the frame). */
    ready: () => ready,
    close: () => worker?.terminate(),
  };
}
