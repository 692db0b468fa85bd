/// <reference types="vitest/config" />
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Connect, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { headersFor, securityHeaders, type SecurityHeadersConfig } from './scripts/csp.mjs';
import {
  acceptsBrotli,
  createSearchPageRenderer,
  type SearchPageRenderer,
} from './scripts/search-page-server.mjs';
import { parseEnv, type AppEnv } from './src/config/env-schema';
import { paths } from './src/config/paths';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * `vite preview` serves the build as a host must: a page's own prerendered file where there is
 * one (dist/kunskap/<id>/index.html), otherwise the app's frame, dist/spa.html
 * (docs/decisions/0009-prerendered-pages.md); a search with its first hits rendered on request
 * (docs/decisions/0025-search-page-rendered-on-request.md); and a file's Brotli copy to a
 * browser that accepts it (docs/decisions/0010-brotli-assets.md).
 */
function servePrerenderedPages(): Plugin {
  return {
    name: 'serve-prerendered-pages',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      let searchPages: SearchPageRenderer | null = null;
      // The app for Node asks this server's own /api, as the browser does.
      server.httpServer.once('listening', () => {
        const address = server.httpServer.address();
        const port = typeof address === 'object' && address ? address.port : 5173;
        searchPages = createSearchPageRenderer({
          origin: `http://localhost:${port}`,
          onFailure: () =>
            server.config.logger.warn('Söksidans rendering stannade; den startas om.'),
        });
        server.httpServer.once('close', () => void searchPages?.close());
      });
      /** The page's file for an address (or the frame), or any file's Brotli copy. */
      const serveFile: Connect.NextHandleFunction = (request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        let path = decodeURIComponent(url.pathname);
        if (wantsPage(request) && !extname(path)) {
          const page = join(path, 'index.html');
          path = existsSync(join(outDir, page)) ? page : '/spa.html';
          request.url = `${path}${url.search}`;
        }
        const brotli = join(outDir, `${path}.br`);
        const type = CONTENT_TYPES[extname(path)];
        if (!acceptsBrotli(request) || !type || !brotli.startsWith(outDir) || !existsSync(brotli)) {
          return next();
        }
        response.setHeader('Content-Type', type);
        response.setHeader('Content-Encoding', 'br');
        response.setHeader('Vary', 'Accept-Encoding');
        createReadStream(brotli).pipe(response);
      };
      server.middlewares.use((request, response, next) => {
        if (request.method !== 'GET') return next();
        const url = new URL(request.url ?? '/', 'http://localhost');
        const renderer = searchPages;
        if (!renderer || !wantsPage(request) || url.pathname !== paths.search.path || !url.search) {
          return serveFile(request, response, next);
        }
        renderer
          .render(`${url.pathname}${url.search}`)
          .then((html) =>
            html ? renderer.send(request, response, html) : serveFile(request, response, next),
          )
          .catch(next);
      });
    },
  };
}

const wantsPage = (request: Connect.IncomingMessage) =>
  (request.headers.accept ?? '').includes('text/html');

/**
 * The security headers on every response (scripts/csp.mjs,
 * docs/decisions/0015-content-security-policy.md): `vite preview` serves the build's own
 * dist/csp.json, whose script-src and style-src hold the hashes of the prerendered pages' inline
 * scripts and styles; the dev server the same policy with inline scripts and styles allowed,
 * which Vite's development client needs.
 */
function serveSecurityHeaders(appEnv: AppEnv): Plugin {
  const forApp = (dev: boolean): SecurityHeadersConfig => {
    const options = {
      scriptHashes: [],
      styleHashes: [],
      oidcAuthority: appEnv.oidcAuthority,
      smartIssuers: appEnv.smartIssuers,
      dev,
    };
    return {
      headers: securityHeaders(options),
      silentCallback: {
        path: paths.silentCallback.path,
        headers: securityHeaders({ ...options, framedBySelf: true }),
      },
    };
  };
  const serve =
    (config: SecurityHeadersConfig): Connect.NextHandleFunction =>
    (request, response, next) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      for (const [name, value] of Object.entries(headersFor(config, path))) {
        response.setHeader(name, value);
      }
      next();
    };
  return {
    name: 'serve-security-headers',
    configureServer(server) {
      server.middlewares.use(serve(forApp(true)));
    },
    configurePreviewServer(server) {
      const file = resolve(server.config.root, server.config.build.outDir, 'csp.json');
      if (existsSync(file)) {
        server.middlewares.use(serve(JSON.parse(readFileSync(file, 'utf8'))));
      } else {
        // A `vite build` without the prerender: no inline scripts to allow.
        server.config.logger.warn('dist/csp.json saknas (kör npm run build): policy utan hashar.');
        server.middlewares.use(serve(forApp(false)));
      }
    },
  };
}

const apiProxy = {
  // The search service is a process of its own (mocks/search/main.ts); first, as the more specific.
  '/api/search': { target: process.env.SEARCH_ORIGIN ?? 'http://localhost:4403', xfwd: true },
  '/api': { target: process.env.MOCK_API_ORIGIN ?? 'http://localhost:4402', xfwd: true },
};

export default defineConfig(({ mode }) => {
  // The app's configuration, checked once here (src/config/env-schema.ts); a wrong value stops
  // the dev server or the build. Variables set in the shell win over .env files.
  const appEnv = parseEnv(loadEnv(mode, process.cwd(), 'VITE_'));
  return {
    define: {
      __APP_ENV__: JSON.stringify(appEnv),
      // fhirclient's "pure" build: modern browsers need none of its fetch and AbortController polyfills.
      FHIRCLIENT_PURE: 'true',
    },
    // The headers first: they go on every answer, the Brotli files' included.
    plugins: [react(), serveSecurityHeaders(appEnv), servePrerenderedPages()],
    resolve: {
      alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    },
    build: {
      // The prerender (scripts/prerender.mjs) reads which files each lazy page needs.
      manifest: true,
      rolldownOptions: {
        output: {
          // Everything the app's entry needs in one file: each further file of the first
          // download takes a connection of its own (HTTP/1.1 opens at most six per host), and the
          // page's own code must not wait for one.
          codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
        },
      },
    },
    // The mock-API service (mocks/server) answers /api locally, so the app, the journal system and
    // curl use the same addresses; a real host proxies /api to the real backends.
    server: { port: 5173, strictPort: true, proxy: apiProxy },
    preview: { port: 5173, strictPort: true, proxy: apiProxy },
    test: {
      globals: true,
      environment: 'jsdom',
      setupFiles: ['./src/testing/setup-tests.ts'],
      include: [
        'src/**/*.test.{ts,tsx}',
        'mocks/**/*.test.ts',
        'scripts/**/*.test.ts',
        'eslint-rules/**/*.test.ts',
      ],
      restoreMocks: true,
      // Integration tests render whole pages against the mock backends; two busy cores need time.
      testTimeout: 15_000,
      // Two cores: keep the pool small so the suite does not thrash.
      maxWorkers: 2,
    },
  };
});
