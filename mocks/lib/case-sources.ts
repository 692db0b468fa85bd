/** The four case-source backends the inbox reads, registered together in mocks/handlers.ts. */
import {
  formularhanteringHandlers,
  resetFormularhanteringDatabase,
} from '../formularhantering/handlers';
import { personalverktygHandlers, resetPersonalverktygDatabase } from '../personalverktyg/handlers';
import {
  resetStodOchBehandlingDatabase,
  stodOchBehandlingHandlers,
} from '../stod-och-behandling/handlers';
import { resetWebcertDatabase, webcertHandlers } from '../webcert/handlers';
import { resetCaseSourceSession } from './case-source-kit';

export const caseSourceHandlers = [
  ...personalverktygHandlers,
  ...stodOchBehandlingHandlers,
  ...formularhanteringHandlers,
  ...webcertHandlers,
];

export function resetCaseSourceDatabases(): void {
  resetPersonalverktygDatabase();
  resetStodOchBehandlingDatabase();
  resetFormularhanteringDatabase();
  resetWebcertDatabase();
  resetCaseSourceSession();
}
