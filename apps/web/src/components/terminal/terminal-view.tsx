"use client";
/** A live terminal in a container: xterm.js on a dark ground filling its box, its status bar below. */
import "@xterm/xterm/css/xterm.css";
import { useRef, type ReactNode } from "react";
import { useTerminal, type TerminalTarget } from "@/hooks/use-terminal";
import { TerminalStatusBar } from "./terminal-status-bar";

interface TerminalViewProps {
  target: TerminalTarget;
  /** Shown once the session is over, e.g. to start another. */
  afterEnd?: ReactNode;
  className?: string;
}

export function TerminalView({ target, afterEnd, className = "" }: TerminalViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const { state, size } = useTerminal(host, target);
  const ended = state.state === "exited" || state.state === "closed";
  const what = `${target.command.join(" ")}${target.user ? ` as ${target.user}` : ""}${target.tty ? "" : " (no tty)"}`;

  return (
    <div className={`flex flex-col overflow-hidden rounded-xl bg-[#0b1120] shadow-sm ring-1 ring-slate-900/10 ${className}`}>
      {/* xterm measures this box; the padding sits outside it so fit() counts whole cells. */}
      <div className="min-h-0 flex-1 p-3">
        <div ref={host} className="size-full" aria-label="Terminal" data-terminal-state={state.state} />
      </div>
      <TerminalStatusBar state={state} size={size} what={what} actions={ended ? afterEnd : undefined} />
    </div>
  );
}
