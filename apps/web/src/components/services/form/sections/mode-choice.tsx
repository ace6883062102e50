/** Replicated or global, as two radio buttons with what each means. */
import type { ServiceDraft } from "../service-draft";

const MODES: { value: ServiceDraft["mode"]; label: string; hint: string }[] = [
  { value: "replicated", label: "Replicated", hint: "A set number of tasks, placed by the scheduler." },
  { value: "global", label: "Global", hint: "One task on every node that matches the constraints." },
];

interface ModeChoiceProps {
  value: ServiceDraft["mode"];
  onChange: (mode: ServiceDraft["mode"]) => void;
  /** Docker cannot change the mode of an existing service. */
  disabled: boolean;
}

export function ModeChoice({ value, onChange, disabled }: ModeChoiceProps) {
  return (
    <fieldset disabled={disabled}>
      <legend className="text-sm font-medium text-fg">Mode</legend>
      <div className="mt-1.5 space-y-2">
        {MODES.map((m) => (
          <label key={m.value} className="flex items-start gap-2.5 text-sm">
            <input type="radio" name="service-mode" className="mt-0.5 size-4 shrink-0 accent-accent-600" checked={value === m.value} onChange={() => onChange(m.value)} />
            <span>
              <span className="font-medium text-fg">{m.label}</span>
              <span className="block text-fg-muted">{m.hint}</span>
            </span>
          </label>
        ))}
      </div>
      {disabled && <p className="mt-1.5 text-xs text-fg-muted">Docker cannot change the mode of an existing service.</p>}
    </fieldset>
  );
}
