/** A swarm's configs: list, inspect (with their data), create, remove, within the caller's sets by their labels. */
import { ConfigCreate, ConfigRef } from "@wheelhouse/protocol";
import { requireLabelsAllowed } from "../access/require.ts";
import { requireOnStoredObject } from "../access/stored-object-access.ts";
import { labelledResource, missing } from "../access/swarm-object-resources.ts";
import { visibleOne, visibleOnly } from "../access/visible-only.ts";
import { callSwarm, OnSwarm } from "../swarm-call.ts";
import { procedure, router } from "../trpc.ts";

const OnConfig = OnSwarm.extend(ConfigRef.shape);

export const configsRouter = router({
  list: procedure("config.view")
    .input(OnSwarm)
    .query(async ({ ctx, input }) => {
      const configs = await callSwarm(ctx, input.swarmId, "config.list", {});
      return visibleOnly(ctx.access, "config.view", configs, (config) => labelledResource(input.swarmId, config.labels));
    }),

  inspect: procedure("config.view")
    .input(OnConfig)
    .query(async ({ ctx, input }) => {
      const config = await callSwarm(ctx, input.swarmId, "config.inspect", { id: input.id });
      return visibleOne(ctx.access, "config.view", config, (c) => labelledResource(input.swarmId, c.labels), missing.config(input.id));
    }),

  create: procedure("config.create")
    .input(OnSwarm.extend(ConfigCreate.shape))
    .mutation(({ ctx, input: { swarmId, ...config } }) => {
      requireLabelsAllowed(ctx.access, "config.create", labelledResource(swarmId, config.labels), "create a config");
      return callSwarm(ctx, swarmId, "config.create", config);
    }),

  remove: procedure("config.remove")
    .input(OnConfig)
    .mutation(async ({ ctx, input }) => {
      await requireOnStoredObject(ctx, "config", input.swarmId, input.id, "config.remove");
      return callSwarm(ctx, input.swarmId, "config.remove", { id: input.id });
    }),
});
