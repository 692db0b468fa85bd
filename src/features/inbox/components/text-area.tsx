import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';

type TextAreaProps = Omit<ComponentPropsWithRef<'textarea'>, 'children'> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
};

/** A labelled textarea in the design system's field style (the system has none yet). */
export function TextArea({ label, hint, error, id, className, ...rest }: TextAreaProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  return (
    <div className={`ds-field${className ? ` ${className}` : ''}`}>
      <label className="ds-field__label" htmlFor={inputId}>
        {label}
      </label>
      {hint && (
        <div id={hintId} className="ds-field__hint">
          {hint}
        </div>
      )}
      {error && (
        <div id={errorId} className="ds-field__error">
          <span>
            <span className="visually-hidden">Fel:</span> {error}
          </span>
        </div>
      )}
      <textarea
        id={inputId}
        className="ds-input ds-field__control inbox-textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        rows={5}
        {...rest}
      />
    </div>
  );
}
