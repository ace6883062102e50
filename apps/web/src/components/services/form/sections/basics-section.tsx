/** Name, image, and what the container runs. */
import { TextField } from "@/components/text-field";
import { TextareaField } from "../fields/textarea-field";
import { FormSection } from "../form-section";
import type { SectionProps } from "../section-props";

export function BasicsSection({ draft, update, errors, editing }: SectionProps & { editing: boolean }) {
  return (
    <FormSection title="Basics" description="What runs: the image, and optionally the command that replaces its own.">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Name"
          value={draft.name}
          onChange={(e) => update({ name: e.target.value })}
          disabled={editing}
          placeholder="web"
          spellCheck={false}
          autoComplete="off"
          error={errors.name}
          hint={editing ? "Docker cannot rename a service; create a new one instead." : "Letters, digits, - and _; tasks are named after it (web.1, web.2…)."}
        />
        <TextField
          label="Image"
          mono
          value={draft.image}
          onChange={(e) => update({ image: e.target.value })}
          placeholder="nginx:1.27"
          spellCheck={false}
          autoComplete="off"
          error={errors.image}
          hint="Every node pulls it, so use a registry all of them can reach, and pin a tag."
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextareaField
          label="Command (optional)"
          value={draft.command}
          onChange={(e) => update({ command: e.target.value })}
          placeholder={"/bin/sh\n-c"}
          error={errors.command}
          hint="Replaces the image's entrypoint. One argument per line; no shell quoting needed."
        />
        <TextareaField
          label="Arguments (optional)"
          value={draft.args}
          onChange={(e) => update({ args: e.target.value })}
          placeholder={"nginx\n-g\ndaemon off;"}
          error={errors.args}
          hint="Replaces the image's CMD. One argument per line."
        />
      </div>
    </FormSection>
  );
}
