import type { ReactNode } from 'react';
import { cx } from './cx';
import { FieldHint, FieldError, RequiredMarker } from './field-parts';
import { useFieldIds } from './use-field-ids';
import './field.css';
import './radio-group.css';

export type RadioOption = {
  value: string;
  /** The option's accessible name: everything in it is read with the radio button. */
  label: ReactNode;
  disabled?: boolean;
};

export type RadioGroupProps = {
  /** The question, always required: the group's name (a `<legend>`). */
  legend: ReactNode;
  options: readonly RadioOption[];
  /** The chosen option's value; null while none is chosen. */
  value: string | null;
  onChange: (value: string) => void;
  /** The radios' `name`; one is made up when not given. */
  name?: string;
  /** Help text under the legend, linked with aria-describedby. */
  hint?: ReactNode;
  /**
   * Error message; when set the group gets aria-invalid and the message is linked and
   * announced (a group has no single control that could take the focus to say it).
   */
  error?: ReactNode;
  required?: boolean;
  id?: string;
  /** Class name of the `<fieldset>`. */
  className?: string;
};

/**
 * One choice of a few, each option a large card with its native radio button: Tab reaches the
 * group once (the chosen option, else the first), the arrow keys move the choice.
 */
export function RadioGroup({
  legend,
  options,
  value,
  onChange,
  name,
  hint,
  error,
  required,
  id,
  className,
}: RadioGroupProps) {
  const field = useFieldIds({ id, hint, error });
  const groupName = name ?? field.inputId;
  return (
    <fieldset
      id={field.inputId}
      className={cx('ds-field', 'ds-radio-group', className)}
      aria-invalid={field.hasError || undefined}
      aria-describedby={field.describedBy}
    >
      <legend className="ds-field__label ds-radio-group__legend">
        {legend}
        {required && <RequiredMarker />}
      </legend>
      {field.hintId && <FieldHint id={field.hintId}>{hint}</FieldHint>}
      {field.errorId && (
        <FieldError id={field.errorId} announce>
          {error}
        </FieldError>
      )}
      <div className="ds-radio-group__options">
        {options.map((option, index) => {
          const optionId = `${field.inputId}-${index}`;
          return (
            <label key={option.value} className="ds-radio" htmlFor={optionId}>
              <input
                id={optionId}
                type="radio"
                className="ds-radio__input"
                name={groupName}
                value={option.value}
                checked={value === option.value}
                required={required}
                disabled={option.disabled}
                onChange={() => onChange(option.value)}
              />
              <span className="ds-radio__label">{option.label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
