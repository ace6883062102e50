/** A node as the UI sees it: the database row, its parsed facts and host report, and whether its agent is connected now. */
import type { Node } from "@wheelhouse/db";
import { HostAddresses, HostUsage, NodeFacts } from "@wheelhouse/protocol";
import { z } from "zod";

const Labels = z.record(z.string(), z.string());

export function toNodeView(node: Node, connected: boolean) {
  return {
    id: node.id,
    name: node.name,
    local: node.local,
    hostname: node.hostname,
    agentVersion: node.agentVersion,
    connected,
    engine: { reachable: node.engineReachable, endpoint: node.engineEndpoint, error: node.engineError },
    facts: parsed(NodeFacts, node.facts) as NodeFactsView | null,
    /** The host's latest CPU, memory and disk use; null until its agent reports it (it may be older, or run elsewhere than its engine). */
    usage: parsed(HostUsage, node.usage),
    addresses: parsed(HostAddresses, node.addresses) ?? [],
    /** The node's swarm labels, as its swarm's managers last reported them (record-swarm-labels.ts). */
    swarmLabels: parsed(Labels, node.swarmLabels) ?? {},
    clusterId: node.clusterId,
    lastSeenAt: node.lastSeenAt,
    createdAt: node.createdAt,
  };
}

export type NodeView = ReturnType<typeof toNodeView>;

/** A node's facts as a caller sees them: the count of a kind they may not list there is null (see visible-counts.ts). */
export type NodeFactsView = Omit<NodeFacts, "counts"> & { counts: { [K in keyof NodeFacts["counts"]]: number | null } };

// A column written by an older or newer control plane may not fit today's schema: it reads as unknown.
function parsed<T extends z.ZodType>(schema: T, json: string | null): z.infer<T> | null {
  if (!json) return null;
  try {
    return schema.safeParse(JSON.parse(json)).data ?? null;
  } catch {
    return null;
  }
}
