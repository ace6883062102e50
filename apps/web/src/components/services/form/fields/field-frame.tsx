/** A form control's label above it and its hint (or error) below, tied together for screen readers. */
import { useId, type ReactNode } from "react";

interface FieldFrameProps {
  label: string;
  hint?: ReactNode;
  error?: string;
  className?: string;
  /** Renders the control with the id and description id it must carry. */
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
}

export function FieldFrame({ label, hint, error, className, children }: FieldFrameProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-fg">
        {label}
      </label>
      <div className="mt-1.5">{children({ id, describedBy: (error ?? hint) ? hintId : undefined })}</div>
      {(error ?? hint) && (
        <p id={hintId} className={`mt-1.5 text-xs ${error ? "text-danger-fg" : "text-fg-muted"}`}>
          {error ?? hint}
        </p>
      )}
    </div>
  );
}
