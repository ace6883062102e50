/** The line under a terminal: whether it is connected, to which session, as whom, at what size. */
import { shortId } from "@wheelhouse/ui";
import type { ReactNode } from "react";
import type { TerminalState } from "@/lib/terminal/terminal-connection";

interface TerminalStatusBarProps {
  state: TerminalState;
  size: { cols: number; rows: number } | null;
  /** The program and user, as the dialog chose them. */
  what: string;
  /** At the right: what can be done now (start again, after an exit). */
  actions?: ReactNode;
}

const DOT = {
  connecting: "bg-slate-400 animate-pulse",
  connected: "bg-emerald-400",
  reconnecting: "bg-amber-400 animate-pulse",
  exited: "bg-slate-500",
  closed: "bg-rose-400",
} as const;

export function TerminalStatusBar({ state, size, what, actions }: TerminalStatusBarProps) {
  return (
    <div className="flex min-h-9 flex-wrap items-center gap-x-4 gap-y-1 border-t border-white/10 bg-[#0e1628] px-3 py-1.5 font-mono text-xs text-slate-400">
      <span role="status" className="flex items-center gap-2 text-slate-200">
        <span aria-hidden="true" className={`size-2 rounded-full ${DOT[state.state]}`} />
        {describe(state)}
      </span>
      {"sessionId" in state && <span title={state.sessionId}>session {shortId(state.sessionId)}</span>}
      <span className="truncate">{what}</span>
      {size && (
        <span>
          {size.cols}×{size.rows}
        </span>
      )}
      <span className="ml-auto flex items-center gap-3">
        <span className="hidden text-slate-500 md:inline">Ctrl+Shift+C copy · Ctrl+Shift+V or right click paste</span>
        {actions}
      </span>
    </div>
  );
}

function describe(state: TerminalState): string {
  switch (state.state) {
    case "connecting":
      return "Connecting…";
    case "connected":
      return "Connected";
    case "reconnecting":
      return `Reconnecting… ${state.message}`;
    case "exited":
      return `Exited with code ${state.exit.code}${state.exit.signal ? ` (${state.exit.signal})` : ""}`;
    case "closed":
      return state.message;
  }
}
