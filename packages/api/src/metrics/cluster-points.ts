/**
 * A cluster's series from its nodes' series: per time slot, CPUs in use (a node's CPU % is of all
 * its CPUs, so it is weighed by them) and memory, against what the nodes reporting in that slot
 * have. Nodes sample at different instants, so their points are grouped by slot of the series'
 * resolution, each node counted once per slot with its latest point.
 */
import type { ClusterPoint } from "@wheelhouse/protocol";
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
      const point: ClusterPoint = { ts, nodes: 0, cpuUsed: 0, cpuCapacity: 0, memoryUsed: 0, memoryTotal: 0 };
      for (const { avg } of members.values()) {
        point.nodes += 1;
        point.cpuUsed += (avg.cpuPercent / 100) * avg.cpuCount;
        point.cpuCapacity += avg.cpuCount;
        point.memoryUsed += avg.memoryUsage;
        point.memoryTotal += avg.memoryLimit;
      }
      return point;
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
