"use client";
/**
 * What a log view shows instead of lines, or above them, when there are none to show or the
 * stream stopped: opening, reading, empty (and why: a search, a filter, a quiet container), or the
 * server's refusal in its own words, with a way to try again.
 */
import type { ErrorCode } from "@wheelhouse/protocol";
import { Spinner } from "@wheelhouse/ui";
import { Ban, FileQuestion, RotateCw, ScrollText, SearchX, TriangleAlert } from "lucide-react";
import type { ReactNode } from "react";
import { ToolButton } from "./log-controls";
import type { StreamStatus } from "./use-log-stream";

interface LogPlaceholderProps {
  status: StreamStatus;
  caughtUp: boolean;
  following: boolean;
  searching: string | undefined;
  filtered: boolean;
  onRetry: () => void;
}

const FAILURE_TITLES: Partial<Record<ErrorCode, string>> = {
  FORBIDDEN: "You may not read these logs",
  UNAUTHORIZED: "Your session has ended",
  NOT_FOUND: "Nothing to read here",
  BAD_REQUEST: "The log could not be read as asked",
};

export function LogPlaceholder({ status, caughtUp, following, searching, filtered, onRetry }: LogPlaceholderProps) {
  if (status.phase === "failed") {
    return (
      <Message
        icon={status.code === "FORBIDDEN" ? <Ban /> : status.code === "NOT_FOUND" ? <FileQuestion /> : <TriangleAlert />}
        tone="error"
        title={FAILURE_TITLES[status.code] ?? "The log stream stopped"}
        text={status.message}
        action={
          <ToolButton icon={<RotateCw />} onClick={onRetry}>
            Try again
          </ToolButton>
        }
      />
    );
  }
  if (status.phase === "connecting" || (status.phase === "open" && !caughtUp)) {
    return <Message icon={<Spinner />} title="Reading the log…" />;
  }
  if (status.phase === "reconnecting") return <Message icon={<Spinner />} title="Reconnecting…" text={status.message} />;
  if (searching !== undefined) return <Message icon={<SearchX />} title={`No line matches “${searching}”`} text="Try fewer words, another case, or a longer history (Tail, Time)." />;
  if (filtered) return <Message icon={<SearchX />} title="No entry has these fields" text="Remove a filter above to see more." />;
  return (
    <Message
      icon={<ScrollText />}
      title="No log lines yet"
      text={following && status.phase === "open" ? "New lines appear here as they are written." : "The log is empty for the history asked (Tail, Time)."}
    />
  );
}

/** A failure while lines are shown: a strip above them, the lines stay. */
export function LogFailureStrip({ status, onRetry }: { status: StreamStatus; onRetry: () => void }) {
  if (status.phase !== "failed") return null;
  return (
    <div role="alert" className="flex items-center gap-3 border-b border-red-500/30 bg-red-500/10 px-3 py-1.5 text-xs text-red-200 [&_svg]:size-3.5">
      <TriangleAlert aria-hidden="true" className="shrink-0" />
      <span className="min-w-0 flex-1">
        <span className="font-semibold">{FAILURE_TITLES[status.code] ?? "The log stream stopped"}:</span> {status.message}
      </span>
      <ToolButton icon={<RotateCw />} onClick={onRetry}>
        Try again
      </ToolButton>
    </div>
  );
}

function Message({ icon, title, text, tone, action }: { icon: ReactNode; title: string; text?: string; tone?: "error"; action?: ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className="flex max-w-md flex-col items-center gap-2 text-center font-sans">
      <span className={`[&_svg]:size-7 ${tone === "error" ? "text-red-400" : "text-slate-500"}`}>{icon}</span>
      <p className={`text-sm font-semibold ${tone === "error" ? "text-red-200" : "text-slate-200"}`}>{title}</p>
      {text && <p className="text-xs text-slate-400">{text}</p>}
      {action && <div className="mt-1">{action}</div>}
    </div>
  );
}
