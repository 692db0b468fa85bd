import type { SmartClient } from './clients';
import type { Installation } from './installations';
import type { JournalState } from './launches';
import type { SigningKey } from './tokens';

/** What every part of one running journal system shares. */
export type JournalContext = {
  /** The journal's own origin, e.g. http://localhost:4404. */
  origin: string;
  /** The workspace (1177 för vårdpersonal), which the journal launches. */
  appOrigin: string;
  /** The mock-API service, where launch handles are registered. */
  mockApiOrigin: string;
  clients: SmartClient[];
  state: JournalState;
  key: SigningKey;
};

export const fhirBaseOf = (context: JournalContext, installation: Installation): string =>
  `${context.origin}${installation.path}`;
