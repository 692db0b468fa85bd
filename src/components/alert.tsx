import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from './cx';
import { ErrorIcon, InfoIcon, SuccessIcon, WarningIcon } from './icons';
import './alert.css';

export type AlertVariant = 'info' | 'success' | 'warning' | 'error';

export type AlertProps = Omit<HTMLAttributes<HTMLDivElement>, 'title'> & {
  variant?: AlertVariant;
  title?: ReactNode;
  /** Render the title as a heading of this level; without it the title is bold text. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * Urgent: an error or warning that appears as a result of something the user did, and must be
   * heard at once, gets role="alert". Otherwise (and always for info/success) role="status".
   */
  live?: boolean;
  /** E.g. a "Försök igen" button. */
  action?: ReactNode;
  children?: ReactNode;
};

const icons = {
  info: InfoIcon,
  success: SuccessIcon,
  warning: WarningIcon,
  error: ErrorIcon,
} as const;

/** Read before the content, because colour and icon are not seen by everyone. */
const spokenPrefix: Record<AlertVariant, string> = {
  info: 'Information:',
  success: 'Klart:',
  warning: 'Varning:',
  error: 'Fel:',
};

/** A message box: information, confirmation, warning or error. */
export function Alert({
  variant = 'info',
  title,
  headingLevel,
  live = false,
  action,
  children,
  className,
  role,
  ...rest
}: AlertProps) {
  const Icon = icons[variant];
  const urgent = live && (variant === 'error' || variant === 'warning');
  const TitleElement = headingLevel ? (`h${headingLevel}` as const) : 'p';
  const hasTitle = title !== undefined && title !== null && title !== false && title !== '';
  return (
    <div
      role={role ?? (urgent ? 'alert' : 'status')}
      className={cx('ds-alert', `ds-alert--${variant}`, className)}
      {...rest}
    >
      <Icon className="ds-alert__icon" />
      <div className="ds-alert__body">
        {hasTitle ? (
          <TitleElement className="ds-alert__title">
            <span className="visually-hidden">{spokenPrefix[variant]}</span> {title}
          </TitleElement>
        ) : (
          <span className="visually-hidden">{spokenPrefix[variant]} </span>
        )}
        {children !== undefined && children !== null && (
          <div className="ds-alert__content">{children}</div>
        )}
        {action && <div className="ds-alert__action cluster">{action}</div>}
      </div>
    </div>
  );
}
