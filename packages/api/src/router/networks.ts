/** Networks on a node: list, inspect, remove. */
import { NetworkRef } from "@wheelhouse/protocol";
import { OnNode } from "../node-call.ts";
import { procedure, router } from "../trpc.ts";

const OnNetwork = OnNode.extend(NetworkRef.shape);

export const networksRouter = router({
  list: procedure("network.view")
    .input(OnNode)
    .query(({ ctx, input }) => ctx.agents.call(input.nodeId, "network.list", {})),

  inspect: procedure("network.view")
    .input(OnNetwork)
    .query(({ ctx, input }) => ctx.agents.call(input.nodeId, "network.inspect", { id: input.id })),

  remove: procedure("network.remove")
    .input(OnNetwork)
    .mutation(({ ctx, input }) => ctx.agents.call(input.nodeId, "network.remove", { id: input.id })),
});
