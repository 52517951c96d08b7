// A modal dialog on the native <dialog> element: the browser traps focus, makes
// the rest of the page inert and closes on Escape. We add a heading, a close
// button, focus on the field the dialog is for (not its first button), and
// putting focus back where it was without scrolling the page.
import { useEffect, useEffectEvent, useId, useRef } from 'react';
import type { ReactNode, RefObject } from 'react';
import { Button } from './Button';

export interface DialogProps {
  open: boolean;
  title: string;
  onClose(): void;
  closeLabel: string;
  children: ReactNode;
  className?: string;
  /** Where focus goes when the dialog opens; by default the browser's choice (the first button). */
  initialFocus?: RefObject<HTMLElement | null>;
  /**
   * Escape and the close button call this instead of onClose, e.g. to ask
   * before unsaved text is lost; it decides whether to call onClose.
   */
  onCloseRequest?(): void;
}

export function Dialog({
  open,
  title,
  onClose,
  closeLabel,
  children,
  className,
  initialFocus,
  onCloseRequest,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  const focusInitial = useEffectEvent(() => initialFocus?.current?.focus({ preventScroll: true }));

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const returnTo = document.activeElement as HTMLElement | null;
    // jsdom has no showModal; the open attribute keeps the dialog usable there.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    focusInitial();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      else dialog.removeAttribute('open');
      // Back to where the user was, and the page stays where it was.
      returnTo?.focus({ preventScroll: true });
    };
  }, [open]);
  const requestClose = onCloseRequest ?? onClose;

  if (!open) return null;
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className={`dialog ${className ?? ''}`}
      onCancel={(event) => {
        event.preventDefault();
        requestClose();
      }}
    >
      <div className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <Button variant="subtle" onClick={requestClose}>
          {closeLabel}
        </Button>
      </div>
      <div className="dialog__body">{children}</div>
    </dialog>
  );
}
