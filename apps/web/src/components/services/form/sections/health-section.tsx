/** The health check: a task counts as running only once it passes, and is replaced when it keeps failing. */
import { TextField } from "@/components/text-field";
import { SelectField } from "../fields/select-field";
import { TextareaField } from "../fields/textarea-field";
import { FormSection } from "../form-section";
import type { SectionProps } from "../section-props";
import type { HealthKind } from "../service-draft";

const KINDS: { value: HealthKind; label: string }[] = [
  { value: "image", label: "As the image defines it" },
  { value: "shell", label: "Shell command (CMD-SHELL)" },
  { value: "exec", label: "Command (CMD)" },
  { value: "disabled", label: "Off (NONE)" },
];

export function HealthSection({ draft, update, errors }: SectionProps) {
  const health = draft.health;
  const set = (patch: Partial<typeof health>) => update({ health: { ...health, ...patch } });
  const runs = health.kind === "shell" || health.kind === "exec";
  return (
    <FormSection title="Health check" description="A rolling update waits for new tasks to be healthy before it goes on.">
      <SelectField label="Health check" value={health.kind} options={KINDS} onChange={(kind) => set({ kind })} className="max-w-sm" />
      {health.kind === "shell" && (
        <TextField
          label="Shell command"
          mono
          spellCheck={false}
          placeholder="wget -q --spider http://localhost:8080/health || exit 1"
          value={health.command}
          onChange={(e) => set({ command: e.target.value })}
          error={errors["health.command"]}
          hint="Run by /bin/sh in the container; exit 0 means healthy."
        />
      )}
      {health.kind === "exec" && (
        <TextareaField
          label="Command"
          placeholder={"/app/healthcheck\n--quiet"}
          value={health.command}
          onChange={(e) => set({ command: e.target.value })}
          error={errors["health.command"]}
          hint="Run without a shell, one argument per line; exit 0 means healthy."
        />
      )}
      {runs && (
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <TextField label="Interval" value={health.interval} onChange={(e) => set({ interval: e.target.value })} error={errors["health.interval"]} hint="Between checks, e.g. 30s." />
          <TextField label="Timeout" value={health.timeout} onChange={(e) => set({ timeout: e.target.value })} error={errors["health.timeout"]} hint="A slower check fails." />
          <TextField label="Retries" inputMode="numeric" value={health.retries} onChange={(e) => set({ retries: e.target.value })} error={errors["health.retries"]} hint="Failures in a row before unhealthy." />
          <TextField
            label="Start period"
            value={health.startPeriod}
            onChange={(e) => set({ startPeriod: e.target.value })}
            error={errors["health.startPeriod"]}
            hint="Failures during start-up do not count."
          />
        </div>
      )}
    </FormSection>
  );
}
