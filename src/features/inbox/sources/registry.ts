import type { SourceId } from '../model';
import type { CaseSource } from './case-source';
import { formularhantering } from './formularhantering';
import { personalverktyg } from './personalverktyg';
import { sdk } from './sdk';
import { stodOchBehandling } from './stod-och-behandling';
import { webcert } from './webcert';

/** Every source the inbox reads, in the order they are shown. Add a source here. */
export const CASE_SOURCES: readonly CaseSource[] = [
  personalverktyg,
  stodOchBehandling,
  formularhantering,
  webcert,
  sdk,
];

export function findSource(id: string): CaseSource | undefined {
  return CASE_SOURCES.find((source) => source.id === (id as SourceId));
}
