/**
 * What a check of the compose file found: each problem with its line and path (a button that puts
 * the cursor there), and the warnings, which don't stop a deploy.
 */
import type { StackProblem } from "@wheelhouse/protocol";
import { CircleAlert } from "lucide-react";
import { WarningList } from "./warning-list";

interface Props {
  problems: readonly StackProblem[];
  warnings: readonly string[];
  onSelect: (problem: StackProblem) => void;
  /** The file or the name changed since the check: what it found may be out of date. */
  stale: boolean;
}

export function ComposeFindings({ problems, warnings, onSelect, stale }: Props) {
  if (problems.length === 0 && warnings.length === 0) return null;
  return (
    <div className="space-y-3">
      {stale && <p className="text-xs text-fg-muted">Edited since the check: check again to see what is still wrong.</p>}
      {problems.length > 0 && (
        <div role="alert" className="rounded-md border border-danger-line bg-danger-soft">
          <p className="flex items-center gap-2 px-3 pt-2 text-sm font-medium text-danger-fg">
            <CircleAlert className="size-4" aria-hidden />
            {problems.length === 1 ? "1 problem" : `${problems.length} problems`}: nothing was deployed
          </p>
          <ul className="max-h-48 overflow-y-auto px-1 py-1.5">
            {problems.map((p, i) => (
              <li key={i}>
                <button type="button" onClick={() => onSelect(p)} className="flex w-full gap-3 rounded px-2 py-1 text-left text-sm hover:bg-surface/60">
                  <span className="w-20 shrink-0 font-mono text-xs leading-5 text-danger-fg">{p.line === undefined ? "" : `line ${p.line}`}</span>
                  <span className="min-w-0 text-fg">
                    {p.path && <span className="mr-1.5 font-mono text-xs break-all text-fg-muted">{p.path}</span>}
                    {p.message}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <WarningList warnings={warnings} />
    </div>
  );
}
