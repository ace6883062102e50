/**
 * Node-bound objects without labels of their own (images, volumes, networks, disk usage) and the
 * node itself: the node is the resource, so a set reaches them by cluster and node labels only.
 */
import { TRPCError } from "@trpc/server";
import type { Permission } from "@wheelhouse/auth";
import type { Caller } from "./caller.ts";
import { nodeResources, type NodeResource } from "./node-resources.ts";
import { notFound } from "./require.ts";

export const NO_SUCH_NODE = "No such node.";

export async function nodeResource(ctx: Pick<Caller, "db">, nodeId: string): Promise<NodeResource> {
  return (await nodeResources(ctx)).get(nodeId) ?? notFound(NO_SUCH_NODE);
}

/** The node, when it exists and the caller's grants reach it: checked before any agent is asked. */
export async function reachedNode(ctx: Caller, nodeId: string): Promise<NodeResource> {
  const node = await nodeResource(ctx, nodeId);
  if (!ctx.access.isAdmin && !ctx.access.reaches(node.clusterId, node.nodeLabels)) notFound(NO_SUCH_NODE);
  return node;
}

/**
 * Passes when the caller holds `permission` on the node. A node the caller's grants do not reach
 * is missing, as in the node list; one they reach (through labelled objects on it, say) is there,
 * and the refusal says its own objects are not theirs.
 */
export async function requireOnNode(ctx: Caller, nodeId: string, permission: Permission): Promise<void> {
  if (ctx.access.isAdmin) return;
  const node = await nodeResource(ctx, nodeId);
  if (ctx.access.can(permission, node)) return;
  if (!ctx.access.reaches(node.clusterId, node.nodeLabels)) notFound(NO_SUCH_NODE);
  throw new TRPCError({ code: "FORBIDDEN", message: `You need the ${permission} permission on this node itself; your resource sets here cover labelled objects only.` });
}
