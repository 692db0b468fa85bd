/// <reference types="vitest/config" />
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * `vite preview` serves the build as a host must (docs/decisions/0009-prerendered-pages.md): a
 * page's own prerendered file where there is one (dist/kunskap/<id>/index.html), otherwise the
 * app's frame, dist/spa.html.
 */
function servePrerenderedPages(): Plugin {
  return {
    name: 'serve-prerendered-pages',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((request, _response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        const wantsPage = (request.headers.accept ?? '').includes('text/html');
        if (request.method === 'GET' && wantsPage && !extname(url.pathname)) {
          const page = join(url.pathname, 'index.html');
          const target = existsSync(join(outDir, page)) ? page : '/spa.html';
          request.url = `${target}${url.search}`;
        }
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), servePrerenderedPages()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // The prerender (scripts/prerender.mjs) reads which stylesheets each lazy page needs.
  build: { manifest: true },
  server: { port: 5173, strictPort: true },
  preview: { port: 5173, strictPort: true },
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
});
