/**
 * A repeating list in the form (ports, mounts, constraints...): column headers once, a row of
 * inputs per entry with its remove button, the row's problems under it, and an add button.
 */
import { Button, IconButton } from "@wheelhouse/ui";
import { Plus, Trash2 } from "lucide-react";
import type { ReactNode } from "react";

interface RowListProps<T extends { id: string }> {
  rows: readonly T[];
  /** Singular, for the buttons: "port" gives "Add port" and "Remove port 2". */
  noun: string;
  /** Column headers; `grid` is the Tailwind grid-cols class the headers and rows share. */
  headers: readonly string[];
  grid: string;
  renderRow: (row: T, index: number) => ReactNode;
  /** The problems found in a row, by its id. */
  rowErrors?: (row: T) => readonly string[];
  onAdd: () => void;
  onRemove: (id: string) => void;
  /** Shown instead of the headers while the list is empty. */
  emptyText: string;
}

export function RowList<T extends { id: string }>({ rows, noun, headers, grid, renderRow, rowErrors, onAdd, onRemove, emptyText }: RowListProps<T>) {
  return (
    <div>
      {rows.length === 0 ? (
        <p className="text-sm text-fg-subtle">{emptyText}</p>
      ) : (
        <div className="space-y-2">
          <div aria-hidden="true" className={`grid gap-2 pr-9 text-xs font-medium text-fg-muted ${grid}`}>
            {headers.map((h) => (
              <span key={h}>{h}</span>
            ))}
          </div>
          {rows.map((row, index) => {
            const errors = rowErrors?.(row) ?? [];
            return (
              <div key={row.id}>
                <div className="flex items-center gap-1">
                  <div className={`grid min-w-0 flex-1 items-center gap-2 ${grid}`}>{renderRow(row, index)}</div>
                  <IconButton aria-label={`Remove ${noun} ${index + 1}`} icon={<Trash2 />} size="md" variant="danger" onClick={() => onRemove(row.id)} />
                </div>
                {errors.map((message) => (
                  <p key={message} className="mt-1 text-xs text-danger-fg">
                    {message}
                  </p>
                ))}
              </div>
            );
          })}
        </div>
      )}
      <Button size="sm" icon={<Plus />} className="mt-3" onClick={onAdd}>
        Add {noun}
      </Button>
    </div>
  );
}
