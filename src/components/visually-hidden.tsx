import type { HTMLAttributes } from 'react';

type VisuallyHiddenElement = 'span' | 'div' | 'p' | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

export type VisuallyHiddenProps = HTMLAttributes<HTMLElement> & {
  /** Element to render; default `span`. */
  as?: VisuallyHiddenElement;
};

/** Content for screen readers only (uses the global `.visually-hidden` class). */
export function VisuallyHidden({ as: Element = 'span', className, ...rest }: VisuallyHiddenProps) {
  return (
    <Element className={className ? `visually-hidden ${className}` : 'visually-hidden'} {...rest} />
  );
}
