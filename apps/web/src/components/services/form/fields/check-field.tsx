/** A labelled checkbox with a line saying what it changes. */
import type { ReactNode } from "react";

interface CheckFieldProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ReactNode;
  className?: string;
}

export function CheckField({ label, checked, onChange, hint, className }: CheckFieldProps) {
  return (
    <label className={`flex items-start gap-2.5 text-sm ${className ?? ""}`}>
      <input type="checkbox" className="mt-0.5 size-4 shrink-0 accent-accent-600" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>
        <span className="font-medium text-fg">{label}</span>
        {hint !== undefined && <span className="block text-fg-muted">{hint}</span>}
      </span>
    </label>
  );
}
