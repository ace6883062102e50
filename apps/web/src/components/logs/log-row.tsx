"use client";
/**
 * One row of a log view: a line with its stream mark, timestamp and source tag, its text in its
 * ANSI colours (or as fields, for a JSON line) with search matches marked; the head of a stack
 * trace with its fold toggle; or a dropped-lines marker.
 */
import { cx } from "@wheelhouse/ui";
import { ChevronDown, ChevronRight, TriangleAlert } from "lucide-react";
import { memo, useMemo } from "react";
import { AnsiText } from "./ansi-text";
import { JsonEntry } from "./json-entry";
import { sourceColor } from "./log-colors";
import { parseAnsi } from "./model/ansi";
import { highlight } from "./model/highlight";
import { parseJsonLine } from "./model/json-line";
import type { LogStore } from "./model/log-store";
import type { LineMatcher } from "./model/search";
import { sourceTag, type SourceTagging } from "./model/source-tag";

export type { SourceTagging };

export const ROW_HEIGHT = 20;

export interface LogRowProps {
  store: LogStore;
  line: number;
  /** The store's epoch: a line number means another line after old lines were let go. */
  epoch: number;
  /** Lines in its entry, for the fold toggle of a head. */
  entrySize: number;
  open: boolean;
  showTimestamp: boolean;
  tagging: SourceTagging;
  /** The source tags' column width, in characters, fitted to the longest tag. */
  tagWidth: number;
  structured: boolean;
  matcher: LineMatcher | undefined;
  /** Which of the row's matches is the one stepped to, or -1. */
  currentMatch: number;
  onToggle: (entry: number) => void;
  onFilter: (key: string, value: string) => void;
}

export const LogRow = memo(function LogRow(props: LogRowProps) {
  const { store, line, showTimestamp, tagging } = props;
  const dropped = store.dropped(line);
  const source = store.source(line);
  const stderr = store.kind(line) === "stderr";
  return (
    <div
      className={cx("group flex h-5 items-stretch whitespace-pre hover:bg-slate-800/40", props.currentMatch >= 0 && "bg-amber-400/10")}
      data-log-row=""
      data-stream={store.kind(line)}
    >
      <span aria-hidden="true" className={cx("w-0.5 shrink-0", stderr ? "bg-rose-500/80" : "bg-transparent")} title={stderr ? "stderr" : undefined} />
      {showTimestamp && (
        <span className="w-[20ch] shrink-0 pl-2 text-slate-500 select-none" title={store.timestamp(line)}>
          {formatLogTime(store.millis(line))}
        </span>
      )}
      {tagging !== "none" && source && (
        <span
          className="shrink-0 truncate pl-2 font-medium select-none"
          style={{ color: sourceColor(source.index), width: `${props.tagWidth}ch` }}
          title={source.nodeName ? `${source.name} on ${source.nodeName}` : source.name}
        >
          {sourceTag(source, tagging)}
        </span>
      )}
      {dropped ? <DroppedMarker lines={dropped.lines} from={dropped.from} to={dropped.to} /> : <LineBody {...props} />}
    </div>
  );
});

function LineBody({ store, line, entrySize, open, structured, matcher, currentMatch, onToggle, onFilter }: LogRowProps) {
  const entry = store.entryOf(line);
  const head = store.entryHead(entry) === line;
  const plain = store.plain(line);
  const json = useMemo(() => (structured && head ? parseJsonLine(plain) : undefined), [structured, head, plain]);
  const pieces = useMemo(() => {
    if (json) return [];
    const segments = parseAnsi(store.text(line));
    return highlight(segments, matcher ? matcher.ranges(plain) : [], currentMatch);
  }, [json, store, line, plain, matcher, currentMatch]);

  return (
    <>
      <span className="flex w-5 shrink-0 items-center justify-center text-slate-500">
        {head && entrySize > 1 ? (
          <button
            type="button"
            aria-label={open ? "Fold this entry" : `Show ${entrySize - 1} more lines of this entry`}
            aria-expanded={open}
            onClick={() => onToggle(entry)}
            className="rounded hover:bg-slate-700 hover:text-slate-200 [&_svg]:size-3.5"
          >
            {open ? <ChevronDown /> : <ChevronRight />}
          </button>
        ) : (
          !head && <span aria-hidden="true" className="h-full w-px bg-slate-700" />
        )}
      </span>
      <span className={cx("min-w-0 pr-4 text-slate-200", store.kind(line) === "stderr" && "text-rose-100")}>
        {json ? <JsonEntry json={json} matcher={matcher} onFilter={onFilter} /> : <AnsiText pieces={pieces} />}
        {store.truncated(line) && <span className="ml-2 text-xs text-slate-500">[cut: longer than the agent keeps]</span>}
        {head && entrySize > 1 && !open && (
          <button
            type="button"
            onClick={() => onToggle(entry)}
            className="ml-2 rounded bg-slate-800 px-1.5 text-[0.6875rem] leading-4 text-slate-400 ring-1 ring-slate-700 hover:text-slate-200"
          >
            +{entrySize - 1} lines
          </button>
        )}
      </span>
    </>
  );
}

function DroppedMarker({ lines, from, to }: { lines: number; from: string; to: string }) {
  return (
    <span
      role="note"
      className="ml-5 flex min-w-0 items-center gap-2 pr-4 text-amber-300 [&_svg]:size-3.5"
      title={`Between ${from} and ${to}. This view could not keep up with the log: lines were left out rather than held without bound.`}
    >
      <TriangleAlert aria-hidden="true" />
      <span>
        {lines.toLocaleString()} lines left out here: the view could not keep up ({formatLogTime(Date.parse(from))} – {formatLogTime(Date.parse(to))})
      </span>
    </span>
  );
}

/** Local time to the millisecond, with the date: "11-23 13:54:15.338". */
function formatLogTime(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}.${String(d.getMilliseconds()).padStart(3, "0")}`;
}
