"use client";
/** An editor for labels: one key = value row per label, rows added and removed in place. */
import { Button, IconButton } from "@wheelhouse/ui";
import { Plus, X } from "lucide-react";
import { useId, type ReactNode } from "react";
import { labelRow, type LabelRow } from "./label-rows";

interface LabelRowsFieldProps {
  legend?: string;
  hint?: ReactNode;
  rows: readonly LabelRow[];
  onChange: (rows: LabelRow[]) => void;
  /** By row id, from labelRowProblems. */
  problems: ReadonlyMap<number, string>;
}

const INPUT =
  "block h-9 w-full min-w-0 rounded-md border border-line-strong bg-surface px-3 font-mono text-sm text-fg shadow-xs placeholder:text-fg-subtle focus:border-accent-600 focus:outline-2 focus:outline-offset-0 focus:outline-accent-600/30 aria-invalid:border-danger";

export function LabelRowsField({ legend = "Labels", hint, rows, onChange, problems }: LabelRowsFieldProps) {
  const id = useId();
  const update = (rowId: number, patch: Partial<LabelRow>) => onChange(rows.map((r) => (r.id === rowId ? { ...r, ...patch } : r)));
  const remove = (rowId: number) => {
    const rest = rows.filter((r) => r.id !== rowId);
    // Keep one blank row to type into rather than an empty box.
    onChange(rest.length ? rest : [labelRow()]);
  };

  return (
    <fieldset>
      <legend className="text-sm font-medium text-fg">{legend}</legend>
      {hint !== undefined && <p className="mt-0.5 text-xs text-fg-muted">{hint}</p>}
      <div className="mt-2 grid grid-cols-[minmax(0,1fr)_auto_minmax(0,1fr)_auto] items-center gap-x-2 gap-y-1.5">
        <span className="text-xs font-medium text-fg-subtle">Key</span>
        <span />
        <span className="text-xs font-medium text-fg-subtle">Value</span>
        <span />
        {rows.map((row, index) => {
          const problem = problems.get(row.id);
          const problemId = `${id}-${row.id}-problem`;
          return (
            <div key={row.id} className="contents">
              <input
                aria-label={`Key of label ${index + 1}`}
                aria-invalid={problem !== undefined}
                aria-describedby={problem ? problemId : undefined}
                className={INPUT}
                placeholder="rack"
                spellCheck={false}
                autoComplete="off"
                value={row.key}
                onChange={(e) => update(row.id, { key: e.target.value })}
              />
              <span aria-hidden="true" className="font-mono text-fg-subtle">
                =
              </span>
              <input
                aria-label={`Value of label ${index + 1}`}
                className={INPUT}
                placeholder="r1"
                spellCheck={false}
                autoComplete="off"
                value={row.value}
                onChange={(e) => update(row.id, { value: e.target.value })}
              />
              <IconButton aria-label={`Remove label ${index + 1}`} icon={<X />} size="sm" onClick={() => remove(row.id)} />
              {problem && (
                <p id={problemId} className="col-span-4 -mt-0.5 text-xs text-danger-fg">
                  {problem}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <Button className="mt-2" size="sm" variant="ghost" icon={<Plus />} onClick={() => onChange([...rows, labelRow()])}>
        Add label
      </Button>
    </fieldset>
  );
}
