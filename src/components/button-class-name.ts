import { cx } from './cx';
import './button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 'md' | 'sm';

/** Class names shared by `Button` and `LinkButton`. */
export function buttonClassName(
  variant: ButtonVariant,
  size: ButtonSize,
  className?: string,
): string {
  return cx('ds-button', `ds-button--${variant}`, size === 'sm' && 'ds-button--sm', className);
}
