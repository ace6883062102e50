/**
 * Whether the engine runs on this host: only then do this host's usage and counters describe the
 * engine's node. An agent driving an engine over TCP on another machine would describe the wrong one.
 */
import { parseEndpoint } from "@wheelhouse/runtime";

export function onThisHost(endpoint: string): boolean {
  const parsed = parseEndpoint(endpoint);
  if (parsed?.kind !== "tcp") return parsed !== undefined;
  return parsed.host === "localhost" || parsed.host === "[::1]" || parsed.host.startsWith("127.");
}
