/** When a stopped task is restarted, and how long a task has to stop before it is killed. */
import { TextField } from "@/components/text-field";
import { CheckField } from "../fields/check-field";
import { SelectField } from "../fields/select-field";
import { FormSection } from "../form-section";
import type { SectionProps } from "../section-props";
import type { ServiceDraft } from "../service-draft";

const CONDITIONS: { value: ServiceDraft["restart"]["condition"]; label: string }[] = [
  { value: "any", label: "Always" },
  { value: "on-failure", label: "On failure (non-zero exit)" },
  { value: "none", label: "Never" },
];

export function RestartSection({ draft, update, errors }: SectionProps) {
  const restart = draft.restart;
  const set = (patch: Partial<typeof restart>) => update({ restart: { ...restart, ...patch } });
  return (
    <FormSection title="Restart policy" description="What the swarm does when a task's container stops.">
      <CheckField
        label="Set a restart policy"
        checked={restart.custom}
        onChange={(custom) => set({ custom })}
        hint="Otherwise Docker restarts every stopped task after 5 seconds, without limit."
      />
      {restart.custom && (
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <SelectField label="Restart" value={restart.condition} options={CONDITIONS} onChange={(condition) => set({ condition })} />
          <TextField label="Delay" value={restart.delay} onChange={(e) => set({ delay: e.target.value })} error={errors["restart.delay"]} hint="Before each restart, e.g. 5s." />
          <TextField
            label="Max attempts"
            inputMode="numeric"
            value={restart.maxAttempts}
            onChange={(e) => set({ maxAttempts: e.target.value })}
            error={errors["restart.maxAttempts"]}
            hint="0 for no limit."
          />
          <TextField label="Window" value={restart.window} onChange={(e) => set({ window: e.target.value })} error={errors["restart.window"]} hint="Up this long counts as a success." />
        </div>
      )}
      <TextField
        label="Stop grace period (optional)"
        placeholder="10s"
        value={draft.stopGracePeriod}
        onChange={(e) => update({ stopGracePeriod: e.target.value })}
        error={errors.stopGracePeriod}
        hint="How long a task may take to stop before it is killed; Docker's default is 10s."
        className="max-w-xs"
      />
    </FormSection>
  );
}
