/** How many tasks run, and on which nodes: mode, replicas, placement constraints and spread preferences. */
import { TextField } from "@/components/text-field";
import { RowInput } from "../fields/row-input";
import { FormSection } from "../form-section";
import { RowList } from "../row-list";
import { replaceRow, rowId, withoutRow } from "../rows";
import { rowErrors, type SectionProps } from "../section-props";
import { ModeChoice } from "./mode-choice";

export function SchedulingSection({ draft, update, errors, editing }: SectionProps & { editing: boolean }) {
  return (
    <FormSection title="Scheduling" description="How many tasks run and which nodes may run them.">
      <div className="grid gap-4 sm:grid-cols-2">
        <ModeChoice value={draft.mode} onChange={(mode) => update({ mode })} disabled={editing} />
        {draft.mode === "replicated" && (
          <TextField
            label="Replicas"
            inputMode="numeric"
            value={draft.replicas}
            onChange={(e) => update({ replicas: e.target.value })}
            error={errors.replicas}
            hint="The swarm keeps this many tasks running, replacing any that fail."
          />
        )}
      </div>
      <div>
        <h3 className="text-sm font-medium text-fg">Placement constraints</h3>
        <p className="mt-0.5 mb-3 text-xs text-fg-muted">
          Tasks run only on nodes that match all of them, e.g. <code className="font-mono">node.role==worker</code> or{" "}
          <code className="font-mono">node.labels.rack==r1</code>.
        </p>
        <RowList
          rows={draft.constraints}
          noun="constraint"
          headers={["Constraint"]}
          grid="grid-cols-1"
          emptyText="No constraints: any node may run the tasks."
          onAdd={() => update({ constraints: [...draft.constraints, { id: rowId(), value: "" }] })}
          onRemove={(id) => update({ constraints: withoutRow(draft.constraints, id) })}
          rowErrors={(row) => rowErrors(errors, "constraints", row.id)}
          renderRow={(row, i) => (
            <RowInput
              aria-label={`Placement constraint ${i + 1}`}
              mono
              placeholder="node.labels.rack==r1"
              value={row.value}
              error={rowErrors(errors, "constraints", row.id)[0]}
              onChange={(e) => update({ constraints: replaceRow(draft.constraints, row.id, { value: e.target.value }) })}
            />
          )}
        />
      </div>
      <div>
        <h3 className="text-sm font-medium text-fg">Spread preferences</h3>
        <p className="mt-0.5 mb-3 text-xs text-fg-muted">
          Spread tasks evenly over the values of a node label. For rack awareness, label each node with its rack (
          <code className="font-mono">rack=r1</code>) and spread over <code className="font-mono">node.labels.rack</code>: losing one rack then
          takes down only its share of the tasks.
        </p>
        <RowList
          rows={draft.preferences}
          noun="preference"
          headers={["Spread over"]}
          grid="grid-cols-1"
          emptyText="No preferences: the scheduler balances tasks by node load alone."
          onAdd={() => update({ preferences: [...draft.preferences, { id: rowId(), value: "" }] })}
          onRemove={(id) => update({ preferences: withoutRow(draft.preferences, id) })}
          rowErrors={(row) => rowErrors(errors, "preferences", row.id)}
          renderRow={(row, i) => (
            <RowInput
              aria-label={`Spread preference ${i + 1}`}
              mono
              placeholder="node.labels.rack"
              value={row.value}
              error={rowErrors(errors, "preferences", row.id)[0]}
              onChange={(e) => update({ preferences: replaceRow(draft.preferences, row.id, { value: e.target.value }) })}
            />
          )}
        />
      </div>
    </FormSection>
  );
}
