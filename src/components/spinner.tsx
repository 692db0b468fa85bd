import { cx } from './cx';
import './spinner.css';

export type SpinnerProps = {
  size?: 'sm' | 'md' | 'lg';
  className?: string;
};

/**
 * A purely visual spinning ring (hidden from assistive technology). To tell everyone that
 * something is loading, use `Loading`, or put text next to it.
 */
export function Spinner({ size = 'md', className }: SpinnerProps) {
  return (
    <span
      aria-hidden="true"
      className={cx('ds-spinner', size !== 'md' && `ds-spinner--${size}`, className)}
    />
  );
}
