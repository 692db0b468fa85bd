import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

/** The mock backends in the browser: the dev server, the demo and the end-to-end tests. */
export const worker = setupWorker(...handlers);
