/** A labelled select over a fixed set of values. */
import type { ReactNode } from "react";
import { FieldFrame } from "./field-frame";
import { inputClasses } from "./input-classes";

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  hint?: ReactNode;
  error?: string;
  disabled?: boolean;
  className?: string;
}

export function SelectField<T extends string>({ label, value, options, onChange, hint, error, disabled, className }: SelectFieldProps<T>) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {({ id, describedBy }) => (
        <select
          id={id}
          aria-describedby={describedBy}
          aria-invalid={error !== undefined}
          disabled={disabled}
          value={value}
          onChange={(e) => onChange(options.find((o) => o.value === e.target.value)?.value ?? value)}
          className={`${inputClasses} h-9 pr-8`}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
