import type { ComponentPropsWithRef } from 'react';
import { buttonClassName, type ButtonSize, type ButtonVariant } from './button-class-name';
import { ExternalIcon } from './icons';
import './button.css';

export type LinkButtonProps = ComponentPropsWithRef<'a'> & {
  href: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Read after the name when the link opens a new tab; default "(öppnas i ny flik)". */
  newTabText?: string;
};

/**
 * A link that looks like a button – for navigation, e.g. launching an external e-service.
 * No router dependency: for in-app navigation give the router's `<Link>` the classes from
 * `buttonClassName(variant, size)`.
 * With target="_blank" it adds rel="noopener noreferrer", an icon and a spoken hint.
 */
export function LinkButton({
  variant = 'primary',
  size = 'md',
  newTabText = '(öppnas i ny flik)',
  className,
  target,
  rel,
  children,
  ...rest
}: LinkButtonProps) {
  const opensNewTab = target === '_blank';
  const safeRel = opensNewTab
    ? Array.from(
        new Set([...(rel ?? '').split(/\s+/).filter(Boolean), 'noopener', 'noreferrer']),
      ).join(' ')
    : rel;
  return (
    <a
      className={buttonClassName(variant, size, className)}
      target={target}
      rel={safeRel}
      {...rest}
    >
      {children}
      {opensNewTab && (
        <>
          <ExternalIcon className="ds-button__icon" />{' '}
          <span className="visually-hidden">{newTabText}</span>
        </>
      )}
    </a>
  );
}
