import { useId, type ReactNode } from 'react';

type FieldIdsInput = {
  id?: string;
  hint?: ReactNode;
  error?: ReactNode;
  /** aria-describedby the caller passed; kept, after ours. */
  describedBy?: string;
};

export type FieldIds = {
  inputId: string;
  hintId?: string;
  errorId?: string;
  hasError: boolean;
  describedBy?: string;
};

export function hasContent(node: ReactNode): boolean {
  return node !== undefined && node !== null && node !== false && node !== '';
}

/** Ids and ARIA wiring shared by every field: TextField, TextArea, Select, RadioGroup, … */
export function useFieldIds({ id, hint, error, describedBy }: FieldIdsInput): FieldIds {
  const generated = useId();
  const inputId = id ?? `ds-field-${generated.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const hintId = hasContent(hint) ? `${inputId}-hint` : undefined;
  const hasError = hasContent(error);
  const errorId = hasError ? `${inputId}-error` : undefined;
  const ids = [hintId, errorId, ...(describedBy ? [describedBy] : [])].filter(Boolean);
  return {
    inputId,
    hintId,
    errorId,
    hasError,
    describedBy: ids.length > 0 ? ids.join(' ') : undefined,
  };
}
