import type { Server } from 'node:http';

/**
 * An idle connection stays open longer than a client's own keep-alive: Node's agent (vite's
 * `/api` proxy among them) lets an idle socket go after 5 s. Were the server's limit 5 s too, the
 * proxy could send a request on a socket at the moment the server closes it: "socket hang up",
 * and a 500 for a request that was fine (a case that would not open, once in CI). With the
 * server waiting longer, the client always closes first. A hanging request (the 'timeout' fault)
 * holds only its own connection either way.
 */
export function outlastClientKeepAlive(server: Server): void {
  server.keepAliveTimeout = 30_000;
  // Node wants the headers' limit above the keep-alive's.
  server.headersTimeout = 31_000;
}
