/** A radio button drawn as a card with a title and a line of explanation, for small exclusive choices. */
import { cx } from "@wheelhouse/ui";
import type { ReactNode } from "react";

interface RadioCardProps {
  name: string;
  checked: boolean;
  onChange: () => void;
  label: ReactNode;
  hint?: ReactNode;
}

export function RadioCard({ name, checked, onChange, label, hint }: RadioCardProps) {
  return (
    <label className={cx("flex cursor-pointer gap-3 rounded-md border px-3 py-2.5 text-sm", checked ? "border-accent-600 bg-accent-50" : "border-line hover:bg-surface-hover")}>
      <input type="radio" name={name} className="mt-0.5" checked={checked} onChange={onChange} />
      <span>
        <span className="font-medium text-fg">{label}</span>
        {hint !== undefined && <span className="block text-fg-muted">{hint}</span>}
      </span>
    </label>
  );
}
