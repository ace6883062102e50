/** How much of a cluster is used: CPUs and memory in use against what its nodes have, from each node's latest host sample. */
import type { HostSample } from "@wheelhouse/protocol";

export interface ClusterUtilisation {
  nodes: number;
  cpuUsed: number;
  cpuCapacity: number;
  memoryUsed: number;
  memoryTotal: number;
}

export type HostUse = Pick<HostSample, "cpuPercent" | "cpuCount" | "memoryUsed" | "memoryTotal">;

/** `hosts` maps node id to that node's latest host sample (or its averages over a bucket). */
export function clusterUtilisation(hosts: ReadonlyMap<string, HostUse>): ClusterUtilisation {
  const total: ClusterUtilisation = { nodes: 0, cpuUsed: 0, cpuCapacity: 0, memoryUsed: 0, memoryTotal: 0 };
  for (const host of hosts.values()) {
    total.nodes += 1;
    // A host's CPU % is of all its CPUs; in CPUs it adds up across nodes of different sizes.
    total.cpuUsed += (host.cpuPercent / 100) * host.cpuCount;
    total.cpuCapacity += host.cpuCount;
    total.memoryUsed += host.memoryUsed;
    total.memoryTotal += host.memoryTotal;
  }
  return total;
}
