/**
 * What the terminal dialog asks for (program, user, tty), carried in the terminal page's URL so
 * that a reload finds it again. Parsed with the protocol's own rules: a URL is input like any other.
 */
import { ExecOpenRequest } from "@wheelhouse/protocol";
import { z } from "zod";

export const TerminalLaunch = ExecOpenRequest.pick({ command: true, user: true, tty: true });
export type TerminalLaunch = z.infer<typeof TerminalLaunch>;

export const DEFAULT_LAUNCH: TerminalLaunch = { command: ["/bin/sh"], tty: true };

export function terminalHref(nodeId: string, containerId: string, launch: TerminalLaunch): string {
  const query = new URLSearchParams({ command: JSON.stringify(launch.command), tty: launch.tty ? "1" : "0" });
  if (launch.user) query.set("user", launch.user);
  return `/nodes/${encodeURIComponent(nodeId)}/containers/${encodeURIComponent(containerId)}/terminal?${query}`;
}

/** The launch a terminal page's query names; the default shell when it names none, null when it is malformed. */
export function launchFromQuery(query: URLSearchParams): TerminalLaunch | null {
  const command = query.get("command");
  if (command === null) return DEFAULT_LAUNCH;
  let argv: unknown;
  try {
    argv = JSON.parse(command);
  } catch {
    return null;
  }
  const parsed = TerminalLaunch.safeParse({ command: argv, user: query.get("user") || undefined, tty: query.get("tty") !== "0" });
  return parsed.success ? parsed.data : null;
}
