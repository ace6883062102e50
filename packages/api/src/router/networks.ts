/** Networks on a node: list, inspect, remove. The node is the resource, as for images. */
import { NetworkRef } from "@wheelhouse/protocol";
import { requireOnNode } from "../access/node-access.ts";
import { OnNode } from "../node-call.ts";
import { procedure, router } from "../trpc.ts";

const OnNetwork = OnNode.extend(NetworkRef.shape);

export const networksRouter = router({
  list: procedure("network.view")
    .input(OnNode)
    .query(async ({ ctx, input }) => {
      await requireOnNode(ctx, input.nodeId, "network.view");
      return ctx.agents.call(input.nodeId, "network.list", {});
    }),

  inspect: procedure("network.view")
    .input(OnNetwork)
    .query(async ({ ctx, input }) => {
      await requireOnNode(ctx, input.nodeId, "network.view");
      return ctx.agents.call(input.nodeId, "network.inspect", { id: input.id });
    }),

  remove: procedure("network.remove")
    .input(OnNetwork)
    .mutation(async ({ ctx, input }) => {
      await requireOnNode(ctx, input.nodeId, "network.remove");
      return ctx.agents.call(input.nodeId, "network.remove", { id: input.id });
    }),
});
