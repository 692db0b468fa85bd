/**
 * What the workspace reads from the journal system's FHIR resources: the identity number from
 * the Patient's identifiers (HL7 Sweden base profiles) and the ICD-10 codes of the active
 * Conditions. Only these leave this module; the rest of the resources is not kept.
 */
export const PERSONNUMMER_SYSTEM = 'http://electronichealth.se/identifier/personnummer';
export const SAMORDNINGSNUMMER_SYSTEM = 'http://electronichealth.se/identifier/samordningsnummer';
const ICD10_SYSTEMS = ['http://hl7.org/fhir/sid/icd-10-se', 'http://hl7.org/fhir/sid/icd-10'];
const CLINICAL_STATUS_SYSTEM = 'http://terminology.hl7.org/CodeSystem/condition-clinical';

type Coding = { system?: unknown; code?: unknown };
type Identifier = { system?: unknown; value?: unknown; period?: { end?: unknown } };
export type FhirPatient = { resourceType?: unknown; id?: unknown; identifier?: unknown };
type FhirCondition = {
  resourceType?: unknown;
  clinicalStatus?: { coding?: unknown };
  code?: { coding?: unknown };
};
export type FhirBundle = { resourceType?: unknown; entry?: unknown };

const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * The patient's personnummer, or else samordningsnummer, as the profile writes it (12 digits).
 * An identifier whose period has ended no longer names the patient. Null when there is neither.
 */
export function identityNumberOfPatient(patient: FhirPatient): string | null {
  const current = list<Identifier>(patient.identifier).filter(
    (identifier) => identifier.period?.end === undefined,
  );
  for (const system of [PERSONNUMMER_SYSTEM, SAMORDNINGSNUMMER_SYSTEM]) {
    const value = text(current.find((identifier) => identifier.system === system)?.value);
    if (value?.trim()) return value.trim();
  }
  return null;
}

const isActive = (condition: FhirCondition): boolean => {
  const codings = list<Coding>(condition.clinicalStatus?.coding);
  // No clinical status at all: the search asked for active ones, so take the server's word.
  if (codings.length === 0) return true;
  return codings.some(
    (coding) =>
      (coding.system === undefined || coding.system === CLINICAL_STATUS_SYSTEM) &&
      (coding.code === 'active' || coding.code === 'recurrence' || coding.code === 'relapse'),
  );
};

/** The ICD-10 codes of the active Conditions in a searchset, in the server's order. */
export function activeIcd10Codes(bundle: FhirBundle): string[] {
  const codes = list<{ resource?: FhirCondition }>(bundle.entry)
    .map((entry) => entry.resource)
    .filter((resource): resource is FhirCondition => resource?.resourceType === 'Condition')
    .filter(isActive)
    .flatMap((condition) =>
      list<Coding>(condition.code?.coding)
        .filter((coding) => ICD10_SYSTEMS.includes(String(coding.system)))
        .map((coding) => text(coding.code)?.trim().toUpperCase() ?? ''),
    )
    .filter(Boolean);
  return [...new Set(codes)];
}
