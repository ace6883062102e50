/** Volumes on a node: list, inspect, remove. */
import { VolumeRef } from "@wheelhouse/protocol";
import { z } from "zod";
import { OnNode } from "../node-call.ts";
import { procedure, router } from "../trpc.ts";

const OnVolume = OnNode.extend(VolumeRef.shape);

export const volumesRouter = router({
  list: procedure("volume.view")
    .input(OnNode)
    .query(({ ctx, input }) => ctx.agents.call(input.nodeId, "volume.list", {})),

  inspect: procedure("volume.view")
    .input(OnVolume)
    .query(({ ctx, input }) => ctx.agents.call(input.nodeId, "volume.inspect", { name: input.name })),

  remove: procedure("volume.remove")
    .input(OnVolume.extend({ force: z.boolean().default(false) }))
    .mutation(({ ctx, input }) => ctx.agents.call(input.nodeId, "volume.remove", { name: input.name, force: input.force })),
});
