import type { ComponentPropsWithRef, MouseEvent } from 'react';
import { cx } from './cx';
import './skip-link.css';

export type SkipLinkProps = ComponentPropsWithRef<'a'> & {
  /** Id of the target with "#"; default "#main". */
  href?: string;
};

/**
 * "Hoppa till huvudinnehållet": the first focusable element on the page, visible only when
 * focused. Moves focus to the target (making it focusable with tabindex="-1" if needed)
 * without changing the address, so it also works with a router.
 */
export function SkipLink({
  href = '#main',
  children = 'Hoppa till huvudinnehållet',
  className,
  onClick,
  ...rest
}: SkipLinkProps) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented || !href.startsWith('#')) return;
    const target = document.getElementById(decodeURIComponent(href.slice(1)));
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  }
  return (
    <a href={href} className={cx('ds-skip-link', className)} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}
