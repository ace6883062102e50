/** A swarm's nodes as its managers see them, and scheduling changes: labels, availability, role. */
import { OnSwarmNode, SwarmNodeUpdate } from "@wheelhouse/protocol";
import { callSwarm, OnSwarm } from "../swarm-call.ts";
import { procedure, router } from "../trpc.ts";

export const swarmNodesRouter = router({
  list: procedure("swarm.view")
    .input(OnSwarm)
    .query(({ ctx, input }) => callSwarm(ctx, input.swarmId, "swarmNode.list", {})),

  inspect: procedure("swarm.view")
    .input(OnSwarm.extend(OnSwarmNode.shape))
    .query(({ ctx, input }) => callSwarm(ctx, input.swarmId, "swarmNode.inspect", { id: input.id })),

  /** `version` is the one the caller saw: a node changed since is refused, not overwritten. */
  update: procedure("node.schedule")
    .input(OnSwarm.extend(SwarmNodeUpdate.shape))
    .mutation(({ ctx, input: { swarmId, ...update } }) => callSwarm(ctx, swarmId, "swarmNode.update", update)),
});
