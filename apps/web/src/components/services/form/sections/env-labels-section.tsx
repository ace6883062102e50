/** Environment variables for the tasks, and labels on the service itself. */
import { FormSection } from "../form-section";
import { KeyValueRows } from "../key-value-rows";
import type { SectionProps } from "../section-props";

export function EnvLabelsSection({ draft, update, errors }: SectionProps) {
  return (
    <FormSection title="Environment and labels" description="Variables are set in every task's container. Labels mark the service for people and tools.">
      <div>
        <h3 className="mb-3 text-sm font-medium text-fg">Environment variables</h3>
        <KeyValueRows
          rows={draft.env}
          onChange={(env) => update({ env })}
          noun="Variable"
          list="env"
          errors={errors}
          keyPlaceholder="LOG_LEVEL"
          valuePlaceholder="info"
          emptyText="No variables beyond the image's own. Keep passwords in secrets, not here."
        />
      </div>
      <div>
        <h3 className="mb-3 text-sm font-medium text-fg">Labels</h3>
        <KeyValueRows
          rows={draft.labels}
          onChange={(labels) => update({ labels })}
          noun="Label"
          list="labels"
          errors={errors}
          keyPlaceholder="com.example.team"
          valuePlaceholder="payments"
          emptyText="No labels."
        />
      </div>
    </FormSection>
  );
}
