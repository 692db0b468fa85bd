import type { ReactNode } from 'react';
import type { FieldIds } from './use-field-ids';
import { ErrorIcon } from './icons';
import './field.css';

/** Visible "(obligatoriskt)"; hidden from screen readers, which announce `required` themselves. */
export function RequiredMarker() {
  return (
    <span className="ds-field__required" aria-hidden="true">
      {' '}
      (obligatoriskt)
    </span>
  );
}

export function FieldHint({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <div id={id} className="ds-field__hint">
      {children}
    </div>
  );
}

/** `announce`: read out as soon as it shows (role="alert"), for an error found on submit. */
export function FieldError({
  id,
  announce = false,
  children,
}: {
  id?: string;
  announce?: boolean;
  children: ReactNode;
}) {
  return (
    <div id={id} className="ds-field__error" role={announce ? 'alert' : undefined}>
      <ErrorIcon className="ds-field__error-icon" />
      <span>
        <span className="visually-hidden">Fel:</span> {children}
      </span>
    </div>
  );
}

/** A field's hint and error, with the ids its control points to via aria-describedby. */
export function FieldMessages({
  field,
  hint,
  error,
}: {
  field: FieldIds;
  hint?: ReactNode;
  error?: ReactNode;
}) {
  return (
    <>
      {field.hintId && <FieldHint id={field.hintId}>{hint}</FieldHint>}
      {field.errorId && <FieldError id={field.errorId}>{error}</FieldError>}
    </>
  );
}

/** The label, required marker, hint and error above a text input or a select. */
export function FieldHeader({
  field,
  label,
  required,
  hint,
  error,
}: {
  field: FieldIds;
  label: ReactNode;
  required?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
}) {
  return (
    <>
      <label className="ds-field__label" htmlFor={field.inputId}>
        {label}
        {required && <RequiredMarker />}
      </label>
      <FieldMessages field={field} hint={hint} error={error} />
    </>
  );
}
