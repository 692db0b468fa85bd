import { JSDOM } from 'jsdom';

/**
 * The DOM the app for Node renders in (scripts/prerender.mjs, scripts/search-page-worker.mjs):
 * DOMPurify sanitizes the texts' HTML in it, the same one the tests use. `url` is the page's
 * origin: the app's requests to `/api` go there.
 */
export function installRenderDom(url) {
  const { window } = new JSDOM('', { url });
  Object.assign(globalThis, {
    window,
    document: window.document,
    Node: window.Node,
    NodeFilter: window.NodeFilter,
    DocumentFragment: window.DocumentFragment,
    localStorage: window.localStorage,
    sessionStorage: window.sessionStorage,
  });
}
