/** A swarm's configs: list, inspect (with their data), create, remove. */
import { ConfigCreate, ConfigRef } from "@wheelhouse/protocol";
import { callSwarm, OnSwarm } from "../swarm-call.ts";
import { procedure, router } from "../trpc.ts";

const OnConfig = OnSwarm.extend(ConfigRef.shape);

export const configsRouter = router({
  list: procedure("config.view")
    .input(OnSwarm)
    .query(({ ctx, input }) => callSwarm(ctx, input.swarmId, "config.list", {})),

  inspect: procedure("config.view")
    .input(OnConfig)
    .query(({ ctx, input }) => callSwarm(ctx, input.swarmId, "config.inspect", { id: input.id })),

  create: procedure("config.create")
    .input(OnSwarm.extend(ConfigCreate.shape))
    .mutation(({ ctx, input: { swarmId, ...config } }) => callSwarm(ctx, swarmId, "config.create", config)),

  remove: procedure("config.remove")
    .input(OnConfig)
    .mutation(({ ctx, input }) => callSwarm(ctx, input.swarmId, "config.remove", { id: input.id })),
});
