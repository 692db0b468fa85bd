import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

export type RunningServer = { url: string; close(): Promise<void> };

/** Listens and resolves with the port actually bound (useful with port 0). */
export function listen(server: Server, port: number, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Closes the server, dropping keep-alive connections so tests and Ctrl+C do not hang. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

/** The URL a browser on this machine uses for a server bound to `host`. */
export function localUrl(host: string | undefined, port: number): string {
  const name =
    !host || host === '0.0.0.0' || host === '::'
      ? 'localhost'
      : host.includes(':')
        ? `[${host}]`
        : host;
  return `http://${name}:${port}`;
}
