/** A node's disk usage (`docker system df`) and pruning what is unused; the node is the resource. */
import { PruneRequest } from "@wheelhouse/protocol";
import { requireOnNode } from "../access/node-access.ts";
import { OnNode } from "../node-call.ts";
import { procedure, router } from "../trpc.ts";

export const systemRouter = router({
  diskUsage: procedure("system.view")
    .input(OnNode)
    .query(async ({ ctx, input }) => {
      await requireOnNode(ctx, input.nodeId, "system.view");
      return ctx.agents.call(input.nodeId, "system.df", {});
    }),

  prune: procedure("system.prune")
    .input(OnNode.extend({ what: PruneRequest }))
    .mutation(async ({ ctx, input }) => {
      await requireOnNode(ctx, input.nodeId, "system.prune");
      return ctx.agents.call(input.nodeId, "system.prune", input.what);
    }),
});
