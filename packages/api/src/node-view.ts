/** A node as the UI sees it: the database row, its parsed facts, and whether its agent is connected now. */
import type { Node } from "@wheelhouse/db";
import { NodeFacts } from "@wheelhouse/protocol";

export function toNodeView(node: Node, connected: boolean) {
  const facts = node.facts ? NodeFacts.safeParse(JSON.parse(node.facts)) : null;
  return {
    id: node.id,
    name: node.name,
    local: node.local,
    hostname: node.hostname,
    agentVersion: node.agentVersion,
    connected,
    engine: { reachable: node.engineReachable, endpoint: node.engineEndpoint, error: node.engineError },
    facts: facts?.success ? facts.data : null,
    clusterId: node.clusterId,
    lastSeenAt: node.lastSeenAt,
    createdAt: node.createdAt,
  };
}

export type NodeView = ReturnType<typeof toNodeView>;
