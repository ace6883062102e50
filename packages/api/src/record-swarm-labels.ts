/**
 * Swarm node labels (rack=r1) live in the swarm, readable from managers only, yet resource sets
 * match them as node labels. Whenever a manager's facts are re-read, the labels of every swarm node
 * with a Wheelhouse agent are copied onto that node's record, so checks need no manager at hand.
 */
import type { NodeFacts } from "@wheelhouse/protocol";
import type { Context } from "./context.ts";
import { toNodeView } from "./node-view.ts";

export async function recordSwarmLabels(ctx: Pick<Context, "db" | "agents">, nodeId: string, facts: NodeFacts): Promise<void> {
  if (facts.swarm.state !== "active" || !facts.swarm.isManager) return;
  const swarmNodes = await ctx.agents.call(nodeId, "swarmNode.list", {});
  const labelsBySwarmNodeId = new Map(swarmNodes.map((n) => [n.id, n.labels]));
  // Managers' facts are re-read after every burst of their engine's events: write only what changed.
  for (const node of await ctx.db.node.findMany()) {
    const view = toNodeView(node, false);
    const swarmNodeId = view.facts?.swarm.nodeId;
    const labels = swarmNodeId ? labelsBySwarmNodeId.get(swarmNodeId) : undefined;
    if (labels && !sameLabels(labels, view.swarmLabels)) await ctx.db.node.update({ where: { id: node.id }, data: { swarmLabels: JSON.stringify(labels) } });
  }
}

function sameLabels(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => b[key] === a[key]);
}
