/** Types for scripts/search-page-server.mjs, which vite.config.ts uses for `vite preview`. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export declare const RENDER_TIMEOUT_MS: number;

export declare function acceptsBrotli(request: IncomingMessage): boolean;

export type SearchPageRenderer = {
  render: (url: string) => Promise<string | null>;
  send: (request: IncomingMessage, response: ServerResponse, html: string) => Promise<void>;
  ready: () => Promise<void>;
  close: () => Promise<number> | undefined;
};

export declare function createSearchPageRenderer(options: {
  serverDir?: string;
  origin: string;
  onFailure?: (error: Error) => void;
}): SearchPageRenderer | null;
