/** Secrets or configs a service uses: the swarm object's name, and the file it appears as in the container. */
import { useId } from "react";
import { RowInput } from "./fields/row-input";
import { RowList } from "./row-list";
import { replaceRow, rowId, withoutRow } from "./rows";
import { rowErrors, type SectionProps } from "./section-props";
import type { FileRefRow } from "./service-draft";

interface FileRefRowsProps {
  kind: "secret" | "config";
  rows: readonly FileRefRow[];
  onChange: (rows: FileRefRow[]) => void;
  /** The names the swarm holds, offered as suggestions. */
  known: readonly string[];
  errors: SectionProps["errors"];
}

const TARGET_HINT = { secret: "db_password (under /run/secrets)", config: "/etc/app/config.yml" } as const;

export function FileRefRows({ kind, rows, onChange, known, errors }: FileRefRowsProps) {
  const listId = useId();
  const list = kind === "secret" ? "secrets" : "configs";
  const noun = kind === "secret" ? "Secret" : "Config";
  return (
    <>
      <datalist id={listId}>
        {known.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <RowList
        rows={rows}
        noun={kind}
        headers={["Name in the swarm", "File in the container"]}
        grid="grid-cols-2"
        emptyText={`No ${kind}s.`}
        onAdd={() => onChange([...rows, { id: rowId(), name: "", target: "" }])}
        onRemove={(id) => onChange(withoutRow(rows, id))}
        rowErrors={(row) => rowErrors(errors, list, row.id)}
        renderRow={(row, i) => (
          <>
            <RowInput
              aria-label={`${noun} ${i + 1} name`}
              mono
              list={listId}
              placeholder={known[0] ?? "name"}
              value={row.name}
              error={errors[`${list}.${row.id}.name`]}
              onChange={(e) => onChange(replaceRow(rows, row.id, { name: e.target.value }))}
            />
            <RowInput
              aria-label={`${noun} ${i + 1} file`}
              mono
              placeholder={TARGET_HINT[kind]}
              value={row.target}
              error={errors[`${list}.${row.id}.target`]}
              onChange={(e) => onChange(replaceRow(rows, row.id, { target: e.target.value }))}
            />
          </>
        )}
      />
    </>
  );
}
