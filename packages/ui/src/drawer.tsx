"use client";
import { X } from "lucide-react";
import { useId, type ReactNode } from "react";
import { cx, dialogTextReset } from "./class-names.ts";
import { IconButton } from "./icon-button.tsx";
import { useModalDialog } from "./use-modal-dialog.ts";

const WIDTHS = { md: "max-w-md", lg: "max-w-xl", xl: "max-w-3xl" } as const;

export interface DrawerProps {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  /** A line under the title, e.g. an id or a state badge. */
  description?: ReactNode;
  /** Controls in the header, left of the close button. */
  actions?: ReactNode;
  footer?: ReactNode;
  size?: keyof typeof WIDTHS;
  children?: ReactNode;
}

/** A right-hand panel for an object's details, over the list it was opened from. */
export function Drawer({ open, onClose, title, description, actions, footer, size = "lg", children }: DrawerProps) {
  const titleId = useId();
  const dialog = useModalDialog(open, onClose);
  return (
    <dialog
      {...dialog}
      aria-labelledby={titleId}
      tabIndex={-1}
      className={cx(
        dialogTextReset,
        "fixed inset-y-0 right-0 left-auto m-0 h-dvh max-h-none w-full bg-surface text-fg shadow-overlay outline-none",
        "backdrop:bg-slate-950/30 open:flex open:animate-drawer-in open:flex-col",
        WIDTHS[size],
      )}
    >
      {open && (
        <>
          <header className="flex items-start justify-between gap-4 border-b border-line px-6 py-4">
            <div className="min-w-0">
              <h2 id={titleId} className="truncate text-base font-semibold text-fg">
                {title}
              </h2>
              {description !== undefined && <div className="mt-1 text-sm text-fg-muted">{description}</div>}
            </div>
            <div className="-mr-2 flex shrink-0 items-center gap-1">
              {actions}
              <IconButton aria-label="Close" icon={<X />} size="sm" onClick={onClose} />
            </div>
          </header>
          <div className="min-h-0 flex-1 overflow-y-auto px-6 py-5">{children}</div>
          {footer !== undefined && <footer className="flex justify-end gap-2 border-t border-line bg-surface-muted px-6 py-3.5">{footer}</footer>}
        </>
      )}
    </dialog>
  );
}
