import { setupServer } from 'msw/node';
import { knowledgeHandlers } from './knowledge/handlers';

/** The knowledge backend in Node, for the build's prerender (scripts/prerender.mjs). */
export const prerenderBackend = setupServer(...knowledgeHandlers);
