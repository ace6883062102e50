/** Images on a node: list, inspect, remove. The node is the resource: images carry no owner. */
import { ImageRef } from "@wheelhouse/protocol";
import { z } from "zod";
import { requireOnNode } from "../access/node-access.ts";
import { OnNode } from "../node-call.ts";
import { procedure, router } from "../trpc.ts";

const OnImage = OnNode.extend(ImageRef.shape);

export const imagesRouter = router({
  list: procedure("image.view")
    .input(OnNode)
    .query(async ({ ctx, input }) => {
      await requireOnNode(ctx, input.nodeId, "image.view");
      return ctx.agents.call(input.nodeId, "image.list", {});
    }),

  inspect: procedure("image.view")
    .input(OnImage)
    .query(async ({ ctx, input }) => {
      await requireOnNode(ctx, input.nodeId, "image.view");
      return ctx.agents.call(input.nodeId, "image.inspect", { id: input.id });
    }),

  remove: procedure("image.remove")
    .input(OnImage.extend({ force: z.boolean().default(false) }))
    .mutation(async ({ ctx, input }) => {
      await requireOnNode(ctx, input.nodeId, "image.remove");
      return ctx.agents.call(input.nodeId, "image.remove", { id: input.id, force: input.force });
    }),
});
