/** Every stream an agent serves on its connection, by channel kind (AgentStream in @wheelhouse/protocol). */
import type { Channels } from "@wheelhouse/channels";
import type { ExecSessions, Runtime } from "@wheelhouse/runtime";
import type { Logger } from "../logger.ts";
import { serveExec } from "./exec-stream.ts";
import { serveLogs } from "./logs-stream.ts";

export interface StreamDeps {
  runtime: Runtime;
  /** The agent's one registry of terminal sessions, which its commands list and end too. */
  sessions: ExecSessions;
  logger: Logger;
}

export function serveStreams(channels: Channels, { runtime, sessions }: StreamDeps): void {
  serveLogs(channels, runtime);
  serveExec(channels, runtime, sessions);
}
