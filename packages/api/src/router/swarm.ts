/**
 * A swarm and its membership. Describing a swarm goes to one of its managers; creating a swarm,
 * joining and leaving one are done on a node. A join fetches the token and the managers' addresses
 * from the swarm itself, so nobody copies tokens around. Membership changes need swarm.manage on
 * the node, and a join on the swarm as a whole too.
 */
import { TRPCError } from "@trpc/server";
import { SwarmInit, SwarmLeave, SwarmNodeRole } from "@wheelhouse/protocol";
import { requireOnNode } from "../access/node-access.ts";
import { requireOnSwarm, requireReachesSwarm } from "../access/swarm-access.ts";
import { OnNode } from "../node-call.ts";
import { callSwarm, OnSwarm, SwarmId } from "../swarm-call.ts";
import { refreshFacts } from "../refresh-facts.ts";
import { procedure, router } from "../trpc.ts";

export const swarmRouter = router({
  info: procedure("swarm.view")
    .input(OnSwarm)
    .query(({ ctx, input }) => {
      requireReachesSwarm(ctx.access, input.swarmId);
      return callSwarm(ctx, input.swarmId, "swarm.info", { joinTokens: false });
    }),

  /** The swarm with its join tokens, for joining an engine that has no Wheelhouse agent. */
  joinInfo: procedure("swarm.manage")
    .input(OnSwarm)
    .query(({ ctx, input }) => {
      requireOnSwarm(ctx.access, input.swarmId, "swarm.manage");
      return callSwarm(ctx, input.swarmId, "swarm.info", { joinTokens: true });
    }),

  /** Turns a standalone node into a single-node swarm, with it as manager. */
  init: procedure("swarm.manage")
    .input(OnNode.extend(SwarmInit.shape))
    .mutation(async ({ ctx, input: { nodeId, ...init } }) => {
      await requireOnNode(ctx, nodeId, "swarm.manage");
      const result = await ctx.agents.call(nodeId, "swarm.init", init);
      await refreshFacts(ctx, nodeId);
      return result;
    }),

  join: procedure("swarm.manage")
    .input(OnNode.extend({ swarmId: SwarmId, role: SwarmNodeRole.default("worker"), advertiseAddr: SwarmInit.shape.advertiseAddr }))
    .mutation(async ({ ctx, input }) => {
      await requireOnNode(ctx, input.nodeId, "swarm.manage");
      requireOnSwarm(ctx.access, input.swarmId, "swarm.manage");
      const swarm = await callSwarm(ctx, input.swarmId, "swarm.info", { joinTokens: true });
      if (!swarm.joinTokens) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "The swarm's manager did not give its join tokens." });
      const result = await ctx.agents.call(input.nodeId, "swarm.join", {
        remoteAddrs: swarm.managerAddresses,
        joinToken: swarm.joinTokens[input.role],
        advertiseAddr: input.advertiseAddr,
      });
      await refreshFacts(ctx, input.nodeId);
      return result;
    }),

  leave: procedure("swarm.manage")
    .input(OnNode.extend(SwarmLeave.shape))
    .mutation(async ({ ctx, input }) => {
      await requireOnNode(ctx, input.nodeId, "swarm.manage");
      const result = await ctx.agents.call(input.nodeId, "swarm.leave", { force: input.force });
      await refreshFacts(ctx, input.nodeId);
      return result;
    }),
});
