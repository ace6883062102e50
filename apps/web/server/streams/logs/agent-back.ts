/** Waiting out an agent's absence: resolves once the node's agent is connected, or when aborted. */
import type { AgentLinks } from "../agent-links.ts";

// An agent just reconnected may not take channels yet; a retry waits at least this long.
const RETRY_MS = 500;

/** Resolves true once the agent is back (and a short pause has passed), false when aborted first. */
export function whenAgentBack(links: AgentLinks, nodeId: string, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    const settle = (back: boolean) => {
      off();
      clearTimeout(timer);
      signal.removeEventListener("abort", aborted);
      resolve(back);
    };
    const aborted = () => settle(false);
    const connected = () => {
      clearTimeout(timer);
      timer = setTimeout(() => settle(true), RETRY_MS);
    };
    const off = links.whenConnected(nodeId, connected);
    signal.addEventListener("abort", aborted);
    if (signal.aborted) return settle(false);
    if (links.connected(nodeId)) connected();
  });
}

/** Codes an open fails with while the agent is away, after which it is worth trying again. */
export const isAgentAway = (code: string): boolean => code === "AGENT_UNAVAILABLE" || code === "TIMEOUT";
