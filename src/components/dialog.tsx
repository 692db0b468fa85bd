import {
  useEffect,
  useId,
  useRef,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
  type SyntheticEvent,
} from 'react';
import { cx } from './cx';
import { CloseIcon } from './icons';
import './dialog.css';

export type DialogProps = {
  open: boolean;
  /** Called when the user asks to close: Escape, the close button (or the browser's back gesture). */
  onClose: () => void;
  /** The dialog's accessible name (aria-labelledby). */
  title: ReactNode;
  /** Short explanation, linked with aria-describedby. */
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons at the bottom; the first one gets focus unless `initialFocusRef` is given. */
  actions?: ReactNode;
  /** "alertdialog" for warnings that need an answer, e.g. "Du loggas snart ut". */
  role?: 'dialog' | 'alertdialog';
  /** Element to focus when the dialog opens. */
  initialFocusRef?: RefObject<HTMLElement | null>;
  /** Hide the ×-button in the corner (then give the user another way to close). */
  hideCloseButton?: boolean;
  /** Accessible name of the ×-button; default "Stäng". */
  closeLabel?: string;
  size?: 'sm' | 'md' | 'lg';
  className?: string;
};

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function firstFocusable(container: HTMLElement | null): HTMLElement | null {
  return container?.querySelector<HTMLElement>(FOCUSABLE) ?? null;
}

function openDialog(dialog: HTMLDialogElement) {
  if (dialog.open) return;
  // jsdom (tests) and very old browsers lack showModal: fall back to the open attribute.
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
}

function closeDialog(dialog: HTMLDialogElement) {
  if (!dialog.open && !dialog.hasAttribute('open')) return;
  if (typeof dialog.close === 'function') dialog.close();
  else dialog.removeAttribute('open');
}

/**
 * A modal dialog on the native `<dialog>` element (showModal: the page behind is inert and focus
 * stays inside). Controlled: render it with `open` and close it in `onClose`. When it closes,
 * focus returns to the element that had it before.
 */
export function Dialog({
  open,
  onClose,
  title,
  description,
  children,
  actions,
  role = 'dialog',
  initialFocusRef,
  hideCloseButton = false,
  closeLabel = 'Stäng',
  size = 'md',
  className,
}: DialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const actionsRef = useRef<HTMLDivElement>(null);
  const closeButtonRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const hasDescription = description !== undefined && description !== null && description !== false;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!open || !dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    openDialog(dialog);
    const target =
      initialFocusRef?.current ??
      firstFocusable(actionsRef.current) ??
      firstFocusable(bodyRef.current) ??
      closeButtonRef.current ??
      dialog;
    target.focus();
    return () => {
      closeDialog(dialog);
      if (opener?.isConnected) opener.focus();
    };
  }, [open, initialFocusRef]);

  function handleKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // Handled here (the browser's own cancel would close the dialog behind React's back).
    event.preventDefault();
    event.stopPropagation();
    onClose();
  }

  function handleCancel(event: SyntheticEvent<HTMLDialogElement>) {
    event.preventDefault();
    onClose();
  }

  function handleNativeClose() {
    // The browser closed it itself (a cancel it would not let us prevent): sync the state.
    // Our own close() while `open` is already false, or a reopened dialog, is ignored.
    if (open && !dialogRef.current?.open) onClose();
  }

  return (
    <dialog
      ref={dialogRef}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      aria-describedby={hasDescription ? descriptionId : undefined}
      className={cx('ds-dialog', `ds-dialog--${size}`, className)}
      tabIndex={-1}
      onKeyDown={handleKeyDown}
      onCancel={handleCancel}
      onClose={handleNativeClose}
    >
      {open && (
        <div className="ds-dialog__panel">
          <div className="ds-dialog__header">
            <h2 id={titleId} className="ds-dialog__title">
              {title}
            </h2>
            {!hideCloseButton && (
              <button
                ref={closeButtonRef}
                type="button"
                className="ds-dialog__close"
                aria-label={closeLabel}
                onClick={onClose}
              >
                <CloseIcon />
              </button>
            )}
          </div>
          <div ref={bodyRef} className="ds-dialog__body">
            {hasDescription && (
              <div id={descriptionId} className="ds-dialog__description">
                {description}
              </div>
            )}
            {children}
          </div>
          {actions && (
            <div ref={actionsRef} className="ds-dialog__actions">
              {actions}
            </div>
          )}
        </div>
      )}
    </dialog>
  );
}
