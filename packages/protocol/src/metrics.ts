/**
 * Resource samples an agent sends about its node: one batch per interval holding a reading of
 * every running container and of the host. Counters (network, block I/O) arrive as rates in bytes
 * per second over the interval, so the control plane never needs the previous reading.
 */
import { z } from "zod";

const rate = z.number().nonnegative();
const bytes = z.number().nonnegative();
/** Epoch milliseconds of the engine's (or kernel's) reading. */
const timestamp = z.number().int().nonnegative();

export const ContainerSample = z.object({
  containerId: z.string().regex(/^[0-9a-f]{64}$/),
  name: z.string().max(256),
  /** From the container's com.docker.swarm.* labels: what service sums group by; null outside a swarm service. */
  serviceId: z.string().max(64).nullable(),
  serviceName: z.string().max(256).nullable(),
  taskId: z.string().max(64).nullable(),
  ts: timestamp,
  /** As `docker stats` shows it: 100 is one CPU fully busy, so a container may exceed 100. */
  cpuPercent: z.number().nonnegative(),
  /** Usage less the inactive page cache, as `docker stats` counts it. */
  memoryUsage: bytes,
  /** The container's limit, or the host's memory when it has none. */
  memoryLimit: bytes,
  netRx: rate,
  netTx: rate,
  blockRead: rate,
  blockWrite: rate,
});
export type ContainerSample = z.infer<typeof ContainerSample>;

export const HostSample = z.object({
  ts: timestamp,
  /** Share of all the host's CPUs, 0 to 100 (unlike a container's, where 100 is one CPU). */
  cpuPercent: z.number().min(0).max(100),
  /** So that a cluster's capacity can be summed in CPUs. */
  cpuCount: z.number().int().positive(),
  memoryUsed: bytes,
  memoryTotal: bytes,
  /** Over physical interfaces only: bridges and veths would count container traffic twice. */
  netRx: rate,
  netTx: rate,
  /** Over physical disks only: partitions, loop and device-mapper devices would count the same bytes twice. */
  diskRead: rate,
  diskWrite: rate,
});
export type HostSample = z.infer<typeof HostSample>;

// A node runs at most a few hundred containers; the bound keeps one batch a few hundred KiB.
export const MAX_CONTAINERS_PER_BATCH = 2_000;

/** One interval's readings from one node; the node is the agent's connection, not a field it could forge. */
export const MetricsBatch = z.object({
  ts: timestamp,
  /** Null when the host could not be read this interval. */
  host: HostSample.nullable(),
  containers: z.array(ContainerSample).max(MAX_CONTAINERS_PER_BATCH),
});
export type MetricsBatch = z.infer<typeof MetricsBatch>;
