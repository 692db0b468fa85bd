/// <reference types="vitest/config" />
import { createReadStream, existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { parseEnv } from './src/config/env-schema';

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
 * (docs/decisions/0009-prerendered-pages.md); and a file's Brotli copy to a browser that
 * accepts it (docs/decisions/0010-brotli-assets.md).
 */
function servePrerenderedPages(): Plugin {
  return {
    name: 'serve-prerendered-pages',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((request, response, next) => {
        if (request.method !== 'GET') return next();
        const url = new URL(request.url ?? '/', 'http://localhost');
        let path = decodeURIComponent(url.pathname);
        const wantsPage = (request.headers.accept ?? '').includes('text/html');
        if (wantsPage && !extname(path)) {
          const page = join(path, 'index.html');
          path = existsSync(join(outDir, page)) ? page : '/spa.html';
          request.url = `${path}${url.search}`;
        }
        const brotli = join(outDir, `${path}.br`);
        const acceptsBrotli = /\bbr\b/.test(String(request.headers['accept-encoding'] ?? ''));
        const type = CONTENT_TYPES[extname(path)];
        if (!acceptsBrotli || !type || !brotli.startsWith(outDir) || !existsSync(brotli)) {
          return next();
        }
        response.setHeader('Content-Type', type);
        response.setHeader('Content-Encoding', 'br');
        response.setHeader('Vary', 'Accept-Encoding');
        createReadStream(brotli).pipe(response);
      });
    },
  };
}

const apiProxy = {
  // The search service is a process of its own (mocks/search/main.ts); first, as the more specific.
  '/api/search': { target: process.env.SEARCH_ORIGIN ?? 'http://localhost:4403', xfwd: true },
  '/api': { target: process.env.MOCK_API_ORIGIN ?? 'http://localhost:4402', xfwd: true },
};

export default defineConfig(({ mode }) => ({
  // The app's configuration, checked once here (src/config/env-schema.ts); a wrong value stops
  // the dev server or the build. Variables set in the shell win over .env files.
  define: {
    __APP_ENV__: JSON.stringify(parseEnv(loadEnv(mode, process.cwd(), 'VITE_'))),
    // fhirclient's "pure" build: modern browsers need none of its fetch and AbortController polyfills.
    FHIRCLIENT_PURE: 'true',
  },
  plugins: [react(), servePrerenderedPages()],
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
}));
