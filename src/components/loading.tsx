import type { HTMLAttributes } from 'react';
import { cx } from './cx';
import { Spinner } from './spinner';
import './spinner.css';

export type LoadingProps = Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'role'> & {
  /** What is shown and announced; default "Laddar …". */
  label?: string;
  /** Inline (in running text or a row) instead of a padded block. */
  inline?: boolean;
};

/** A loading indicator that is announced politely (role="status"). */
export function Loading({ label = 'Laddar …', inline = false, className, ...rest }: LoadingProps) {
  return (
    <div
      role="status"
      aria-live="polite"
      className={cx('ds-loading', inline && 'ds-loading--inline', className)}
      {...rest}
    >
      <Spinner className="ds-loading__spinner" size={inline ? 'sm' : 'md'} />
      <span>{label}</span>
    </div>
  );
}
