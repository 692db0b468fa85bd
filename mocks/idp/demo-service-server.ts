import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEV } from '../dev-config';
import { closeServer, listen, localUrl, type RunningServer } from './http-server';
import { escapeHtml } from './views';

const SITE = fileURLToPath(new URL('../demo-service/', import.meta.url));
const OIDC_CLIENT = join(
  dirname(createRequire(import.meta.url).resolve('oidc-client-ts/package.json')),
  'dist/browser/oidc-client-ts.min.js',
);

export type DemoServiceOptions = {
  /** The identity provider the demo service signs in with. */
  issuer: string;
  port: number;
  host?: string;
};

/** Turns app.ts into browser JavaScript on each request, so edits show on reload. Types only need erasing. */
async function compileApp(): Promise<string> {
  const { default: ts } = await import('typescript');
  const source = await readFile(join(SITE, 'app.ts'), 'utf8');
  return ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
}

/** The demo service: a tiny static site, its own OIDC client of the local provider. */
export async function startDemoService(options: DemoServiceOptions): Promise<RunningServer> {
  const issuerOrigin = new URL(options.issuer).origin;
  const headers = {
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    // No inline scripts or styles anywhere; only the provider is called from the page.
    'Content-Security-Policy': [
      "default-src 'self'",
      `connect-src 'self' ${issuerOrigin}`,
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ].join('; '),
  };
  const page = (await readFile(join(SITE, 'index.html'), 'utf8'))
    .replace('%OIDC_AUTHORITY%', escapeHtml(options.issuer))
    .replace('%OIDC_CLIENT_ID%', escapeHtml(DEV.demoServiceClientId));

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer) => {
    res.writeHead(status, { ...headers, 'Content-Type': type });
    res.end(body);
  };

  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const respond = async () => {
      switch (pathname) {
        case '/':
        case '/callback':
          return send(res, 200, 'text/html; charset=utf-8', page);
        case '/app.js':
          return send(res, 200, 'text/javascript; charset=utf-8', await compileApp());
        case '/styles.css':
          return send(
            res,
            200,
            'text/css; charset=utf-8',
            await readFile(join(SITE, 'styles.css')),
          );
        case '/vendor/oidc-client-ts.min.js':
          return send(res, 200, 'text/javascript; charset=utf-8', await readFile(OIDC_CLIENT));
        default:
          return send(res, 404, 'text/plain; charset=utf-8', 'Sidan finns inte.');
      }
    };
    respond().catch((error: unknown) => {
      console.error('Demotjänsten:', error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Något gick fel.');
    });
  });

  const port = await listen(server, options.port, options.host);
  return { url: localUrl(options.host, port), close: () => closeServer(server) };
}
