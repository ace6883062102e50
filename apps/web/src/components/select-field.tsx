/** A labelled drop-down with an optional hint, styled like TextField. */
import { useId, type ComponentPropsWithRef, type ReactNode } from "react";

interface SelectFieldProps extends ComponentPropsWithRef<"select"> {
  label: string;
  hint?: ReactNode;
  options: ReadonlyArray<{ value: string | number; label: string }>;
}

export function SelectField({ label, hint, options, className, ...select }: SelectFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-fg">
        {label}
      </label>
      <select
        id={id}
        aria-describedby={hint ? hintId : undefined}
        className="mt-1.5 block h-9 w-full rounded-md border border-line-strong bg-surface px-3 text-sm text-fg shadow-xs focus:border-accent-600 focus:outline-2 focus:outline-offset-0 focus:outline-accent-600/30"
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint && (
        <p id={hintId} className="mt-1.5 text-xs text-fg-muted">
          {hint}
        </p>
      )}
    </div>
  );
}
