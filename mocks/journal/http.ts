/** Small pieces of Express plumbing the journal's routes share. */
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** An async route whose failure reaches the app's error handler instead of being lost. */
export const asyncRoute =
  (route: (req: Request, res: Response, next: NextFunction) => Promise<unknown>): RequestHandler =>
  (req, res, next) => {
    route(req, res, next).catch(next);
  };

export type Params = { get(name: string): string | undefined; repeated: string[] };

/**
 * Query or form parameters (parsed with Node's querystring, so a repeated one is an array).
 * OAuth allows each parameter once (RFC 6749 §3.1): the repeated ones are listed, not read.
 */
export function paramsOf(source: unknown): Params {
  const entries = Object.entries((source ?? {}) as Record<string, unknown>);
  const repeated = entries.filter(([, value]) => Array.isArray(value)).map(([name]) => name);
  const values = new Map(
    entries.filter(([, value]) => typeof value === 'string') as [string, string][],
  );
  return { get: (name) => values.get(name) || undefined, repeated };
}

/** The value of one cookie of the request. */
export function cookieOf(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(value.join('='));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Public documents anyone may read from a page (discovery, keys). */
export const PUBLIC_CORS = { 'Access-Control-Allow-Origin': '*' };
