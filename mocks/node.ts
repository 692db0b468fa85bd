import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The mock backends for Vitest and Node scripts. */
export const server = setupServer(...handlers);
