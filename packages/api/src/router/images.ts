/** Images on a node: list, inspect, remove. */
import { ImageRef } from "@wheelhouse/protocol";
import { z } from "zod";
import { OnNode } from "../node-call.ts";
import { procedure, router } from "../trpc.ts";

const OnImage = OnNode.extend(ImageRef.shape);

export const imagesRouter = router({
  list: procedure("image.view")
    .input(OnNode)
    .query(({ ctx, input }) => ctx.agents.call(input.nodeId, "image.list", {})),

  inspect: procedure("image.view")
    .input(OnImage)
    .query(({ ctx, input }) => ctx.agents.call(input.nodeId, "image.inspect", { id: input.id })),

  remove: procedure("image.remove")
    .input(OnImage.extend({ force: z.boolean().default(false) }))
    .mutation(({ ctx, input }) => ctx.agents.call(input.nodeId, "image.remove", { id: input.id, force: input.force })),
});
