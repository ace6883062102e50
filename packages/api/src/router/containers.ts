/** Containers on a node: list, inspect, lifecycle actions and removal. */
import { ContainerAction, ContainerRef } from "@wheelhouse/protocol";
import { z } from "zod";
import { OnNode } from "../node-call.ts";
import { procedure, router } from "../trpc.ts";

const OnContainer = OnNode.extend(ContainerRef.shape);

export const containersRouter = router({
  list: procedure("container.view")
    .input(OnNode)
    .query(({ ctx, input }) => ctx.agents.call(input.nodeId, "container.list", {})),

  inspect: procedure("container.view")
    .input(OnContainer)
    .query(({ ctx, input }) => ctx.agents.call(input.nodeId, "container.inspect", { id: input.id })),

  act: procedure("container.operate")
    .input(OnContainer.extend({ action: ContainerAction }))
    .mutation(({ ctx, input }) => ctx.agents.call(input.nodeId, "container.action", { id: input.id, action: input.action })),

  remove: procedure("container.remove")
    .input(OnContainer.extend({ force: z.boolean().default(false), removeVolumes: z.boolean().default(false) }))
    .mutation(({ ctx, input }) =>
      ctx.agents.call(input.nodeId, "container.remove", { id: input.id, force: input.force, removeVolumes: input.removeVolumes }),
    ),
});
