/** Every stream an agent serves on its connection, by channel kind (AgentStream in @wheelhouse/protocol). */
import type { Channels } from "@wheelhouse/channels";
import type { Runtime } from "@wheelhouse/runtime";
import type { Logger } from "../logger.ts";
import { serveLogs } from "./logs-stream.ts";

export interface StreamDeps {
  runtime: Runtime;
  logger: Logger;
}

export function serveStreams(channels: Channels, { runtime }: StreamDeps): void {
  serveLogs(channels, runtime);
}
