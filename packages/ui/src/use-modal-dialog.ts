/**
 * Drives a native <dialog> from React state: showModal() gives the top layer, inert background,
 * focus containment and Escape for free. The parent's `open` stays the source of truth, so every
 * way the browser can close the dialog is turned into a call to `onDismiss` instead.
 */
import { useEffect, useRef, type PointerEvent, type RefObject, type SyntheticEvent } from "react";

export interface ModalDialogOptions {
  /** false while an action is in flight: Escape and backdrop clicks are ignored. */
  dismissible?: boolean;
  /**
   * Focused when the dialog opens. Without it, the first element marked `data-autofocus` is, or
   * else the dialog itself, so a screen reader starts at the title rather than at a header button.
   */
  initialFocus?: RefObject<HTMLElement | null>;
}

export function useModalDialog(open: boolean, onDismiss: () => void, { dismissible = true, initialFocus }: ModalDialogOptions = {}) {
  const ref = useRef<HTMLDialogElement>(null);
  const pressedOnBackdrop = useRef(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      (initialFocus?.current ?? dialog.querySelector<HTMLElement>("[data-autofocus]") ?? dialog).focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open, initialFocus]);

  return {
    ref,
    onCancel(event: SyntheticEvent<HTMLDialogElement>) {
      // Escape: keep the dialog open until the parent says otherwise.
      event.preventDefault();
      if (dismissible) onDismiss();
    },
    onClose() {
      // Chrome may close without a cancelable `cancel` (a second Escape with no user activation).
      if (open) onDismiss();
    },
    onPointerDown(event: PointerEvent<HTMLDialogElement>) {
      pressedOnBackdrop.current = event.target === event.currentTarget;
    },
    onClick(event: SyntheticEvent<HTMLDialogElement>) {
      // The content fills the dialog box, so a click that lands on the dialog itself hit the
      // backdrop. A text selection dragged out of the content does not count.
      if (dismissible && pressedOnBackdrop.current && event.target === event.currentTarget) onDismiss();
      pressedOnBackdrop.current = false;
    },
  };
}
