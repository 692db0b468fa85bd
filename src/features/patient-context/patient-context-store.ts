import { createExternalStore, useExternalStore } from '@/lib/external-store';

/**
 * The patient in context, for this tab only (sessionStorage, never localStorage): a second tab
 * or a new login starts without a patient. Every part of the app reads it through
 * usePatientContext(), so "Stäng patient" clears it everywhere at once.
 */

export type PatientContext = {
  /** Random id of this launch; access events of one display are keyed on it. */
  id: string;
  /** Twelve digits, no separator. */
  identityNumber: string;
  /** Whose context it is: another person logging in in this tab never sees it. */
  employeeHsaId: string;
  icd10: string[];
  /** A service the journal system asked to open, offered on "Mina tjänster". */
  requestedServiceId: string | null;
  launchedAt: string;
};

const KEY = 'vardpersonal.patientContext';
let cachedRaw: string | null | undefined;
let cachedValue: PatientContext | null = null;

function read(): PatientContext | null {
  let raw: string | null;
  try {
    raw = sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
  if (raw === cachedRaw) return cachedValue;
  cachedRaw = raw;
  try {
    const parsed = raw ? (JSON.parse(raw) as PatientContext) : null;
    cachedValue = parsed && /^\d{12}$/.test(parsed.identityNumber) ? parsed : null;
  } catch {
    cachedValue = null;
  }
  return cachedValue;
}

const store = createExternalStore(read, { serverValue: null });

export function getPatientContext(): PatientContext | null {
  return read();
}

export function setPatientContext(
  context: Omit<PatientContext, 'id' | 'launchedAt'>,
): PatientContext {
  const value: PatientContext = {
    ...context,
    id: crypto.randomUUID(),
    launchedAt: new Date().toISOString(),
  };
  sessionStorage.setItem(KEY, JSON.stringify(value));
  store.notify();
  return value;
}

export function clearPatientContext(): void {
  if (sessionStorage.getItem(KEY) === null) return;
  sessionStorage.removeItem(KEY);
  store.notify();
}

export function usePatientContext(): PatientContext | null {
  return useExternalStore(store);
}
