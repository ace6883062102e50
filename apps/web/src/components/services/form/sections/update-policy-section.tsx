/** How a rolling update replaces tasks, and how a rollback puts the previous spec back. */
import { FormSection } from "../form-section";
import type { SectionProps } from "../section-props";
import { PolicyFields } from "./policy-fields";

export function UpdatePolicySection({ draft, update, errors }: SectionProps) {
  return (
    <FormSection title="Update and rollback" description="A change to the spec replaces tasks in batches, watching each batch before the next.">
      <PolicyFields kind="update" policy={draft.update} onChange={(policy) => update({ update: policy })} errors={errors} />
      <div className="border-t border-line pt-5">
        <PolicyFields kind="rollback" policy={draft.rollback} onChange={(policy) => update({ rollback: policy })} errors={errors} />
      </div>
    </FormSection>
  );
}
