/**
 * Which swarm nodes run a Wheelhouse agent. An agent's facts name its engine's swarm node ID; an
 * agent whose facts do not (yet) is matched by hostname, when that hostname is unambiguous.
 */
import type { NodeView } from "@wheelhouse/api";
import type { SwarmNode } from "@wheelhouse/protocol";

export interface AgentLink {
  id: string;
  name: string;
  connected: boolean;
}

/** `members` are the Wheelhouse nodes of this swarm; the result is keyed by swarm node ID. */
export function agentsBySwarmNode(swarmNodes: readonly SwarmNode[], members: readonly NodeView[]): Map<string, AgentLink> {
  const links = new Map<string, AgentLink>();
  const link = (n: NodeView): AgentLink => ({ id: n.id, name: n.name, connected: n.connected && n.engine.reachable });
  const unplaced: NodeView[] = [];
  for (const member of members) {
    const swarmNodeId = member.facts?.swarm.nodeId;
    if (swarmNodeId) links.set(swarmNodeId, link(member));
    else unplaced.push(member);
  }
  const hostCount = new Map<string, number>();
  for (const n of swarmNodes) hostCount.set(n.hostname, (hostCount.get(n.hostname) ?? 0) + 1);
  for (const member of unplaced) {
    const host = member.facts?.hostname ?? member.hostname;
    const match = swarmNodes.find((n) => n.hostname === host && hostCount.get(host) === 1 && !links.has(n.id));
    if (match) links.set(match.id, link(member));
  }
  return links;
}
