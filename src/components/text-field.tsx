import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from './cx';
import { FieldHeader } from './field-parts';
import { useFieldIds } from './use-field-ids';
import './field.css';

export type TextFieldProps = Omit<ComponentPropsWithRef<'input'>, 'children'> & {
  /** Visible label, always required. */
  label: ReactNode;
  /** Help text under the label, linked with aria-describedby. */
  hint?: ReactNode;
  /** Error message; when set the input gets aria-invalid and the message is linked. */
  error?: ReactNode;
  /** Class name of the outer wrapper (the input itself has `ds-input`). */
  className?: string;
  /** Class name of the input element. */
  inputClassName?: string;
};

/** A labelled text input. Every input prop, and `ref`, are forwarded to the `<input>`. */
export function TextField({
  label,
  hint,
  error,
  id,
  required,
  className,
  inputClassName,
  type = 'text',
  'aria-describedby': ariaDescribedBy,
  ...rest
}: TextFieldProps) {
  const field = useFieldIds({ id, hint, error, describedBy: ariaDescribedBy });
  return (
    <div className={cx('ds-field', className)}>
      <FieldHeader field={field} label={label} required={required} hint={hint} error={error} />
      <input
        id={field.inputId}
        type={type}
        required={required}
        className={cx('ds-input', 'ds-field__control', inputClassName)}
        aria-invalid={field.hasError || undefined}
        aria-describedby={field.describedBy}
        {...rest}
      />
    </div>
  );
}
