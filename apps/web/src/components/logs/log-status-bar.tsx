"use client";
/**
 * The strip above a log view's lines: how the stream stands (live, reading history, reconnecting,
 * ended), how many lines it holds, each source with its colour and, when it is not well, its
 * state and why; and the field filters in force, each removable.
 */
import { cx } from "@wheelhouse/ui";
import { X } from "lucide-react";
import { sourceColor } from "./log-colors";
import type { FieldFilter } from "./model/log-rows";
import { sourceTag, type SourceTagging } from "./model/source-tag";
import type { LogStore, SourceView } from "./model/log-store";
import type { StreamStatus } from "./use-log-stream";

interface LogStatusBarProps {
  store: LogStore;
  status: StreamStatus;
  following: boolean;
  shownRows: number;
  tagging: SourceTagging;
  filters: readonly FieldFilter[];
  onRemoveFilter: (filter: FieldFilter) => void;
}

export function LogStatusBar({ store, status, following, shownRows, tagging, filters, onRemoveFilter }: LogStatusBarProps) {
  return (
    <div className="flex min-h-8 flex-wrap items-center gap-x-4 gap-y-1 border-b border-slate-800 bg-slate-900/60 px-3 py-1 text-xs text-slate-400">
      <StreamBadge status={status} caughtUp={store.caughtUp} following={following} />
      <span className="tabular-nums" title={store.letGo > 0 ? `${store.letGo.toLocaleString()} older lines were let go to keep the page responsive` : undefined}>
        {shownRows.toLocaleString()} {shownRows === 1 ? "line" : "lines"}
        {store.letGo > 0 && " (oldest let go)"}
      </span>
      {store.droppedTotal > 0 && <span className="text-amber-300">{store.droppedTotal.toLocaleString()} left out</span>}
      {filters.map((filter) => (
        <span key={`${filter.key}=${filter.value}`} className="inline-flex items-center gap-1 rounded bg-sky-500/15 py-0.5 pr-0.5 pl-1.5 text-sky-100 ring-1 ring-sky-400/40">
          {filter.key}={filter.value}
          <button type="button" aria-label={`Remove filter ${filter.key}=${filter.value}`} onClick={() => onRemoveFilter(filter)} className="rounded p-0.5 hover:bg-sky-400/20 [&_svg]:size-3">
            <X />
          </button>
        </span>
      ))}
      {store.sources.length > 1 || store.sources.some((s) => s.state === "failed" || s.state === "reconnecting") ? (
        <ul aria-label="Sources" className="flex min-w-0 flex-1 flex-wrap justify-end gap-x-3 gap-y-0.5">
          {store.sources.map((source) => (
            <SourceChip key={source.id} source={source} tagging={tagging} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function SourceChip({ source, tagging }: { source: SourceView; tagging: SourceTagging }) {
  const trouble = source.state === "failed" || source.state === "reconnecting";
  return (
    <li className="inline-flex min-w-0 items-center gap-1.5" title={source.message ?? `${source.name}${source.nodeName ? ` on ${source.nodeName}` : ""}: ${source.state}`}>
      <span aria-hidden="true" className="size-2 shrink-0 rounded-full" style={{ backgroundColor: sourceColor(source.index) }} />
      <span className="truncate text-slate-300">{sourceTag(source, tagging === "none" ? "name" : tagging)}</span>
      {source.state !== "live" && source.state !== "history" && (
        <span className={cx("rounded px-1 text-[0.6875rem]", trouble ? (source.state === "failed" ? "bg-red-500/15 text-red-300" : "bg-amber-400/15 text-amber-200") : "bg-slate-700/60 text-slate-400")}>
          {source.state}
          {source.message && trouble ? `: ${source.message}` : ""}
        </span>
      )}
    </li>
  );
}

function StreamBadge({ status, caughtUp, following }: { status: StreamStatus; caughtUp: boolean; following: boolean }) {
  const [tone, label] =
    status.phase === "connecting"
      ? (["bg-slate-500", "Opening…"] as const)
      : status.phase === "reconnecting"
        ? (["bg-amber-400 animate-pulse", "Reconnecting…"] as const)
        : status.phase === "failed"
          ? (["bg-red-500", "Stopped"] as const)
          : status.phase === "ended"
            ? (["bg-slate-500", following ? "Ended" : "History"] as const)
            : !caughtUp
              ? (["bg-sky-400 animate-pulse", "Reading history…"] as const)
              : following
                ? (["bg-emerald-400", "Live"] as const)
                : (["bg-slate-500", "History"] as const);
  return (
    <span className="inline-flex items-center gap-1.5 font-medium text-slate-200" title={status.phase === "reconnecting" ? status.message : undefined}>
      <span aria-hidden="true" className={cx("size-2 rounded-full", tone)} />
      {label}
    </span>
  );
}
