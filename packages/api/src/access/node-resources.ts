/**
 * Every node as a resource: the cluster it belongs to (its swarm, its named group, or itself) and
 * its labels: the engine's own, and its swarm node labels (recorded by record-swarm-labels.ts),
 * which win where both name a key, being what operators label in a swarm. Resources on a node
 * (containers, images, volumes, networks) live there too.
 */
import type { Resource } from "@wheelhouse/auth";
import type { Context } from "../context.ts";
import { toNodeView, type NodeView } from "../node-view.ts";
import { swarmIdsByNode } from "../swarm-membership.ts";

export type NodeResource = Required<Pick<Resource, "clusterId" | "nodeLabels">>;

/** From the views of every node: a worker's swarm is found through the managers it names. */
export function resourcesOfNodes(views: readonly NodeView[]): Map<string, NodeResource> {
  const swarmOf = swarmIdsByNode(views);
  return new Map(
    views.map((view) => {
      const swarmId = swarmOf.get(view.id);
      // As in the overview (clusters.ts): a swarm member belongs to its swarm, whatever group it was put in.
      const clusterId = swarmId ? `swarm:${swarmId}` : view.clusterId ? `group:${view.clusterId}` : `host:${view.id}`;
      return [view.id, { clusterId, nodeLabels: { ...(view.facts?.labels ?? {}), ...view.swarmLabels } }];
    }),
  );
}

export async function nodeResources(ctx: Pick<Context, "db">): Promise<Map<string, NodeResource>> {
  return resourcesOfNodes((await ctx.db.node.findMany()).map((node) => toNodeView(node, false)));
}
