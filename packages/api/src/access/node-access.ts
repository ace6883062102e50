/**
 * Node-bound objects without labels of their own (images, volumes, networks, disk usage) and the
 * node itself: the node is the resource, so a set reaches them by cluster and node labels only.
 */
import type { Permission } from "@wheelhouse/auth";
import type { Caller } from "./caller.ts";
import { nodeResources, type NodeResource } from "./node-resources.ts";
import { notFound, requirePermission } from "./require.ts";

export const NO_SUCH_NODE = "No such node.";

export async function nodeResource(ctx: Pick<Caller, "db">, nodeId: string): Promise<NodeResource> {
  return (await nodeResources(ctx)).get(nodeId) ?? notFound(NO_SUCH_NODE);
}

/** Passes when the caller holds `permission` on the node; `view` decides between NOT_FOUND and FORBIDDEN. */
export async function requireOnNode(ctx: Caller, nodeId: string, permission: Permission, view: Permission = permission): Promise<void> {
  if (ctx.access.isAdmin) return;
  requirePermission(ctx.access, permission, await nodeResource(ctx, nodeId), { view, missing: NO_SUCH_NODE, what: "this node" });
}
