import type { ComponentPropsWithRef } from 'react';
import { buttonClassName, type ButtonSize, type ButtonVariant } from './button-class-name';
import { Spinner } from './spinner';
import './button.css';

export type ButtonProps = ComponentPropsWithRef<'button'> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Shows a spinner, sets aria-busy and disables the button. */
  isLoading?: boolean;
  /** Added (for screen readers) to the button's name while loading; default "Laddar …". */
  loadingText?: string;
};

/**
 * A button. `type` defaults to "button" (pass type="submit" in forms); every other button
 * prop, and `ref`, are forwarded.
 */
export function Button({
  variant = 'primary',
  size = 'md',
  isLoading = false,
  loadingText = 'Laddar …',
  type = 'button',
  disabled,
  className,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={buttonClassName(variant, size, className)}
      {...rest}
      disabled={disabled || isLoading}
      aria-busy={isLoading || undefined}
    >
      {isLoading && <Spinner size="sm" className="ds-button__spinner" />}
      {children}
      {isLoading && (
        <>
          {' '}
          <span className="visually-hidden">({loadingText})</span>
        </>
      )}
    </button>
  );
}
