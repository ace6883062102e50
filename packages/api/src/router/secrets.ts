/** A swarm's secrets: list, create, remove, within the caller's sets by their labels. No procedure returns a secret's value. */
import { SecretCreate, SecretRef } from "@wheelhouse/protocol";
import { requireLabelsAllowed } from "../access/require.ts";
import { requireOnStoredObject } from "../access/stored-object-access.ts";
import { labelledResource } from "../access/swarm-object-resources.ts";
import { visibleOnly } from "../access/visible-only.ts";
import { callSwarm, OnSwarm } from "../swarm-call.ts";
import { procedure, router } from "../trpc.ts";

export const secretsRouter = router({
  list: procedure("secret.view")
    .input(OnSwarm)
    .query(async ({ ctx, input }) => {
      const secrets = await callSwarm(ctx, input.swarmId, "secret.list", {});
      return visibleOnly(ctx.access, "secret.view", secrets, (secret) => labelledResource(input.swarmId, secret.labels));
    }),

  create: procedure("secret.create")
    .input(OnSwarm.extend(SecretCreate.shape))
    .mutation(({ ctx, input: { swarmId, ...secret } }) => {
      requireLabelsAllowed(ctx.access, "secret.create", labelledResource(swarmId, secret.labels), "create a secret");
      return callSwarm(ctx, swarmId, "secret.create", secret);
    }),

  remove: procedure("secret.remove")
    .input(OnSwarm.extend(SecretRef.shape))
    .mutation(async ({ ctx, input }) => {
      await requireOnStoredObject(ctx, "secret", input.swarmId, input.id, "secret.remove");
      return callSwarm(ctx, input.swarmId, "secret.remove", { id: input.id });
    }),
});
