/**
 * One reading of GET /containers/{id}/stats reduced to the cumulative counters a sample is made
 * of. Field names are the Engine API's; the arithmetic follows the docker CLI (cli/command/container/stats_helpers.go).
 */

/** The part of the Engine's stats JSON this module reads; every field may be absent on some kernel or platform. */
export interface EngineStats {
  read?: string;
  cpu_stats?: {
    cpu_usage?: { total_usage?: number; percpu_usage?: number[] };
    system_cpu_usage?: number;
    online_cpus?: number;
  };
  memory_stats?: { usage?: number; limit?: number; stats?: Record<string, number> };
  networks?: Record<string, { rx_bytes?: number; tx_bytes?: number }>;
  blkio_stats?: { io_service_bytes_recursive?: { op?: string; value?: number }[] | null };
}

/** Cumulative counters at one instant; rates come from two of them. */
export interface StatsReading {
  readAt: number;
  /** Nanoseconds of CPU the container used since it started. */
  cpuTotal: number;
  /** Nanoseconds of CPU the whole host used since boot (all CPUs). */
  systemCpu: number;
  onlineCpus: number;
  memoryUsage: number;
  memoryLimit: number;
  netRx: number;
  netTx: number;
  blockRead: number;
  blockWrite: number;
}

/** Null for a container that stopped before the engine read it: the engine then answers with zero time and no counters. */
export function toStatsReading(stats: EngineStats): StatsReading | null {
  const readAt = Date.parse(stats.read ?? "");
  const cpu = stats.cpu_stats;
  if (!(readAt > 0) || cpu?.system_cpu_usage === undefined || cpu.cpu_usage?.total_usage === undefined) return null;
  const memory = stats.memory_stats ?? {};
  const net = networkTotals(stats.networks);
  const block = blockTotals(stats.blkio_stats?.io_service_bytes_recursive);
  return {
    readAt,
    cpuTotal: cpu.cpu_usage.total_usage,
    systemCpu: cpu.system_cpu_usage,
    // Older cgroup v1 engines leave online_cpus out; the CLI then counts the per-CPU figures.
    onlineCpus: cpu.online_cpus || cpu.cpu_usage.percpu_usage?.length || 1,
    memoryUsage: memoryWithoutCache(memory.usage ?? 0, memory.stats ?? {}),
    memoryLimit: memory.limit ?? 0,
    netRx: net.rx,
    netTx: net.tx,
    blockRead: block.read,
    blockWrite: block.write,
  };
}

// The page cache the kernel can drop at once is not what the container needs, so the CLI leaves
// inactive files out: total_inactive_file on cgroup v1 (includes child cgroups), inactive_file on v2.
function memoryWithoutCache(usage: number, stats: Record<string, number>): number {
  const inactive = stats.total_inactive_file ?? stats.inactive_file;
  return inactive !== undefined && inactive < usage ? usage - inactive : usage;
}

// A container on several networks has one entry per interface; host-network containers have none.
function networkTotals(networks: EngineStats["networks"]): { rx: number; tx: number } {
  let rx = 0;
  let tx = 0;
  for (const n of Object.values(networks ?? {})) {
    rx += n.rx_bytes ?? 0;
    tx += n.tx_bytes ?? 0;
  }
  return { rx, tx };
}

// cgroup v1 reports "Read"/"Write"/"Sync"/"Async"/"Total" per device; on cgroup v2 the engine
// translates io.stat into "read"/"write" entries itself, so one reader serves both. The list is
// empty when the kernel accounted no I/O to the container (writes through overlayfs' page cache
// often land on the host's flusher threads instead).
function blockTotals(entries: { op?: string; value?: number }[] | null | undefined): { read: number; write: number } {
  let read = 0;
  let write = 0;
  for (const { op, value } of entries ?? []) {
    const kind = op?.[0]?.toLowerCase();
    if (kind === "r") read += value ?? 0;
    else if (kind === "w") write += value ?? 0;
  }
  return { read, write };
}
