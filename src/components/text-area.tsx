import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from './cx';
import { FieldHeader } from './field-parts';
import { useFieldIds } from './use-field-ids';
import './field.css';

export type TextAreaProps = Omit<ComponentPropsWithRef<'textarea'>, 'children'> & {
  /** Visible label, always required. */
  label: ReactNode;
  /** Help text under the label, linked with aria-describedby. */
  hint?: ReactNode;
  /** Error message; when set the textarea gets aria-invalid and the message is linked. */
  error?: ReactNode;
  /** Class name of the outer wrapper. */
  className?: string;
  /** Class name of the textarea element. */
  textAreaClassName?: string;
};

/**
 * A labelled text area for text of several lines: five rows unless told, and it grows when
 * dragged. Every textarea prop, and `ref`, are forwarded to the `<textarea>`.
 */
export function TextArea({
  label,
  hint,
  error,
  id,
  required,
  className,
  textAreaClassName,
  rows = 5,
  'aria-describedby': ariaDescribedBy,
  ...rest
}: TextAreaProps) {
  const field = useFieldIds({ id, hint, error, describedBy: ariaDescribedBy });
  return (
    <div className={cx('ds-field', className)}>
      <FieldHeader field={field} label={label} required={required} hint={hint} error={error} />
      <textarea
        id={field.inputId}
        rows={rows}
        required={required}
        className={cx('ds-input', 'ds-textarea', 'ds-field__control', textAreaClassName)}
        aria-invalid={field.hasError || undefined}
        aria-describedby={field.describedBy}
        {...rest}
      />
    </div>
  );
}
