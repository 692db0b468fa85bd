export { ServiceCatalog } from './components/service-catalog';
export { getServicesQueryOptions } from './api/get-services';
export type { Service } from './api/get-services';
export { serviceLaunch, type ServiceLaunch } from './launch';
