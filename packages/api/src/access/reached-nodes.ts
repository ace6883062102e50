/**
 * Which nodes a caller is shown: those any grant reaches into, even one on labelled objects there
 * only, so a team sees the hosts its services run on. Administrators see every node.
 */
import type { Authorizer } from "@wheelhouse/auth";
import type { Context } from "../context.ts";
import { nodeResources } from "./node-resources.ts";

/** Keeps the nodes (anything with a node `id`) the caller reaches. */
export async function reachedNodes<T extends { id: string }>(ctx: Pick<Context, "db"> & { access: Authorizer }, nodes: T[]): Promise<T[]> {
  if (ctx.access.isAdmin) return nodes;
  const resources = await nodeResources(ctx);
  return nodes.filter((node) => {
    const resource = resources.get(node.id);
    return resource !== undefined && ctx.access.reaches(resource.clusterId, resource.nodeLabels);
  });
}
