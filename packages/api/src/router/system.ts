/** A node's disk usage (`docker system df`) and pruning what is unused. */
import { PruneRequest } from "@wheelhouse/protocol";
import { OnNode } from "../node-call.ts";
import { procedure, router } from "../trpc.ts";

export const systemRouter = router({
  diskUsage: procedure("system.view")
    .input(OnNode)
    .query(({ ctx, input }) => ctx.agents.call(input.nodeId, "system.df", {})),

  prune: procedure("system.prune")
    .input(OnNode.extend({ what: PruneRequest }))
    .mutation(({ ctx, input }) => ctx.agents.call(input.nodeId, "system.prune", input.what)),
});
