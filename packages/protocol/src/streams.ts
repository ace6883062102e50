/**
 * The kinds of channel (see channels.ts) that carry Wheelhouse's streams. The control plane opens
 * agent streams on a node's agent; a browser opens browser streams on the control plane, which
 * checks the caller's access and relays to the agents involved. Each kind's params and messages
 * are declared beside it (logs.ts, exec.ts, metrics.ts and their stream files).
 */
export const AgentStream = {
  /** One container's log: params LogRequest; the agent sends LogBatch values as JSON. */
  logs: "container-logs",
  /** A terminal in a container: params AgentExecParams; bytes both ways, control messages as JSON (exec-streams.ts). */
  exec: "exec",
  /** The node's metrics: the agent sends a MetricsBatch every interval. */
  metrics: "metrics",
} as const;
export type AgentStreamKind = (typeof AgentStream)[keyof typeof AgentStream];

export const BrowserStream = {
  /** The logs of a container, a service (every task on every node) or a node (all its containers). */
  logs: "logs",
  /** A terminal in a container, or a reattach to one's own session: params BrowserExecParams (exec-streams.ts). */
  exec: "exec",
  /** Live metrics of a container, a service, a node or a cluster. */
  metrics: "metrics",
} as const;
export type BrowserStreamKind = (typeof BrowserStream)[keyof typeof BrowserStream];

/**
 * The credit a browser grants each stream (a channel WindowSize). Across a network the sender
 * waits a round trip for each top-up, so a stream runs at most a window per round trip: at the
 * channels' default of 256 KiB a terminal's output reached 0.68x a direct `docker exec` on
 * loopback, at 1 MiB 0.95x (bench/README.md). The browser holds at most this per stream.
 */
export const BROWSER_STREAM_WINDOW = { window: 1024 * 1024, lowWatermark: 512 * 1024 } as const;
