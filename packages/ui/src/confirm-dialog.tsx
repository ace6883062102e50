"use client";
import { TriangleAlert } from "lucide-react";
import { useId, useRef, type ReactNode } from "react";
import { Button } from "./button.tsx";
import { cx, dialogTextReset } from "./class-names.ts";
import { useModalDialog } from "./use-modal-dialog.ts";

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  description?: ReactNode;
  confirmLabel?: string;
  cancelLabel?: string;
  /** danger draws a red confirm button and a warning mark. */
  tone?: "default" | "danger";
  /** The action is running: the confirm button spins, nothing else can be pressed. */
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** Options below the description, e.g. a checkbox "Also remove anonymous volumes". */
  children?: ReactNode;
}

export function ConfirmDialog({
  open,
  title,
  description,
  confirmLabel = "Confirm",
  cancelLabel = "Cancel",
  tone = "default",
  busy = false,
  onConfirm,
  onCancel,
  children,
}: ConfirmDialogProps) {
  const titleId = useId();
  const descriptionId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const dialog = useModalDialog(open, onCancel, { dismissible: !busy, initialFocus: confirmRef });
  const danger = tone === "danger";

  return (
    <dialog
      {...dialog}
      aria-labelledby={titleId}
      tabIndex={-1}
      aria-describedby={description !== undefined ? descriptionId : undefined}
      className={cx(
        dialogTextReset,
        "fixed inset-0 m-auto h-fit max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] max-w-md overflow-y-auto rounded-xl bg-surface text-fg shadow-overlay outline-none",
        "backdrop:bg-slate-950/40 backdrop:backdrop-blur-[2px] open:animate-rise-in",
      )}
    >
      {open && (
        <div className="flex flex-col">
          <div className="flex gap-4 px-6 pt-6 pb-5">
            {danger && (
              <div aria-hidden="true" className="flex size-10 shrink-0 items-center justify-center rounded-full bg-danger-soft text-danger">
                <TriangleAlert className="size-5" />
              </div>
            )}
            <div className="min-w-0 flex-1">
              <h2 id={titleId} className="text-base font-semibold text-fg">
                {title}
              </h2>
              {description !== undefined && (
                <div id={descriptionId} className="mt-1.5 text-sm text-fg-muted">
                  {description}
                </div>
              )}
              {children !== undefined && <div className="mt-4 space-y-2 text-sm">{children}</div>}
            </div>
          </div>
          <div className="flex justify-end gap-2 border-t border-line bg-surface-muted px-6 py-3.5">
            <Button onClick={onCancel} disabled={busy}>
              {cancelLabel}
            </Button>
            <Button ref={confirmRef} variant={danger ? "danger" : "primary"} loading={busy} onClick={onConfirm}>
              {confirmLabel}
            </Button>
          </div>
        </div>
      )}
    </dialog>
  );
}
