/** Volumes, bind mounts and tmpfs mounts in each task's container. */
import { RowInput, RowSelect } from "../fields/row-input";
import { FormSection } from "../form-section";
import { RowList } from "../row-list";
import { replaceRow, rowId, withoutRow } from "../rows";
import { rowErrors, type SectionProps } from "../section-props";
import type { MountRow } from "../service-draft";

const TYPES = ["volume", "bind", "tmpfs"] as const;
const SOURCE_HINT: Record<MountRow["type"], string> = { volume: "volume name", bind: "/path/on/node", tmpfs: "none" };

export function MountsSection({ draft, update, errors }: SectionProps) {
  const set = (id: string, patch: Partial<MountRow>) => update({ mounts: replaceRow(draft.mounts, id, patch) });
  return (
    <FormSection
      title="Mounts"
      description="A volume or bind source is looked up on whichever node runs the task, so data does not follow a task to another node."
    >
      <RowList
        rows={draft.mounts}
        noun="mount"
        headers={["Type", "Source", "Target in container", "Access"]}
        grid="grid-cols-[6.5rem_1fr_1fr_7.5rem]"
        emptyText="No mounts: everything a task writes is lost when it is replaced."
        onAdd={() => update({ mounts: [...draft.mounts, { id: rowId(), type: "volume", source: "", target: "", readOnly: false }] })}
        onRemove={(id) => update({ mounts: withoutRow(draft.mounts, id) })}
        rowErrors={(row) => rowErrors(errors, "mounts", row.id)}
        renderRow={(row, i) => (
          <>
            <RowSelect aria-label={`Mount ${i + 1} type`} value={row.type} options={TYPES} onChange={(type) => set(row.id, { type, source: type === "tmpfs" ? "" : row.source })} />
            <RowInput
              aria-label={`Mount ${i + 1} source`}
              mono
              disabled={row.type === "tmpfs"}
              placeholder={SOURCE_HINT[row.type]}
              value={row.source}
              error={errors[`mounts.${row.id}.source`]}
              onChange={(e) => set(row.id, { source: e.target.value })}
            />
            <RowInput
              aria-label={`Mount ${i + 1} target`}
              mono
              placeholder="/data"
              value={row.target}
              error={errors[`mounts.${row.id}.target`]}
              onChange={(e) => set(row.id, { target: e.target.value })}
            />
            <label className="flex items-center gap-2 text-sm text-fg">
              <input
                type="checkbox"
                aria-label={`Mount ${i + 1} read-only`}
                className="size-4 accent-accent-600"
                checked={row.readOnly}
                onChange={(e) => set(row.id, { readOnly: e.target.checked })}
              />
              Read-only
            </label>
          </>
        )}
      />
    </FormSection>
  );
}
