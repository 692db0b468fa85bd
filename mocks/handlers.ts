import { knowledgeHandlers } from './knowledge/handlers';
import { serviceCatalogHandlers } from './service-catalog/handlers';
import { patientLookupHandlers } from './patient-lookup/handlers';
import { launchContextHandlers, resetLaunchContextDatabase } from './launch-context/handlers';
import { accessLogHandlers, resetAccessLogDatabase } from './access-log/handlers';
import { caseSourceHandlers, resetCaseSourceDatabases } from './lib/case-sources';
import { resetAddressBook, sdkAddressBookHandlers } from './sdk-address-book/handlers';
import { resetSdkMessageDatabase, sdkMessageServiceHandlers } from './sdk-message-service/handlers';

/** Every backend we stand in for, one folder each. */
export const handlers = [
  ...knowledgeHandlers,
  ...serviceCatalogHandlers,
  ...patientLookupHandlers,
  ...launchContextHandlers,
  ...accessLogHandlers,
  ...caseSourceHandlers,
  ...sdkAddressBookHandlers,
  ...sdkMessageServiceHandlers,
];

/** Puts every mock database back to its seed state (between tests). */
export function resetMockDatabases(): void {
  resetLaunchContextDatabase();
  resetAccessLogDatabase();
  resetCaseSourceDatabases();
  resetAddressBook();
  resetSdkMessageDatabase();
}
