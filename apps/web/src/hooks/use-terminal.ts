"use client";
/**
 * A terminal in a container, drawn by xterm.js into the given element: bytes from the session are
 * written as they come (xterm decodes UTF-8 across writes), keystrokes and pastes go out as UTF-8
 * bytes, and the terminal's size follows its element. The session's id is kept in this tab's
 * sessionStorage, so a reload or a dropped connection reattaches to the same shell within its
 * grace period; leaving the page leaves the session to end once the grace has passed.
 */
import type { Terminal } from "@xterm/xterm";
import { BrowserStream } from "@wheelhouse/protocol";
import { useEffect, useState, type RefObject } from "react";
import { openStream } from "@/lib/browser-channels";
import { attachClipboard } from "@/lib/terminal/terminal-clipboard";
import { TerminalConnection, type TerminalState } from "@/lib/terminal/terminal-connection";
import type { TerminalLaunch } from "@/lib/terminal/terminal-launch";
import { TERMINAL_FONT, TERMINAL_THEME } from "@/lib/terminal/terminal-theme";

export interface TerminalTarget extends TerminalLaunch {
  nodeId: string;
  containerId: string;
}

export interface TerminalView {
  state: TerminalState;
  size: { cols: number; rows: number } | null;
}

export function useTerminal(element: RefObject<HTMLDivElement | null>, { nodeId, containerId, command, user, tty }: TerminalTarget): TerminalView {
  const [state, setState] = useState<TerminalState>({ state: "connecting" });
  const [size, setSize] = useState<TerminalView["size"]>(null);
  // The command as a value, so that the same words in a new array are the same terminal.
  const argvJson = JSON.stringify(command);
  // One terminal per tab and launch: what a reload finds its session under.
  const key = `wheelhouse.terminal:${nodeId}:${containerId}:${argvJson}:${user ?? ""}:${tty}`;

  useEffect(() => {
    const host = element.current;
    if (!host) return;
    const argv = JSON.parse(argvJson) as string[];
    let disposed = false;
    let dispose = () => undefined as void;
    // xterm.js needs the DOM: it is loaded in the browser only.
    void Promise.all([import("@xterm/xterm"), import("@xterm/addon-fit")]).then(([{ Terminal }, { FitAddon }]) => {
      if (disposed) return;
      const terminal: Terminal = new Terminal({ theme: TERMINAL_THEME, fontFamily: TERMINAL_FONT, fontSize: 13, lineHeight: 1.15, cursorBlink: true, scrollback: 10_000, convertEol: !tty });
      const fit = new FitAddon();
      terminal.loadAddon(fit);
      terminal.open(host);
      fit.fit();
      setSize({ cols: terminal.cols, rows: terminal.rows });

      const resumeId = sessionStorage.getItem(key);
      const size = { cols: terminal.cols, rows: terminal.rows };
      const start = resumeId ? { nodeId, containerId, attach: resumeId, ...size } : { nodeId, containerId, command: argv, user, tty, ...size };
      const connection = new TerminalConnection((params) => openStream(BrowserStream.exec, params), start, {
        output: (bytes) => terminal.write(bytes),
        redraw: () => terminal.reset(),
        state: (next) => {
          if (next.state === "connected") sessionStorage.setItem(key, next.sessionId);
          // A session that has ended is not to be reattached; one this page merely left is, on return.
          if (next.state === "exited" || (next.state === "closed" && next.code !== "CLOSED")) sessionStorage.removeItem(key);
          if (!disposed) setState(next);
        },
      });
      const subscriptions = [
        // Without a tty nothing turns Ctrl-D into the end of input: the terminal does it.
        terminal.onData((data) => (!tty && data === "\x04" ? connection.endInput() : connection.write(data))),
        // Mouse reports in some modes: one byte per character, not UTF-8.
        terminal.onBinary((data) => connection.write(Uint8Array.from(data, (char) => char.charCodeAt(0) & 0xff))),
        terminal.onResize((next) => {
          connection.resize(next);
          setSize(next);
        }),
      ];
      const detachClipboard = attachClipboard(terminal, host);
      const observer = new ResizeObserver(() => fit.fit());
      observer.observe(host);
      terminal.focus();
      dispose = () => {
        observer.disconnect();
        detachClipboard();
        for (const subscription of subscriptions) subscription.dispose();
        connection.close();
        terminal.dispose();
      };
    });
    return () => {
      disposed = true;
      dispose();
    };
  }, [element, key, argvJson, nodeId, containerId, user, tty]);

  return { state, size };
}
