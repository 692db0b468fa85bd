import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from './cx';
import './empty-state.css';

export type EmptyStateProps = Omit<HTMLAttributes<HTMLDivElement>, 'title'> & {
  title: ReactNode;
  /** Level of the title heading; default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Explanation, e.g. "Det finns inga ärenden för din enhet just nu." (or pass it as children). */
  text?: ReactNode;
  /** E.g. a button "Rensa filter". */
  action?: ReactNode;
};

/** What to show where a list or search has nothing to show. */
export function EmptyState({
  title,
  headingLevel = 2,
  text,
  action,
  className,
  children,
  ...rest
}: EmptyStateProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={cx('ds-empty-state', className)} {...rest}>
      <Heading className="ds-empty-state__title">{title}</Heading>
      {text && <p className="ds-empty-state__text">{text}</p>}
      {children !== undefined && children !== null && children !== false && (
        <div className="ds-empty-state__text">{children}</div>
      )}
      {action && <div className="ds-empty-state__action cluster">{action}</div>}
    </div>
  );
}
