"use client";
import { X } from "lucide-react";
import { useId, type ReactNode } from "react";
import { cx, dialogTextReset } from "./class-names.ts";
import { IconButton } from "./icon-button.tsx";
import { useModalDialog } from "./use-modal-dialog.ts";

const WIDTHS = { sm: "max-w-md", md: "max-w-lg", lg: "max-w-2xl", xl: "max-w-4xl" } as const;

export interface ModalProps {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  /** Buttons at the bottom right. */
  footer?: ReactNode;
  size?: keyof typeof WIDTHS;
  /** false while a form submits: Escape and backdrop clicks are ignored. */
  dismissible?: boolean;
  children?: ReactNode;
}

export function Modal({ open, onClose, title, description, footer, size = "md", dismissible = true, children }: ModalProps) {
  const titleId = useId();
  const dialog = useModalDialog(open, onClose, { dismissible });
  return (
    <dialog
      {...dialog}
      aria-labelledby={titleId}
      tabIndex={-1}
      className={cx(
        dialogTextReset,
        "fixed inset-0 m-auto h-fit max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] rounded-xl bg-surface text-fg shadow-overlay outline-none",
        "backdrop:bg-slate-950/40 backdrop:backdrop-blur-[2px] open:flex open:animate-rise-in open:flex-col",
        WIDTHS[size],
      )}
    >
      {open && (
        <>
          <header className="flex items-start justify-between gap-4 border-b border-line px-6 py-4">
            <div className="min-w-0">
              <h2 id={titleId} className="text-base font-semibold text-fg">
                {title}
              </h2>
              {description !== undefined && <p className="mt-0.5 text-sm text-fg-muted">{description}</p>}
            </div>
            <IconButton aria-label="Close" icon={<X />} size="sm" onClick={onClose} disabled={!dismissible} className="-mr-2" />
          </header>
          <div className="min-h-0 flex-1 overflow-y-auto px-6 py-5">{children}</div>
          {footer !== undefined && <footer className="flex justify-end gap-2 border-t border-line bg-surface-muted px-6 py-3.5">{footer}</footer>}
        </>
      )}
    </dialog>
  );
}
