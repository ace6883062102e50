/**
 * A cluster's series from its nodes' series: per time slot, CPUs in use (a node's CPU % is of all
 * its CPUs, so it is weighed by them) and memory, against what the nodes reporting in that slot
 * have. Nodes sample at different instants, so their points are grouped by slot of the series'
 * resolution, each node counted once per slot with its latest point.
 */
import type { ClusterPoint } from "@wheelhouse/protocol";
import { clusterUtilisation } from "./cluster-utilisation.ts";
import type { NodeField } from "./points.ts";
import type { Bucket } from "./roll-up.ts";

export function clusterPoints(nodes: ReadonlyMap<string, Bucket<NodeField>[]>, slotMs: number): ClusterPoint[] {
  const slots = new Map<number, Map<string, Bucket<NodeField>>>();
  for (const [nodeId, buckets] of nodes) {
    for (const bucket of buckets) {
      const slot = Math.floor(bucket.start / slotMs) * slotMs;
      let members = slots.get(slot);
      if (!members) slots.set(slot, (members = new Map()));
      const seen = members.get(nodeId);
      if (!seen || seen.start < bucket.start) members.set(nodeId, bucket);
    }
  }
  return [...slots]
    .sort(([a], [b]) => a - b)
    .map(([ts, members]) => {
      const hosts = new Map([...members].map(([nodeId, { avg }]) => [nodeId, { cpuPercent: avg.cpuPercent, cpuCount: avg.cpuCount, memoryUsed: avg.memoryUsage, memoryTotal: avg.memoryLimit }]));
      return { ts, ...clusterUtilisation(hosts) };
    });
}

/**
 * The newest slot of a sum over members (a service's tasks, a cluster's nodes) may still be
 * waiting for some of them; until it counts as many as the slot before, it is left out, so the
 * live edge of a chart does not dip.
 */
export function settledPoints<P>(points: P[], members: (point: P) => number): P[] {
  const last = points.at(-1);
  const before = points.at(-2);
  return last !== undefined && before !== undefined && members(last) < members(before) ? points.slice(0, -1) : points;
}
