import type { ReactNode } from 'react';
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

export function FieldError({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <div id={id} className="ds-field__error">
      <ErrorIcon className="ds-field__error-icon" />
      <span>
        <span className="visually-hidden">Fel:</span> {children}
      </span>
    </div>
  );
}
