import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { act } from '@testing-library/react';
import { server } from '../../mocks/node';
import { knowledgeHandlersFor } from '../../mocks/knowledge/handlers';
import { testCorpus } from '../../mocks/knowledge/test-corpus';
import { createSessionClient } from '@/features/auth';
import { App, type PrerenderedData } from './app';
import { prerenderPage, renderSearchPage, type PrerenderedPage } from './prerender';
import { createRoutes, preloadPage } from './router';

const PVK = '/kunskap/perifer-venkateter-pvk';
const SEARCH = '/sok?q=kateter&innehall=patientinformation';

// Both pages are rendered before the browser's renderer runs in this file: React's server and
// client renderers may not take turns with the same contexts in one process.
const pages: Record<string, PrerenderedPage> = {};
beforeAll(async () => {
  server.use(...knowledgeHandlersFor(testCorpus));
  for (const url of [PVK, '/']) pages[url] = await prerenderPage(url);
  pages[SEARCH] = (await renderSearchPage(SEARCH))!;
});
beforeEach(() => {
  server.use(...knowledgeHandlersFor(testCorpus));
});

/**
 * console.error during hydration, but for React's development check that two renderers do not
 * render the same context at once: it trips here only because the build's server renderer and
 * the browser's run in one process, which they never do outside this test.
 */
function consoleErrors(): unknown[][] {
  const logged: unknown[][] = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).startsWith('Detected multiple renderers')) logged.push(args);
  });
  return logged;
}

/** The knowledge API's (or `api`'s) requests from now on. */
function knowledgeRequests(api = '/api/knowledge/'): string[] {
  const urls: string[] = [];
  const record = ({ request }: { request: Request }) => {
    if (new URL(request.url).pathname.startsWith(api)) urls.push(request.url);
  };
  server.events.on('request:start', record);
  onTestFinished(() => server.events.removeListener('request:start', record));
  return urls;
}

/** As src/main.tsx does on a prerendered page: the page's code first, then hydrateRoot. */
async function hydrate(url: string, rootHtml: string, data: PrerenderedData) {
  document.body.innerHTML = `<div id="root">${rootHtml}</div>`;
  window.history.replaceState(null, '', url);
  const routes = createRoutes(createSessionClient());
  await preloadPage(routes, url);
  const container = document.getElementById('root')!;
  const errors: unknown[] = [];
  const logged = consoleErrors();
  let root: Root | undefined;
  await act(async () => {
    root = hydrateRoot(
      container,
      <StrictMode>
        <App sessionClient={createSessionClient()} routes={routes} prerenderedData={data} />
      </StrictMode>,
      { onRecoverableError: (error) => errors.push(error) },
    );
  });
  onTestFinished(() => act(() => root?.unmount()));
  return { container, errors: [...errors, ...logged] };
}

describe('a prerendered text', () => {
  it("is rendered from its route's loader, with the text's name as the title", () => {
    const page = pages[PVK]!;
    expect(page.title).toBe('Perifer venkateter (PVK) – 1177 för vårdpersonal');
    expect(page.html).toContain('<h1 id="article-title">Perifer venkateter (PVK)</h1>');
    expect(page.html).toContain('Versioner');
    expect(page.modules).toEqual([
      'src/app/routes/article-page.tsx',
      'src/app/routes/article-page.loader.ts',
    ]);
  });

  it('is taken over by the app without painting it anew or fetching it again', async () => {
    const page = pages[PVK]!;
    // What the page carries, as the browser reads it.
    const data = JSON.parse(JSON.stringify(page.data)) as PrerenderedData;
    const requests = knowledgeRequests();
    const { container, errors } = await hydrate(PVK, page.html, data);
    const heading = container.querySelector('h1');
    expect(errors).toEqual([]);
    expect(heading).toHaveTextContent('Perifer venkateter (PVK)');
    // The very element the prerender wrote: React took it over instead of replacing it.
    expect(container.querySelector('h1')).toBe(heading);
    expect(container.querySelector('main')?.innerHTML).toContain('Versioner');
    expect(requests.filter((url) => url.includes('/documents/'))).toEqual([]);
  });

  it('renders the start page from its loader, and the app takes it over', async () => {
    const page = pages['/']!;
    expect(page.title).toBe('Start – 1177 för vårdpersonal');
    expect(page.html).toContain('Senast uppdaterade texter');
    const requests = knowledgeRequests();
    const data = JSON.parse(JSON.stringify(page.data)) as PrerenderedData;
    const { errors } = await hydrate('/', page.html, data);
    expect(errors).toEqual([]);
    expect(requests.filter((url) => url.includes('/recent'))).toEqual([]);
  });
});

describe('the search page rendered on request', () => {
  it('comes with the first page of hits and its filters in the HTML', () => {
    const page = pages[SEARCH]!;
    expect(page.title).toBe('Sök – 1177 för vårdpersonal');
    expect(page.html).toContain('med 1 filter');
    expect(page.html).toContain('Att leva med urinkateter');
    expect(page.html).toContain('value="kateter"');
    expect(page.modules).toEqual([
      'src/app/routes/search-page.tsx',
      'src/app/routes/search-page.loader.ts',
    ]);
  });

  it('is taken over by the app without painting it anew or searching again', async () => {
    const page = pages[SEARCH]!;
    const data = JSON.parse(JSON.stringify(page.data)) as PrerenderedData;
    const requests = knowledgeRequests('/api/search/');
    const { container, errors } = await hydrate(SEARCH, page.html, data);
    const hit = container.querySelector('.search-hit__title a');
    expect(errors).toEqual([]);
    expect(hit).toHaveTextContent('Att leva med urinkateter');
    expect(container.querySelector('.search-hit__title a')).toBe(hit);
    expect(requests).toEqual([]);
  });

  it('is never rendered with an identity number in the address, however it is written', async () => {
    const requests = knowledgeRequests('/api/search/');
    for (const url of [
      '/sok?q=191212121212',
      '/sok?q=kateter&kalla=19121212-1212',
      '/sok?q=%31%39%31%32%31%32%31%32%2D%31%32%31%32',
    ]) {
      await expect(renderSearchPage(url)).resolves.toBeNull();
    }
    expect(requests).toEqual([]);
  });
});
