/** A labelled text input with an optional hint, as used by every form. */
import { useId, type ComponentPropsWithRef, type ReactNode } from "react";

interface TextFieldProps extends ComponentPropsWithRef<"input"> {
  label: string;
  hint?: ReactNode;
  /** For codes, ids and labels, where every character matters. */
  mono?: boolean;
  /** What is wrong with the value; shown instead of the hint. */
  error?: string;
}

export function TextField({ label, hint, mono, error, className, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-fg">
        {label}
      </label>
      <input
        id={id}
        aria-describedby={(error ?? hint) ? hintId : undefined}
        aria-invalid={error !== undefined}
        className={`mt-1.5 block h-9 w-full rounded-md border border-line-strong bg-surface px-3 text-sm text-fg shadow-xs placeholder:text-fg-subtle focus:border-accent-600 focus:outline-2 focus:outline-offset-0 focus:outline-accent-600/30 aria-invalid:border-danger disabled:cursor-not-allowed disabled:bg-surface-muted disabled:text-fg-muted ${mono ? "font-mono" : ""}`}
        {...input}
      />
      {(error ?? hint) && (
        <p id={hintId} className={`mt-1.5 text-xs ${error ? "text-danger-fg" : "text-fg-muted"}`}>
          {error ?? hint}
        </p>
      )}
    </div>
  );
}
