/**
 * A service's usage is the sum over its tasks, wherever they run. Samples from different nodes
 * are taken at different instants, so they are summed per time slot of the sampling interval.
 */
import type { ContainerSample } from "@wheelhouse/protocol";

export interface ServiceUsage {
  serviceId: string;
  serviceName: string;
  /** Start of the slot, a multiple of the slot width. */
  ts: number;
  tasks: number;
  cpuPercent: number;
  memoryUsage: number;
  memoryLimit: number;
  netRx: number;
  netTx: number;
  blockRead: number;
  blockWrite: number;
}

const SUMMED = ["cpuPercent", "memoryUsage", "memoryLimit", "netRx", "netTx", "blockRead", "blockWrite"] as const;

/** One point per service and slot, oldest slot first; containers outside a service are left out. */
export function sumByService(samples: ContainerSample[], slotMs: number): ServiceUsage[] {
  // A container sampled twice in one slot (clock jitter) counts once, with its latest sample.
  const latest = new Map<string, ContainerSample & { serviceId: string }>();
  for (const sample of samples) {
    if (sample.serviceId === null) continue;
    const key = `${Math.floor(sample.ts / slotMs)}/${sample.containerId}`;
    const seen = latest.get(key);
    if (!seen || seen.ts < sample.ts) latest.set(key, { ...sample, serviceId: sample.serviceId });
  }
  const sums = new Map<string, ServiceUsage>();
  for (const sample of latest.values()) {
    const ts = Math.floor(sample.ts / slotMs) * slotMs;
    const key = `${ts}/${sample.serviceId}`;
    let sum = sums.get(key);
    if (!sum) {
      sum = { serviceId: sample.serviceId, serviceName: sample.serviceName ?? sample.serviceId, ts, tasks: 0, cpuPercent: 0, memoryUsage: 0, memoryLimit: 0, netRx: 0, netTx: 0, blockRead: 0, blockWrite: 0 };
      sums.set(key, sum);
    }
    sum.tasks += 1;
    for (const field of SUMMED) sum[field] += sample[field];
  }
  return [...sums.values()].sort((a, b) => a.ts - b.ts || a.serviceId.localeCompare(b.serviceId));
}
