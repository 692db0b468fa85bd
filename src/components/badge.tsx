import type { HTMLAttributes } from 'react';
import { cx } from './cx';
import './badge.css';

export type BadgeVariant = 'neutral' | 'primary' | 'info' | 'success' | 'warning' | 'danger';

export type BadgeProps = HTMLAttributes<HTMLSpanElement> & {
  variant?: BadgeVariant;
};

/**
 * A small label (status, category, count). The text carries the meaning; the colour only
 * supports it.
 */
export function Badge({ variant = 'neutral', className, ...rest }: BadgeProps) {
  return <span className={cx('ds-badge', `ds-badge--${variant}`, className)} {...rest} />;
}
