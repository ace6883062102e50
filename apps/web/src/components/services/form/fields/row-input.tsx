/** An input inside a list row: no visible label of its own (the column header is one), so it names itself. */
import type { ComponentPropsWithRef } from "react";
import { inputClasses } from "./input-classes";

interface RowInputProps extends ComponentPropsWithRef<"input"> {
  "aria-label": string;
  error?: string;
  mono?: boolean;
}

export function RowInput({ error, mono, className, ...input }: RowInputProps) {
  return <input aria-invalid={error !== undefined} title={error} spellCheck={false} className={`${inputClasses} h-9 ${mono ? "font-mono" : ""} ${className ?? ""}`} {...input} />;
}

interface RowSelectProps<T extends string> {
  "aria-label": string;
  value: T;
  options: readonly T[];
  onChange: (value: T) => void;
}

export function RowSelect<T extends string>({ value, options, onChange, ...rest }: RowSelectProps<T>) {
  return (
    <select
      aria-label={rest["aria-label"]}
      value={value}
      onChange={(e) => onChange(options.find((o) => o === e.target.value) ?? value)}
      className={`${inputClasses} h-9 pr-8`}
    >
      {options.map((o) => (
        <option key={o} value={o}>
          {o}
        </option>
      ))}
    </select>
  );
}
