import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from './cx';
import { FieldMessages } from './field-parts';
import { useFieldIds } from './use-field-ids';
import './field.css';

export type CheckboxProps = Omit<ComponentPropsWithRef<'input'>, 'children' | 'type'> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  /** Class name of the outer wrapper. */
  className?: string;
};

/** A native checkbox with its label to the right. Input props and `ref` are forwarded. */
export function Checkbox({
  label,
  hint,
  error,
  id,
  className,
  'aria-describedby': ariaDescribedBy,
  ...rest
}: CheckboxProps) {
  const field = useFieldIds({ id, hint, error, describedBy: ariaDescribedBy });
  return (
    <div className={cx('ds-field', 'ds-checkbox', className)}>
      <div className="ds-checkbox__row">
        <input
          id={field.inputId}
          type="checkbox"
          className="ds-checkbox__input"
          aria-invalid={field.hasError || undefined}
          aria-describedby={field.describedBy}
          {...rest}
        />
        <div className="ds-checkbox__text">
          <label className="ds-checkbox__label" htmlFor={field.inputId}>
            {label}
          </label>
          <FieldMessages field={field} hint={hint} error={error} />
        </div>
      </div>
    </div>
  );
}
