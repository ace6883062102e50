/**
 * Swarm node labels (rack=r1) live in the swarm, readable from managers only, yet resource sets
 * match them as node labels. Whenever a manager's facts are re-read, the labels of every swarm node
 * with a Wheelhouse agent are copied onto that node's record, so checks need no manager at hand.
 */
import type { NodeFacts } from "@wheelhouse/protocol";
import type { Context } from "./context.ts";
import { toNodeView } from "./node-view.ts";

export async function recordSwarmLabels(ctx: Pick<Context, "db" | "agents">, nodeId: string, facts: NodeFacts): Promise<void> {
  if (facts.swarm.state !== "active") {
    await ctx.db.node.update({ where: { id: nodeId }, data: { swarmLabels: null } });
    return;
  }
  if (!facts.swarm.isManager) return;
  const swarmNodes = await ctx.agents.call(nodeId, "swarmNode.list", {});
  const labelsBySwarmNodeId = new Map(swarmNodes.map((n) => [n.id, n.labels]));
  for (const node of await ctx.db.node.findMany()) {
    const swarmNodeId = toNodeView(node, false).facts?.swarm.nodeId;
    const labels = swarmNodeId ? labelsBySwarmNodeId.get(swarmNodeId) : undefined;
    if (labels) await ctx.db.node.update({ where: { id: node.id }, data: { swarmLabels: JSON.stringify(labels) } });
  }
}
