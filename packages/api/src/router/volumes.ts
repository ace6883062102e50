/** Volumes on a node: list, inspect, remove. The node is the resource, as for images. */
import { VolumeRef } from "@wheelhouse/protocol";
import { z } from "zod";
import { requireOnNode } from "../access/node-access.ts";
import { OnNode } from "../node-call.ts";
import { procedure, router } from "../trpc.ts";

const OnVolume = OnNode.extend(VolumeRef.shape);

export const volumesRouter = router({
  list: procedure("volume.view")
    .input(OnNode)
    .query(async ({ ctx, input }) => {
      await requireOnNode(ctx, input.nodeId, "volume.view");
      return ctx.agents.call(input.nodeId, "volume.list", {});
    }),

  inspect: procedure("volume.view")
    .input(OnVolume)
    .query(async ({ ctx, input }) => {
      await requireOnNode(ctx, input.nodeId, "volume.view");
      return ctx.agents.call(input.nodeId, "volume.inspect", { name: input.name });
    }),

  remove: procedure("volume.remove")
    .input(OnVolume.extend({ force: z.boolean().default(false) }))
    .mutation(async ({ ctx, input }) => {
      await requireOnNode(ctx, input.nodeId, "volume.remove");
      return ctx.agents.call(input.nodeId, "volume.remove", { name: input.name, force: input.force });
    }),
});
