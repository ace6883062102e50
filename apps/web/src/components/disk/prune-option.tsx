/** A checkbox or radio in the prune form, with a line saying what it deletes. */
import type { ComponentPropsWithoutRef, ReactNode } from "react";

interface Props extends Omit<ComponentPropsWithoutRef<"input">, "type" | "className"> {
  type: "checkbox" | "radio";
  label: string;
  hint?: ReactNode;
}

export function PruneOption({ label, hint, ...input }: Props) {
  return (
    <label className="flex items-start gap-2.5 text-sm">
      <input className="mt-0.5 size-4 shrink-0 accent-accent-600" {...input} />
      <span>
        <span className="font-medium text-fg">{label}</span>
        {hint !== undefined && <span className="block text-fg-muted">{hint}</span>}
      </span>
    </label>
  );
}
