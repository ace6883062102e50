/** Containers on a node: list, inspect, lifecycle actions and removal, each within the caller's resource sets. */
import { ContainerAction, ContainerRef } from "@wheelhouse/protocol";
import { z } from "zod";
import { requireOnContainer } from "../access/container-access.ts";
import { containerResources } from "../access/container-resources.ts";
import { reachedNode } from "../access/node-access.ts";
import { missing } from "../access/swarm-object-resources.ts";
import { visibleOne, visibleOnly } from "../access/visible-only.ts";
import { OnNode } from "../node-call.ts";
import { procedure, router } from "../trpc.ts";

const OnContainer = OnNode.extend(ContainerRef.shape);

export const containersRouter = router({
  list: procedure("container.view")
    .input(OnNode)
    .query(async ({ ctx, input }) => {
      await reachedNode(ctx, input.nodeId);
      const containers = await ctx.agents.call(input.nodeId, "container.list", {});
      if (ctx.access.isAdmin) return containers;
      return visibleOnly(ctx.access, "container.view", containers, await containerResources(ctx, input.nodeId, containers));
    }),

  inspect: procedure("container.view")
    .input(OnContainer)
    .query(async ({ ctx, input }) => {
      await reachedNode(ctx, input.nodeId);
      const container = await ctx.agents.call(input.nodeId, "container.inspect", { id: input.id });
      if (ctx.access.isAdmin) return container;
      return visibleOne(ctx.access, "container.view", container, await containerResources(ctx, input.nodeId, [container]), missing.container(input.id));
    }),

  act: procedure("container.operate")
    .input(OnContainer.extend({ action: ContainerAction }))
    .mutation(async ({ ctx, input }) => {
      await requireOnContainer(ctx, input.nodeId, input.id, "container.operate");
      return ctx.agents.call(input.nodeId, "container.action", { id: input.id, action: input.action });
    }),

  remove: procedure("container.remove")
    .input(OnContainer.extend({ force: z.boolean().default(false), removeVolumes: z.boolean().default(false) }))
    .mutation(async ({ ctx, input }) => {
      await requireOnContainer(ctx, input.nodeId, input.id, "container.remove");
      return ctx.agents.call(input.nodeId, "container.remove", { id: input.id, force: input.force, removeVolumes: input.removeVolumes });
    }),
});
