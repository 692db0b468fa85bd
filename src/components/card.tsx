import { useId, type HTMLAttributes, type ReactNode } from 'react';
import { cx } from './cx';
import './card.css';

export type CardProps = Omit<HTMLAttributes<HTMLElement>, 'title'> & {
  title: ReactNode;
  /** Level of the title heading; default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Element of the card; use `li` inside a `<ul className="grid">`. Default `div`. */
  as?: 'div' | 'article' | 'section' | 'li';
  /** Actions or meta shown at the bottom, e.g. a LinkButton. */
  footer?: ReactNode;
  children?: ReactNode;
};

/** A bordered panel with a heading, content and an optional footer. */
export function Card({
  title,
  headingLevel = 2,
  as: Element = 'div',
  footer,
  children,
  className,
  ...rest
}: CardProps) {
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;
  const labelled = Element === 'article' || Element === 'section';
  return (
    <Element
      className={cx('ds-card', className)}
      aria-labelledby={labelled ? titleId : undefined}
      {...rest}
    >
      <Heading id={titleId} className="ds-card__title">
        {title}
      </Heading>
      {children !== undefined && children !== null && (
        <div className="ds-card__body">{children}</div>
      )}
      {footer && <div className="ds-card__footer">{footer}</div>}
    </Element>
  );
}
