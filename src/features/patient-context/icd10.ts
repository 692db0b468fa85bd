/**
 * ICD-10(-SE) diagnosis codes from the journal system: a letter, two digits, and an optional
 * subdivision ("E11", "E11.9", "J45.0", "M54.5", "F32.1A"). They are not identifying on their
 * own, so they may be shown and searched for.
 */

const ICD10 = /^[A-Z]\d{2}(?:\.?\d{1,2}[A-Z]?)?$/;
const MAX_CODES = 10;

export type Icd10Result = { ok: true; codes: string[] } | { ok: false; message: string };

/** Codes separated by commas or spaces; normalised to upper case with a dot ("e119" → "E11.9"). */
export function parseIcd10Codes(input: unknown): Icd10Result {
  if (input === undefined || input === null) return { ok: true, codes: [] };
  const list = Array.isArray(input) ? input : [input];
  if (!list.every((item): item is string => typeof item === 'string')) {
    return { ok: false, message: 'Diagnoskoderna (icd10) kunde inte läsas.' };
  }
  const codes = list
    .flatMap((item) => item.split(/[\s,]+/))
    .filter(Boolean)
    .map((code) => code.toUpperCase());
  const invalidAt = codes.findIndex((code) => !ICD10.test(code));
  if (invalidAt >= 0) {
    // Position, not the value: a journal system may have put something identifying there.
    return {
      ok: false,
      message: `Diagnoskod nummer ${invalidAt + 1} (icd10) är inte en giltig ICD-10-kod, till exempel E11 eller J45.0.`,
    };
  }
  if (codes.length > MAX_CODES) {
    return { ok: false, message: `Högst ${MAX_CODES} diagnoskoder kan skickas med.` };
  }
  const normalised = codes.map((code) =>
    code.length > 3 && code[3] !== '.' ? `${code.slice(0, 3)}.${code.slice(3)}` : code,
  );
  return { ok: true, codes: [...new Set(normalised)] };
}

/** Names of common codes, for the links to the knowledge support; others show the code alone. */
const NAMES: Record<string, string> = {
  E10: 'Typ 1-diabetes',
  E11: 'Typ 2-diabetes',
  I10: 'Essentiell hypertoni',
  I48: 'Förmaksflimmer',
  J44: 'KOL',
  J45: 'Astma',
  F32: 'Depression',
  F41: 'Ångestsyndrom',
  M54: 'Ryggsmärta',
  J06: 'Övre luftvägsinfektion',
  N39: 'Urinvägsinfektion',
};

export function icd10Name(code: string): string | null {
  return NAMES[code.slice(0, 3)] ?? null;
}
