import type { ComponentPropsWithRef, ReactNode } from 'react';
import { Button } from './button';
import { cx } from './cx';
import { FieldMessages } from './field-parts';
import { SearchIcon } from './icons';
import { useFieldIds } from './use-field-ids';
import './field.css';

export type SearchFieldProps = Omit<ComponentPropsWithRef<'input'>, 'children' | 'type'> & {
  /** Visible label, always required (hide it with `hideLabel` only where the context is clear). */
  label: ReactNode;
  /** Keep the label for screen readers only. */
  hideLabel?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  /** When set, a submit button with this text is shown next to the field (e.g. "Sök"). */
  submitLabel?: string;
  /** Wrap in a search landmark (role="search"). Leave off if a surrounding form has it. */
  landmark?: boolean;
  /** Accessible name of the landmark, when there is more than one search on the page. */
  landmarkLabel?: string;
  className?: string;
  inputClassName?: string;
};

/** A search input (type="search") with a search icon and an optional submit button. */
export function SearchField({
  label,
  hideLabel = false,
  hint,
  error,
  submitLabel,
  landmark = false,
  landmarkLabel,
  id,
  className,
  inputClassName,
  'aria-describedby': ariaDescribedBy,
  ...rest
}: SearchFieldProps) {
  const field = useFieldIds({ id, hint, error, describedBy: ariaDescribedBy });
  const content = (
    <>
      <label
        className={cx('ds-field__label', hideLabel && 'visually-hidden')}
        htmlFor={field.inputId}
      >
        {label}
      </label>
      <FieldMessages field={field} hint={hint} error={error} />
      <div className="ds-search__row ds-field__control">
        <div className="ds-search__input-wrap">
          <SearchIcon className="ds-search__icon" />
          <input
            id={field.inputId}
            type="search"
            className={cx('ds-input', 'ds-search__input', inputClassName)}
            aria-invalid={field.hasError || undefined}
            aria-describedby={field.describedBy}
            {...rest}
          />
        </div>
        {submitLabel && <Button type="submit">{submitLabel}</Button>}
      </div>
    </>
  );
  if (landmark) {
    return (
      <div
        role="search"
        aria-label={landmarkLabel}
        className={cx('ds-field', 'ds-search', className)}
      >
        {content}
      </div>
    );
  }
  return <div className={cx('ds-field', 'ds-search', className)}>{content}</div>;
}
