/** Every stream an agent serves on its connection, by channel kind (AgentStream in @wheelhouse/protocol). */
import type { Channels } from "@wheelhouse/channels";
import type { ExecSessions, Runtime } from "@wheelhouse/runtime";
import type { Logger } from "../logger.ts";
import { serveExec } from "./exec-stream.ts";
import { serveLogs } from "./logs-stream.ts";
import { serveMetrics } from "./metrics-stream.ts";

export interface StreamDeps {
  runtime: Runtime;
  /** The engine's endpoint as the agent was given it; the metrics sampler dials it on its own connections. */
  endpoint: string;
  /** The agent's one registry of terminal sessions, which its commands list and end too. */
  sessions: ExecSessions;
  logger: Logger;
}

export function serveStreams(channels: Channels, { runtime, sessions, endpoint, logger }: StreamDeps): void {
  serveLogs(channels, runtime);
  serveExec(channels, runtime, sessions);
  serveMetrics(channels, { endpoint, logger });
}
