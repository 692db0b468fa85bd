import type { DetailsHTMLAttributes, ReactNode } from 'react';
import { cx } from './cx';
import { ChevronIcon } from './icons';
import './disclosure.css';

export type DisclosureProps = Omit<DetailsHTMLAttributes<HTMLDetailsElement>, 'children'> & {
  /** The always visible text that opens and closes the content. */
  summary: ReactNode;
  /** A number shown after the summary, e.g. how many filters or items are inside. */
  count?: number;
  children: ReactNode;
};

/**
 * Show/hide content, built on native `<details>`/`<summary>` (keyboard and screen reader
 * support come from the browser). Pass `open` for the initial state, `onToggle` to follow it.
 */
export function Disclosure({ summary, count, children, className, ...rest }: DisclosureProps) {
  return (
    <details className={cx('ds-disclosure', className)} {...rest}>
      <summary className="ds-disclosure__summary">
        <ChevronIcon className="ds-disclosure__chevron" />
        <span className="ds-disclosure__label">{summary}</span>
        {count !== undefined && (
          <span className="ds-disclosure__count">
            <span className="visually-hidden">(</span>
            {count}
            <span className="visually-hidden">)</span>
          </span>
        )}
      </summary>
      <div className="ds-disclosure__content">{children}</div>
    </details>
  );
}
