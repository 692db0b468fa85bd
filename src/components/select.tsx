import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from './cx';
import { FieldHeader } from './field-parts';
import { useFieldIds } from './use-field-ids';
import './field.css';

export type SelectOption = {
  value: string;
  label: string;
  disabled?: boolean;
};

export type SelectProps = Omit<ComponentPropsWithRef<'select'>, 'children'> & {
  label: ReactNode;
  options: readonly SelectOption[];
  /** An empty first option (value ""), e.g. "Välj …". */
  placeholder?: string;
  hint?: ReactNode;
  error?: ReactNode;
  /** Class name of the outer wrapper. */
  className?: string;
  selectClassName?: string;
};

/** A labelled native `<select>`. Every select prop, and `ref`, are forwarded. */
export function Select({
  label,
  options,
  placeholder,
  hint,
  error,
  id,
  required,
  className,
  selectClassName,
  'aria-describedby': ariaDescribedBy,
  ...rest
}: SelectProps) {
  const field = useFieldIds({ id, hint, error, describedBy: ariaDescribedBy });
  return (
    <div className={cx('ds-field', className)}>
      <FieldHeader field={field} label={label} required={required} hint={hint} error={error} />
      <select
        id={field.inputId}
        required={required}
        className={cx('ds-select', 'ds-field__control', selectClassName)}
        aria-invalid={field.hasError || undefined}
        aria-describedby={field.describedBy}
        {...rest}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
