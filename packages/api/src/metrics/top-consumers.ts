/** A node's heaviest containers right now, by CPU or by memory, from each container's latest sample. */
import type { ContainerSample } from "@wheelhouse/protocol";

export type ConsumerMeasure = "cpuPercent" | "memoryUsage";

export function topConsumers(samples: ContainerSample[], by: ConsumerMeasure, limit: number): ContainerSample[] {
  const latest = new Map<string, ContainerSample>();
  for (const sample of samples) {
    const seen = latest.get(sample.containerId);
    if (!seen || seen.ts < sample.ts) latest.set(sample.containerId, sample);
  }
  return [...latest.values()].sort((a, b) => b[by] - a[by] || a.name.localeCompare(b.name)).slice(0, Math.max(0, limit));
}
