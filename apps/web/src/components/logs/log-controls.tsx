/** The log view's small controls, drawn for its dark toolbar: buttons that toggle, act, or pick. */
import { cx } from "@wheelhouse/ui";
import type { ComponentPropsWithRef, ReactNode } from "react";

const BASE =
  "inline-flex h-7 shrink-0 items-center justify-center gap-1.5 rounded-md px-2 text-xs font-medium whitespace-nowrap ring-1 ring-inset transition-colors " +
  "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-400 disabled:cursor-not-allowed disabled:opacity-50 [&_svg]:size-3.5";
const IDLE = "bg-slate-800/70 text-slate-300 ring-slate-700 hover:bg-slate-700/80 hover:text-slate-100";
const PRESSED = "bg-sky-500/20 text-sky-100 ring-sky-400/50 hover:bg-sky-500/30";

export const fieldClasses =
  "h-7 rounded-md bg-slate-950/60 px-2 text-xs text-slate-100 ring-1 ring-inset ring-slate-700 placeholder:text-slate-500 " +
  "focus:outline-none focus:ring-sky-400/70 aria-invalid:ring-red-400/70";

interface ToolButtonProps extends ComponentPropsWithRef<"button"> {
  icon?: ReactNode;
  /** Makes it a toggle: drawn pressed, and announced with aria-pressed. */
  pressed?: boolean;
}

export function ToolButton({ icon, pressed, className, children, type = "button", ...rest }: ToolButtonProps) {
  return (
    <button type={type} aria-pressed={pressed} className={cx(BASE, pressed ? PRESSED : IDLE, className)} {...rest}>
      {icon}
      {children}
    </button>
  );
}

interface ToolSelectProps extends ComponentPropsWithRef<"select"> {
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
}

/** A select with its label beside it, small. */
export function ToolSelect({ label, options, className, ...select }: ToolSelectProps) {
  return (
    <label className={cx("inline-flex items-center gap-1.5 text-xs text-slate-400", className)}>
      {label}
      <select className={cx(fieldClasses, "pr-1")} {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value} className="bg-slate-900">
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
