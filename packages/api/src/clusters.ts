/**
 * Clusters as the overview shows them. Every swarm is a cluster, found from its members' engines
 * (they report the same Docker cluster ID); hosts outside any swarm form the named clusters an
 * administrator grouped them into, or stand as clusters of one.
 */
import type { NodeView } from "./node-view.ts";
import { swarmIdsByNode } from "./swarm-membership.ts";

export type ClusterHealth = "healthy" | "degraded" | "down";

/** The names administrators gave: to groups of standalone hosts, or to swarms by their ID. */
export interface ClusterRecord {
  id: string;
  name: string;
  swarmId: string | null;
}

export interface ClusterView {
  /** "swarm:<Docker cluster ID>", "group:<cluster record id>" or "host:<node id>". */
  id: string;
  kind: "swarm" | "group" | "standalone";
  /** The stored record naming this cluster, when there is one. */
  recordId: string | null;
  name: string;
  swarmId: string | null;
  health: ClusterHealth;
  /** The hosts with a Wheelhouse agent. */
  nodes: { id: string; name: string; connected: boolean; engineReachable: boolean; manager: boolean }[];
  /** For a swarm, every node its managers count, with an agent or not. */
  swarmNodeCount: number | null;
  /** Null for a viewer who may not list every container in the cluster: the counts would include others'. */
  containers: { running: number; stopped: number } | null;
  capacity: { cpus: number; memoryBytes: number };
  /** In use on the connected hosts that report their usage (`nodes` of them); their capacity is in `capacity` too. */
  used: { cpus: number; memoryBytes: number; nodes: number };
}

export function groupClusters(nodes: readonly NodeView[], records: readonly ClusterRecord[] = []): ClusterView[] {
  const swarmOf = swarmIdsByNode(nodes);
  const swarms = new Map<string, NodeView[]>();
  const groups = new Map<string, NodeView[]>(records.filter((r) => !r.swarmId).map((r) => [r.id, []]));
  const clusters: ClusterView[] = [];
  for (const node of nodes) {
    const swarmId = swarmOf.get(node.id);
    if (swarmId) swarms.set(swarmId, [...(swarms.get(swarmId) ?? []), node]);
    else if (node.clusterId && groups.has(node.clusterId)) groups.get(node.clusterId)?.push(node);
    else clusters.push(summarize(`host:${node.id}`, "standalone", null, node.name, null, [node]));
  }
  for (const [swarmId, members] of swarms) {
    const record = records.find((r) => r.swarmId === swarmId);
    // A swarm has no name of its own in Docker; its first manager's name is the one people recognise.
    const first = members.find((n) => n.facts?.swarm.isManager) ?? members[0];
    const name = record?.name ?? `Swarm of ${first?.name ?? swarmId.slice(0, 12)}`;
    clusters.push(summarize(`swarm:${swarmId}`, "swarm", record?.id ?? null, name, swarmId, members));
  }
  for (const record of records) {
    const members = groups.get(record.id);
    if (members) clusters.push(summarize(`group:${record.id}`, "group", record.id, record.name, null, members));
  }
  const order = { swarm: 0, group: 1, standalone: 2 };
  return clusters.sort((a, b) => order[a.kind] - order[b.kind] || a.name.localeCompare(b.name));
}

function summarize(id: string, kind: ClusterView["kind"], recordId: string | null, name: string, swarmId: string | null, members: NodeView[]): ClusterView {
  const up = members.filter((n) => n.connected && n.engine.reachable).length;
  const sum = (pick: (n: NodeView) => number | undefined) => members.reduce((total, n) => total + (pick(n) ?? 0), 0);
  return {
    id,
    kind,
    recordId,
    name,
    swarmId,
    // An empty group has nothing wrong with it.
    health: up === members.length ? "healthy" : up === 0 ? "down" : "degraded",
    swarmNodeCount: swarmId ? Math.max(members.length, ...members.map((n) => n.facts?.swarm.nodeCount ?? 0)) : null,
    nodes: members.map((n) => ({ id: n.id, name: n.name, connected: n.connected, engineReachable: n.engine.reachable, manager: n.facts?.swarm.isManager ?? false })),
    containers: { running: sum((n) => n.facts?.counts.containersRunning ?? undefined), stopped: sum((n) => n.facts?.counts.containersStopped ?? undefined) },
    capacity: { cpus: sum((n) => n.facts?.cpus), memoryBytes: sum((n) => n.facts?.memoryBytes) },
    used: usedBy(members),
  };
}

// A disconnected host's last sample is stale, and one without facts adds nothing to capacity: neither counts.
function usedBy(members: NodeView[]): ClusterView["used"] {
  let cpus = 0;
  let memoryBytes = 0;
  let nodes = 0;
  for (const { connected, usage, facts } of members) {
    if (!connected || !usage || !facts) continue;
    cpus += (usage.cpuPercent / 100) * facts.cpus;
    memoryBytes += usage.memoryUsedBytes;
    nodes += 1;
  }
  return { cpus, memoryBytes, nodes };
}
