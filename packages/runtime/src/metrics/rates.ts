/** Two cumulative readings of one container turned into the figures of a sample: CPU % and per-second rates. */
import type { StatsReading } from "./engine-stats.ts";

export interface Rates {
  cpuPercent: number;
  netRx: number;
  netTx: number;
  blockRead: number;
  blockWrite: number;
}

/**
 * How much a counter grew. A counter that went down was reset (the container restarted, or its
 * network was reconnected) and counted up from zero since, so all of its current value is new.
 */
export function counterDelta(previous: number, current: number): number {
  return current >= previous ? current - previous : current;
}

export function ratesBetween(previous: StatsReading, current: StatsReading): Rates {
  const seconds = (current.readAt - previous.readAt) / 1000;
  if (seconds <= 0) return { cpuPercent: 0, netRx: 0, netTx: 0, blockRead: 0, blockWrite: 0 };
  const perSecond = (key: "netRx" | "netTx" | "blockRead" | "blockWrite") => counterDelta(previous[key], current[key]) / seconds;
  return {
    cpuPercent: cpuPercent(previous, current),
    netRx: perSecond("netRx"),
    netTx: perSecond("netTx"),
    blockRead: perSecond("blockRead"),
    blockWrite: perSecond("blockWrite"),
  };
}

// As `docker stats`: the container's share of all the host's CPU time, scaled so that one busy
// CPU is 100 %. system_cpu_usage is host-wide since boot, so it never resets.
function cpuPercent(previous: StatsReading, current: StatsReading): number {
  const system = current.systemCpu - previous.systemCpu;
  if (system <= 0) return 0;
  return (counterDelta(previous.cpuTotal, current.cpuTotal) / system) * current.onlineCpus * 100;
}
