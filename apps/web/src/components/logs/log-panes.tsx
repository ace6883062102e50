"use client";
/** Log views next to each other (stacked on narrow screens), each added one with its title and a close button. */
import { cx } from "@wheelhouse/ui";
import { X } from "lucide-react";
import { LogViewer } from "./log-viewer";
import type { LogPane } from "./use-log-panes";

const COLUMNS = ["", "xl:grid-cols-1", "xl:grid-cols-2", "xl:grid-cols-3"];

export function LogPanes({ panes, onRemove }: { panes: readonly LogPane[]; onRemove: (key: string) => void }) {
  const several = panes.length > 1;
  return (
    <div className={cx("grid gap-4", several ? "xl:h-[calc(100dvh-14.5rem)]" : "h-[calc(100dvh-14.5rem)]", COLUMNS[panes.length], "min-h-[30rem]")}>
      {panes.map((pane, index) => (
        <div key={pane.key} className={cx("min-h-0 min-w-0", several && "h-[34rem] xl:h-auto")}>
          <LogViewer
            target={pane.target}
            name={pane.name}
            tagging={pane.tagging}
            header={
              several && (
                <div className="flex h-9 items-center gap-2 border-b border-slate-800 bg-slate-900 px-3 text-sm">
                  <span className="truncate font-semibold text-slate-100">{pane.name}</span>
                  <span className="rounded bg-slate-800 px-1.5 text-[0.6875rem] text-slate-400 ring-1 ring-slate-700">{pane.kind}</span>
                  {index > 0 && (
                    <button
                      type="button"
                      aria-label={`Close the logs of ${pane.name}`}
                      onClick={() => onRemove(pane.key)}
                      className="ml-auto rounded p-1 text-slate-400 hover:bg-slate-800 hover:text-slate-100 [&_svg]:size-4"
                    >
                      <X />
                    </button>
                  )}
                </div>
              )
            }
          />
        </div>
      ))}
    </div>
  );
}
