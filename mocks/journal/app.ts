/**
 * The mock journal system: a journal (like Cosmic or TakeCare) that launches the workspace with
 * SMART App Launch, with its patient list, its FHIR R4 server per installation and its SMART
 * authorization server, on one origin. Everything it remembers is in this process's memory
 * (launches.ts): a restart starts empty.
 */
import { createServer, type RequestListener } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import { DEV } from '../dev-config';
import { closeServer, listen, localUrl, type RunningServer } from '../idp/http-server';
import { smartClients } from './clients';
import type { JournalContext } from './context';
import { fhirRouter, sendOutcome } from './fhir-server';
import { INSTALLATIONS } from './installations';
import { contentSecurityPolicy, errorPage } from './journal-page';
import { journalRouter } from './journal-routes';
import { JournalState } from './launches';
import { smartAuthRouter } from './smart-auth';
import { generateSigningKey } from './tokens';
import { outlastClientKeepAlive } from '../lib/keep-alive';

export type JournalOptions = {
  /** The journal's own origin, e.g. http://localhost:4404 (no trailing slash). */
  origin: string;
  /** The workspace. Default DEV.appOrigin. */
  appOrigin?: string;
  /** The mock-API service, for launch handles. Default DEV.mockApiOrigin. */
  mockApiOrigin?: string;
};

export function createJournalApp(options: JournalOptions): express.Express {
  const appOrigin = new URL(options.appOrigin ?? DEV.appOrigin).origin;
  const context: JournalContext = {
    origin: new URL(options.origin).origin,
    appOrigin,
    mockApiOrigin: new URL(options.mockApiOrigin ?? DEV.mockApiOrigin).origin,
    clients: smartClients(appOrigin),
    state: new JournalState(),
    key: generateSigningKey(),
  };

  const app = express();
  app.disable('x-powered-by');
  // Node's querystring: a repeated parameter is an array, never a nested object.
  app.set('query parser', 'simple');
  app.use('/smart', smartAuthRouter(context));
  for (const installation of INSTALLATIONS) {
    app.use(installation.path, fhirRouter(context, installation));
  }
  app.use(journalRouter(context));
  app.use((_req, res) => {
    res
      .status(404)
      .set('Content-Security-Policy', contentSecurityPolicy(appOrigin))
      .type('html')
      .send(errorPage({ message: 'Sidan finns inte i journalsystemet.' }));
  });
  app.use(failure(context));
  return app;
}

/** An error no route handled (a body that could not be read, or a bug), in the caller's format. */
function failure(context: JournalContext) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const status = (error as { status?: number }).status;
    const clientError = typeof status === 'number' && status >= 400 && status < 500;
    if (!clientError) console.error(`Journalsystemet: ${req.method} ${req.path}:`, error);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const code = clientError ? status : 500;
    const message = clientError
      ? 'Journalsystemet kunde inte läsa begäran.'
      : 'Något gick fel i journalsystemet. Försök igen.';
    if (INSTALLATIONS.some((i) => req.path.startsWith(`${i.path}/`))) {
      sendOutcome(res, code, clientError ? 'invalid' : 'exception', message);
    } else if (req.path === '/smart/token') {
      res
        .status(code)
        .set({ 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': context.appOrigin })
        .json({
          error: clientError ? 'invalid_request' : 'server_error',
          error_description: message,
        });
    } else if (req.path.startsWith('/api/')) {
      res
        .status(code)
        .json({ error: { code: clientError ? 'invalid_request' : 'internal_error', message } });
    } else {
      res
        .status(code)
        .set('Content-Security-Policy', contentSecurityPolicy(context.appOrigin))
        .type('html')
        .send(errorPage({ message }));
    }
  };
}

export type StartJournalOptions = Omit<JournalOptions, 'origin'> & {
  /** Defaults to http://<host>:<bound port>, handy with port 0 in tests. */
  origin?: string;
  port: number;
  host?: string;
};

export async function startJournal(options: StartJournalOptions): Promise<RunningServer> {
  // The origin may depend on the bound port, so the app is made after listening.
  let handle: RequestListener = (_req, res) => res.writeHead(503).end();
  const server = createServer((req, res) => handle(req, res));
  outlastClientKeepAlive(server);
  const port = await listen(server, options.port, options.host);
  const url = options.origin ?? localUrl(options.host, port);
  handle = createJournalApp({ ...options, origin: url });
  return { url, close: () => closeServer(server) };
}
