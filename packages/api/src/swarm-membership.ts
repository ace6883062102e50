/**
 * Which swarm a node's engine belongs to. Managers report the swarm's cluster ID; workers do not
 * (Docker shows cluster details to managers only), but they name their managers' node IDs, so a
 * worker belongs to the swarm of any manager it names.
 */
import type { NodeView } from "./node-view.ts";

export function swarmIdsByNode(nodes: readonly NodeView[]): Map<string, string> {
  const swarmOfManager = new Map<string, string>();
  for (const node of nodes) {
    const swarm = node.facts?.swarm;
    if (swarm?.state === "active" && swarm.nodeId && swarm.clusterId) swarmOfManager.set(swarm.nodeId, swarm.clusterId);
  }
  const result = new Map<string, string>();
  for (const node of nodes) {
    const swarm = node.facts?.swarm;
    if (swarm?.state !== "active") continue;
    const swarmId = swarm.clusterId ?? swarm.managerNodeIds.map((id) => swarmOfManager.get(id)).find((id) => id !== undefined);
    if (swarmId) result.set(node.id, swarmId);
  }
  return result;
}
