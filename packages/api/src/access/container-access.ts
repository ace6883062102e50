/** Checks on one container, read from its node first since its labels (and its service's) decide who reaches it. */
import type { Permission } from "@wheelhouse/auth";
import type { Caller } from "./caller.ts";
import { containerResources } from "./container-resources.ts";
import { reachedNode } from "./node-access.ts";
import { requirePermission } from "./require.ts";
import { missing } from "./swarm-object-resources.ts";

/** Passes when the caller holds `permission` on the container (container.view decides NOT_FOUND or FORBIDDEN). */
export async function requireOnContainer(ctx: Caller, nodeId: string, id: string, permission: Permission): Promise<void> {
  await reachedNode(ctx, nodeId);
  if (ctx.access.isAdmin) return;
  const container = await ctx.agents.call(nodeId, "container.inspect", { id });
  const resourceOf = await containerResources(ctx, nodeId, [container]);
  requirePermission(ctx.access, permission, resourceOf(container), { view: "container.view", missing: missing.container(id), what: `container ${container.name}` });
}
