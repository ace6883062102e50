/** The log driver of the tasks' containers, and its options. */
import { TextField } from "@/components/text-field";
import { FormSection } from "../form-section";
import { KeyValueRows } from "../key-value-rows";
import type { SectionProps } from "../section-props";

export function LoggingSection({ draft, update, errors }: SectionProps) {
  const log = draft.log;
  return (
    <FormSection
      title="Logging"
      description={
        <>
          Empty uses each node&apos;s default driver. With <code className="font-mono">json-file</code>, set <code className="font-mono">max-size</code> and{" "}
          <code className="font-mono">max-file</code> so logs cannot fill a node&apos;s disk.
        </>
      }
    >
      <TextField
        label="Log driver"
        mono
        spellCheck={false}
        placeholder="json-file"
        value={log.driver}
        onChange={(e) => update({ log: { ...log, driver: e.target.value } })}
        error={errors["log.driver"]}
        className="max-w-xs"
      />
      <KeyValueRows
        rows={log.options}
        onChange={(options) => update({ log: { ...log, options } })}
        noun="Log option"
        list="logOptions"
        errors={errors}
        keyPlaceholder="max-size"
        valuePlaceholder="10m"
        emptyText="No driver options."
      />
    </FormSection>
  );
}
