/**
 * The host's sample: CPU and memory from the agent's host-usage reader (apps/agent/src/host-usage.ts),
 * network and disk rates from the kernel's counters.
 */
import { cpus } from "node:os";
import type { HostSample, HostUsage } from "@wheelhouse/protocol";
import { createHostIoReader, type HostIoCounters } from "./host-io.ts";
import { counterDelta } from "./rates.ts";

export interface HostSampler {
  /** Null on the first call, which only primes the counters, and when the kernel's counters cannot be read. */
  sample(): Promise<HostSample | null>;
}

/**
 * `usage` must be a reader of its own: host-usage measures CPU since its previous call, so a
 * reader shared with the heartbeat would measure neither interval.
 */
export function createHostSampler(usage: () => Promise<HostUsage>): HostSampler {
  const io = createHostIoReader();
  let previous: { at: number; counters: HostIoCounters } | null = null;

  return {
    async sample() {
      const [now, counters] = await Promise.all([usage(), io.read().catch(() => null)]);
      const before = previous;
      previous = counters && { at: now.sampledAt, counters };
      if (!counters || !before) return null;
      const seconds = (now.sampledAt - before.at) / 1000;
      const perSecond = (key: keyof HostIoCounters) => (seconds > 0 ? counterDelta(before.counters[key], counters[key]) / seconds : 0);
      return {
        ts: now.sampledAt,
        cpuPercent: now.cpuPercent,
        cpuCount: Math.max(1, cpus().length),
        memoryUsed: now.memoryUsedBytes,
        memoryTotal: now.memoryTotalBytes,
        netRx: perSecond("netRx"),
        netTx: perSecond("netTx"),
        diskRead: perSecond("diskRead"),
        diskWrite: perSecond("diskWrite"),
      };
    },
  };
}
