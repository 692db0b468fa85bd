/**
 * The mock-API service: every backend we stand in for (mocks/handlers.ts), served over HTTP
 * from one Node process, so every browser, tab and program shares one state
 * (docs/decisions/0011-shared-mock-api-service.md). The handlers are MSW's, served with
 * @mswjs/http-middleware; around them the service does what a real gateway does: it picks the
 * caller's namespace and dev session, refuses a body it will not read (411, 413, 415), and
 * answers an unknown address or a failure in the backend's own error format, never with a crash.
 */
import { randomUUID } from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import { createMiddleware } from '@mswjs/http-middleware';
import { backends, handlers, type Backend } from '../handlers';
import { errorResponse } from '../lib/api-errors';
import {
  DEFAULT_NAMESPACE,
  DEV_SESSION_COOKIE,
  DEV_SESSION_HEADER,
  isContextName,
  NAMESPACE_COOKIE,
  NAMESPACE_HEADER,
  runInContext,
} from '../lib/request-context';

/** Larger than any request a backend takes: a message with 4 MB of attachments, as base64. */
export const MAX_BODY_BYTES = 6 * 1024 * 1024;

const backendOf = (path: string): Backend | undefined =>
  backends.find((b) => path === b.basePath || path.startsWith(`${b.basePath}/`));

const errorOf = (path: string) => backendOf(path)?.error ?? errorResponse;

/** Writes a fetch Response (a backend's error body) to Express's response. */
async function send(res: Response, answer: globalThis.Response): Promise<void> {
  res.status(answer.status);
  answer.headers.forEach((value, name) => res.setHeader(name, value));
  res.end(Buffer.from(await answer.arrayBuffer()));
}

function cookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** The caller's namespace and dev session, for everything the request's handlers do. */
function requestContext(req: Request, res: Response, next: NextFunction): void {
  const namespace = req.get(NAMESPACE_HEADER) ?? cookie(req, NAMESPACE_COOKIE) ?? DEFAULT_NAMESPACE;
  let devSession = req.get(DEV_SESSION_HEADER) ?? cookie(req, DEV_SESSION_COOKIE) ?? null;
  if (!isContextName(namespace) || (devSession !== null && !isContextName(devSession))) {
    void send(
      res,
      errorResponse(400, 'invalid_context', 'Namnrymden eller utvecklarsessionen är ogiltig.'),
    );
    return;
  }
  // The dev tools' first switch starts a dev session of this browser's own.
  if (devSession === null && req.path.startsWith('/api/dev/')) {
    devSession = randomUUID();
    res.append('Set-Cookie', `${DEV_SESSION_COOKIE}=${devSession}; Path=/; HttpOnly; SameSite=Lax`);
  }
  runInContext({ namespace, devSession, dropConnection: () => req.socket.destroy() }, next);
}

/** A body the backend would not read is refused before it is read. */
function guardBody(req: Request, res: Response, next: NextFunction): void {
  const length = req.get('Content-Length');
  const chunked = req.get('Transfer-Encoding') !== undefined;
  if (length === undefined && !chunked) return next();
  const error = errorOf(req.path);
  if (length === undefined) {
    void send(res, error(411, 'length_required', 'Begäran ska ange sin längd (Content-Length).'));
    return;
  }
  if (Number(length) > MAX_BODY_BYTES) {
    void send(res, error(413, 'body_too_large', 'Begäran är för stor för tjänsten.'));
    return;
  }
  if (Number(length) === 0) return next();
  const type = (req.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  const accepts = backendOf(req.path)?.accepts ?? ['application/json'];
  if (!accepts.includes(type)) {
    void send(
      res,
      error(415, 'unsupported_media_type', `Tjänsten tar emot ${accepts.join(' eller ')}.`),
    );
    return;
  }
  next();
}

function notFound(req: Request, res: Response): void {
  const backend = backendOf(req.path);
  const message = backend
    ? `Adressen finns inte i ${backend.name}.`
    : 'Adressen finns inte i någon av tjänsterna.';
  void send(res, (backend?.error ?? errorResponse)(404, 'not_found', message));
}

function failure(error: unknown, req: Request, res: Response, _next: NextFunction): void {
  console.error(`${req.method} ${req.path}:`, error);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  void send(
    res,
    errorOf(req.path)(500, 'internal_error', 'Något gick fel i tjänsten. Försök igen om en stund.'),
  );
}

export function createMockApi(): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(requestContext);
  app.use(guardBody);
  app.use(createMiddleware(...handlers));
  app.use(notFound);
  app.use(failure);
  return app;
}
