export { ServiceCatalog } from './components/service-catalog';
export { servicesQueryOptions } from './api/services';
export type { Service } from './api/services';
export { launchHref, serviceLaunch, type ServiceLaunch } from './launch';
// TODO(issue 16): the old name, until the inbox case page (src/app/routes/inbox-case-page.tsx)
// reads the catalog with servicesQueryOptions; then this line goes.
export { servicesQueryOptions as getServicesQueryOptions } from './api/services';
