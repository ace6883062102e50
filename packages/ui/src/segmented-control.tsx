/** A row of mutually exclusive choices (Form / YAML, 15 m / 1 h / 24 h), the chosen one raised. */
import type { ReactNode } from "react";
import { cx, focusRing } from "./class-names.ts";

export interface SegmentOption<T extends string> {
  value: T;
  label: ReactNode;
  icon?: ReactNode;
  /** A longer description, shown on hover. */
  title?: string;
}

export interface SegmentedControlProps<T extends string> {
  /** The group's accessible name, e.g. "Time range". */
  label: string;
  options: readonly SegmentOption<T>[];
  value: T;
  onChange: (value: T) => void;
  size?: "sm" | "md";
}

export function SegmentedControl<T extends string>({ label, options, value, onChange, size = "md" }: SegmentedControlProps<T>) {
  return (
    <div role="group" aria-label={label} className="inline-flex rounded-md bg-surface-hover p-0.5 ring-1 ring-line ring-inset">
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={value === option.value}
          title={option.title}
          onClick={() => onChange(option.value)}
          className={cx(
            "inline-flex items-center gap-1.5 rounded font-medium transition-colors [&_svg]:size-4",
            size === "sm" ? "h-7 px-2.5 text-xs tabular-nums" : "h-8 px-3 text-sm",
            value === option.value ? "bg-surface text-fg shadow-xs" : "text-fg-muted hover:text-fg",
            focusRing,
          )}
        >
          {option.icon}
          {option.label}
        </button>
      ))}
    </div>
  );
}
