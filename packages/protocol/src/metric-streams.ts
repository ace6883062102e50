/**
 * Metrics as the control plane serves them: the series of a container, a service (summed over its
 * tasks), a node or a cluster over a range, and the browser's live metrics stream
 * (BrowserStream.metrics), which sends each new point of its scope as a JSON value. The agent's
 * side (AgentStream.metrics) sends MetricsBatch values (metrics.ts) at the interval it is asked for.
 */
import { z } from "zod";
import { ContainerRef, NodeId } from "./refs.ts";

/** What the control plane asks of an agent's metrics channel. */
export const MetricsSubscription = z.object({
  /** Bounded so a control plane cannot make an agent sample its engine many times a second. */
  intervalMs: z.number().int().min(1_000).max(60_000).default(5_000),
});
export type MetricsSubscription = z.infer<typeof MetricsSubscription>;

export const METRICS_RANGES = {
  "15m": 15 * 60_000,
  "1h": 3_600_000,
  "24h": 24 * 3_600_000,
  "30d": 30 * 24 * 3_600_000,
} as const;
export const MetricsRange = z.enum(["15m", "1h", "24h", "30d"]);
export type MetricsRange = z.infer<typeof MetricsRange>;

const SwarmObjectId = z.string().min(1).max(128);
/** As the overview names clusters: "swarm:<id>", "group:<id>" or "host:<node id>". */
export const ClusterId = z.string().regex(/^(swarm|group|host):[\w.-]{1,128}$/, "Not a cluster id");

export const MetricsScope = z.discriminatedUnion("scope", [
  z.object({ scope: z.literal("container"), nodeId: NodeId, containerId: ContainerRef.shape.id }),
  z.object({ scope: z.literal("service"), swarmId: SwarmObjectId, serviceId: SwarmObjectId }),
  z.object({ scope: z.literal("node"), nodeId: NodeId }),
  z.object({ scope: z.literal("cluster"), clusterId: ClusterId }),
]);
export type MetricsScope = z.infer<typeof MetricsScope>;

const measure = z.number().nonnegative();

/**
 * One point of a container's, a service's or a node's series: a sample, or a bucket's averages.
 * For a node, CPU is the share of all its CPUs, memory is used of total, and block I/O is its
 * physical disks'; for a container or a service, 100 % CPU is one CPU.
 */
export const MetricPoint = z.object({
  ts: z.number().int().nonnegative(),
  cpuPercent: measure,
  memoryUsage: measure,
  memoryLimit: measure,
  netRx: measure,
  netTx: measure,
  blockRead: measure,
  blockWrite: measure,
  /** A service's point: how many tasks it sums. */
  tasks: z.number().int().nonnegative().optional(),
});
export type MetricPoint = z.infer<typeof MetricPoint>;

/** A cluster's point: CPUs and memory in use against what its reporting nodes have. */
export const ClusterPoint = z.object({
  ts: z.number().int().nonnegative(),
  nodes: z.number().int().nonnegative(),
  cpuUsed: measure,
  cpuCapacity: measure,
  memoryUsed: measure,
  memoryTotal: measure,
});
export type ClusterPoint = z.infer<typeof ClusterPoint>;

export interface MetricSeries<P> {
  /** Width of the finest points in the series, in milliseconds (the sampling interval for raw points). */
  resolutionMs: number;
  points: P[];
}

/**
 * A browser's live metrics stream: its scope, and the newest point the browser already holds (from
 * the series it read). The stream sends, as JSON values, the points after it (a service's or a
 * cluster's newest point again when it changes, as more of its members report: same `ts`, new
 * sums), then each new point as it arrives. MetricPoint values, or ClusterPoint for a cluster.
 */
export const MetricsStreamRequest = z.intersection(MetricsScope, z.object({ sinceTs: z.number().int().nonnegative().optional() }));
export type MetricsStreamRequest = z.infer<typeof MetricsStreamRequest>;
