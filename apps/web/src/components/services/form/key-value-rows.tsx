/** A list of key = value rows (environment variables, labels, log options). */
import { RowInput } from "./fields/row-input";
import { RowList } from "./row-list";
import { replaceRow, rowId, withoutRow } from "./rows";
import { rowErrors, type SectionProps } from "./section-props";
import type { KeyValueRow } from "./service-draft";

interface KeyValueRowsProps {
  rows: readonly KeyValueRow[];
  onChange: (rows: KeyValueRow[]) => void;
  /** Singular, capitalised for the inputs' names: "Variable" gives "Variable 1 name". */
  noun: string;
  /** The field-key list name its problems are filed under (see issue-paths.ts). */
  list: string;
  errors: SectionProps["errors"];
  keyPlaceholder: string;
  valuePlaceholder: string;
  emptyText: string;
}

export function KeyValueRows({ rows, onChange, noun, list, errors, keyPlaceholder, valuePlaceholder, emptyText }: KeyValueRowsProps) {
  return (
    <RowList
      rows={rows}
      noun={noun.toLowerCase()}
      headers={["Name", "Value"]}
      grid="grid-cols-[minmax(0,2fr)_minmax(0,3fr)]"
      emptyText={emptyText}
      onAdd={() => onChange([...rows, { id: rowId(), key: "", value: "" }])}
      onRemove={(id) => onChange(withoutRow(rows, id))}
      rowErrors={(row) => rowErrors(errors, list, row.id)}
      renderRow={(row, i) => (
        <>
          <RowInput
            aria-label={`${noun} ${i + 1} name`}
            mono
            placeholder={keyPlaceholder}
            value={row.key}
            error={rowErrors(errors, list, row.id)[0]}
            onChange={(e) => onChange(replaceRow(rows, row.id, { key: e.target.value }))}
          />
          <RowInput
            aria-label={`${noun} ${i + 1} value`}
            mono
            placeholder={valuePlaceholder}
            value={row.value}
            onChange={(e) => onChange(replaceRow(rows, row.id, { value: e.target.value }))}
          />
        </>
      )}
    />
  );
}
