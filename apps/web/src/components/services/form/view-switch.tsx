/** The Form / YAML switch above the service form. */
import { cx, focusRing } from "@wheelhouse/ui";
import { FileCode, ListChecks } from "lucide-react";
import type { FormView } from "./use-service-form";

const VIEWS: { value: FormView; label: string; icon: React.ReactNode }[] = [
  { value: "form", label: "Form", icon: <ListChecks /> },
  { value: "yaml", label: "YAML", icon: <FileCode /> },
];

export function ViewSwitch({ value, onChange }: { value: FormView; onChange: (view: FormView) => void }) {
  return (
    <div role="group" aria-label="Edit as" className="inline-flex rounded-md bg-surface-hover p-0.5 ring-1 ring-line ring-inset">
      {VIEWS.map((v) => (
        <button
          key={v.value}
          type="button"
          aria-pressed={value === v.value}
          onClick={() => onChange(v.value)}
          className={cx(
            "inline-flex h-8 items-center gap-1.5 rounded px-3 text-sm font-medium transition-colors [&_svg]:size-4",
            value === v.value ? "bg-surface text-fg shadow-xs" : "text-fg-muted hover:text-fg",
            focusRing,
          )}
        >
          {v.icon}
          {v.label}
        </button>
      ))}
    </div>
  );
}
