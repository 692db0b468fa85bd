/**
 * Our own accessible design system. Import from '@/components'.
 * Global tokens and helpers: '@/styles/global.css' (imported once by the app).
 */
export { Alert, type AlertProps, type AlertVariant } from './alert';
export { Badge, type BadgeProps, type BadgeVariant } from './badge';
export { Button, type ButtonProps } from './button';
export { buttonClassName, type ButtonSize, type ButtonVariant } from './button-class-name';
export { Card, type CardProps } from './card';
export { Checkbox, type CheckboxProps } from './checkbox';
export { Dialog, type DialogProps } from './dialog';
export { Disclosure, type DisclosureProps } from './disclosure';
export { EmptyState, type EmptyStateProps } from './empty-state';
export { LinkButton, type LinkButtonProps } from './link-button';
export { LoadError, type LoadErrorProps } from './load-error';
export { Loading, type LoadingProps } from './loading';
export { RadioGroup, type RadioGroupProps, type RadioOption } from './radio-group';
export { SearchField, type SearchFieldProps } from './search-field';
export { Select, type SelectOption, type SelectProps } from './select';
export { SkipLink, type SkipLinkProps } from './skip-link';
export { Spinner, type SpinnerProps } from './spinner';
export { TextArea, type TextAreaProps } from './text-area';
export { TextField, type TextFieldProps } from './text-field';
export { VisuallyHidden, type VisuallyHiddenProps } from './visually-hidden';
