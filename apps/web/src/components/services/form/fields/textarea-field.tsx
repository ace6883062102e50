/** A labelled multi-line input, for commands written one argument per line. */
import type { ComponentPropsWithRef, ReactNode } from "react";
import { FieldFrame } from "./field-frame";
import { inputClasses } from "./input-classes";

interface TextareaFieldProps extends Omit<ComponentPropsWithRef<"textarea">, "id"> {
  label: string;
  hint?: ReactNode;
  error?: string;
}

export function TextareaField({ label, hint, error, className, ...textarea }: TextareaFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {({ id, describedBy }) => (
        <textarea
          id={id}
          aria-describedby={describedBy}
          aria-invalid={error !== undefined}
          spellCheck={false}
          rows={3}
          className={`${inputClasses} py-2 font-mono`}
          {...textarea}
        />
      )}
    </FieldFrame>
  );
}
