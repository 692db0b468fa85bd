import { serviceCatalogHandlers } from './service-catalog/handlers';

/** Every backend we stand in for, one folder each. */
export const handlers = [...serviceCatalogHandlers];

/** Puts every mock database back to its seed state (between tests). */
export function resetMockDatabases(): void {}
