/**
 * Clusters as the overview shows them. Every swarm is a cluster, found from its members' engines
 * (they report the same Docker cluster ID); a host outside any swarm stands as a cluster of one.
 */
import type { NodeView } from "./node-view.ts";
import { swarmIdsByNode } from "./swarm-membership.ts";

export type ClusterHealth = "healthy" | "degraded" | "down";

export interface ClusterView {
  /** "swarm:<Docker cluster ID>" or "host:<node id>". */
  id: string;
  kind: "swarm" | "standalone";
  name: string;
  swarmId: string | null;
  health: ClusterHealth;
  nodes: { id: string; name: string; connected: boolean; engineReachable: boolean; manager: boolean }[];
  containers: { running: number; stopped: number };
  capacity: { cpus: number; memoryBytes: number };
}

export function groupClusters(nodes: readonly NodeView[]): ClusterView[] {
  const swarmOf = swarmIdsByNode(nodes);
  const swarms = new Map<string, NodeView[]>();
  const clusters: ClusterView[] = [];
  for (const node of nodes) {
    const swarmId = swarmOf.get(node.id);
    if (swarmId) swarms.set(swarmId, [...(swarms.get(swarmId) ?? []), node]);
    else clusters.push(summarize(`host:${node.id}`, "standalone", node.name, null, [node]));
  }
  for (const [swarmId, members] of swarms) {
    // A swarm has no name of its own in Docker; its first manager's name is the one people recognise.
    const first = members.find((n) => n.facts?.swarm.isManager) ?? members[0];
    clusters.push(summarize(`swarm:${swarmId}`, "swarm", `Swarm of ${first?.name ?? swarmId.slice(0, 12)}`, swarmId, members));
  }
  return clusters.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === "swarm" ? -1 : 1));
}

function summarize(id: string, kind: ClusterView["kind"], name: string, swarmId: string | null, members: NodeView[]): ClusterView {
  const up = members.filter((n) => n.connected && n.engine.reachable).length;
  const sum = (pick: (n: NodeView) => number | undefined) => members.reduce((total, n) => total + (pick(n) ?? 0), 0);
  return {
    id,
    kind,
    name,
    swarmId,
    health: up === members.length ? "healthy" : up === 0 ? "down" : "degraded",
    nodes: members.map((n) => ({ id: n.id, name: n.name, connected: n.connected, engineReachable: n.engine.reachable, manager: n.facts?.swarm.isManager ?? false })),
    containers: { running: sum((n) => n.facts?.counts.containersRunning), stopped: sum((n) => n.facts?.counts.containersStopped) },
    capacity: { cpus: sum((n) => n.facts?.cpus), memoryBytes: sum((n) => n.facts?.memoryBytes) },
  };
}
