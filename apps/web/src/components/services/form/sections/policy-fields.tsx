/** The fields of one update or rollback policy, behind a "customise" checkbox (off keeps Docker's defaults). */
import { TextField } from "@/components/text-field";
import { CheckField } from "../fields/check-field";
import { SelectField } from "../fields/select-field";
import type { SectionProps } from "../section-props";
import type { PolicyDraft } from "../service-draft";

const ORDERS: { value: PolicyDraft["order"]; label: string }[] = [
  { value: "stop-first", label: "Stop old, then start new" },
  { value: "start-first", label: "Start new, then stop old" },
];

interface PolicyFieldsProps {
  kind: "update" | "rollback";
  policy: PolicyDraft;
  onChange: (policy: PolicyDraft) => void;
  errors: SectionProps["errors"];
}

export function PolicyFields({ kind, policy, onChange, errors }: PolicyFieldsProps) {
  const set = (patch: Partial<PolicyDraft>) => onChange({ ...policy, ...patch });
  const title = kind === "update" ? "Update" : "Rollback";
  // A rollback that fails cannot itself roll back; the schema refuses it, so it is not offered.
  const failureActions: { value: PolicyDraft["failureAction"]; label: string }[] = [
    { value: "pause", label: "Pause" },
    { value: "continue", label: "Continue" },
    ...(kind === "update" ? [{ value: "rollback" as const, label: "Roll back" }] : []),
  ];
  return (
    <div className="space-y-4">
      <CheckField
        label={`Customise the ${kind} policy`}
        checked={policy.custom}
        onChange={(custom) => set({ custom })}
        hint="Otherwise one task at a time, stopping the old one first, pausing on a failure."
      />
      {policy.custom && (
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <TextField
            label={`${title} parallelism`}
            inputMode="numeric"
            value={policy.parallelism}
            onChange={(e) => set({ parallelism: e.target.value })}
            error={errors[`${kind}.parallelism`]}
            hint="Tasks replaced at once; 0 for all."
          />
          <TextField label={`${title} delay`} value={policy.delay} onChange={(e) => set({ delay: e.target.value })} error={errors[`${kind}.delay`]} hint="Between batches, e.g. 10s." />
          <SelectField label={`${title} order`} value={policy.order} options={ORDERS} onChange={(order) => set({ order })} />
          <SelectField
            label={`${title} failure action`}
            value={policy.failureAction}
            options={failureActions}
            onChange={(failureAction) => set({ failureAction })}
            error={errors[`${kind}.failureAction`]}
          />
          <TextField
            label={`${title} monitor`}
            value={policy.monitor}
            onChange={(e) => set({ monitor: e.target.value })}
            error={errors[`${kind}.monitor`]}
            hint="How long each new task is watched for failure."
          />
          <TextField
            label={`${title} max failure ratio`}
            inputMode="decimal"
            value={policy.maxFailureRatio}
            onChange={(e) => set({ maxFailureRatio: e.target.value })}
            error={errors[`${kind}.maxFailureRatio`]}
            hint="Share of tasks that may fail, 0 to 1."
          />
        </div>
      )}
    </div>
  );
}
