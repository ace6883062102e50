/** CPU and memory limits (a ceiling) and reservations (what the scheduler sets aside on a node). */
import { TextField } from "@/components/text-field";
import { NoLimitsNotice } from "../../no-limits";
import { FormSection } from "../form-section";
import type { SectionProps } from "../section-props";

export function ResourcesSection({ draft, update, errors }: SectionProps) {
  const { limits, reservations } = draft;
  const unlimited = limits.cpus.trim() === "" && limits.memory.trim() === "";
  return (
    <FormSection title="Resources" description="Limits cap what each task may use; reservations are set aside on the node it is placed on.">
      {unlimited && <NoLimitsNotice />}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <TextField
          label="CPU limit"
          inputMode="decimal"
          placeholder="e.g. 0.5"
          value={limits.cpus}
          onChange={(e) => update({ limits: { ...limits, cpus: e.target.value } })}
          error={errors["limits.cpus"]}
          hint="CPUs per task; 0.5 is half of one."
        />
        <TextField
          label="Memory limit"
          placeholder="e.g. 512M"
          value={limits.memory}
          onChange={(e) => update({ limits: { ...limits, memory: e.target.value } })}
          error={errors["limits.memory"]}
          hint="A task above it is killed. K, M, G (binary)."
        />
        <TextField
          label="CPU reservation"
          inputMode="decimal"
          placeholder="e.g. 0.25"
          value={reservations.cpus}
          onChange={(e) => update({ reservations: { ...reservations, cpus: e.target.value } })}
          error={errors["reservations.cpus"]}
          hint="Only nodes with this much free take a task."
        />
        <TextField
          label="Memory reservation"
          placeholder="e.g. 256M"
          value={reservations.memory}
          onChange={(e) => update({ reservations: { ...reservations, memory: e.target.value } })}
          error={errors["reservations.memory"]}
          hint="Tasks wait in pending when no node has it."
        />
      </div>
    </FormSection>
  );
}
